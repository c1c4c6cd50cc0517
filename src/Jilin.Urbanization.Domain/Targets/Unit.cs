using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;

namespace Jilin.Urbanization.Domain.Targets;

/// <summary>
/// A unit of measure the documents use (套, 户, 人, 人次, 公里, %, …), as data: its symbol, the base unit it
/// converts to and the factor. Two units are compatible when they share a base: 万套 and 套 (1 万套 = 10,000 套),
/// <c>fraction</c> and % (0.78 = 78%). 人 and 人次 are different bases (people vs. attendances) and never convert.
/// A rate is written with its denominator after a slash (平方米/百户, 户/社区, 吨/日) and is its own base: it never
/// converts to the plain unit of its numerator, so 30 平方米 is refused where 30 平方米/百户 is meant.
/// Units compare by value; use <see cref="Parse"/> or the named instances.
/// </summary>
/// <param name="Symbol">The symbol as written, e.g. <c>万人次</c>, <c>%</c>.</param>
/// <param name="BaseSymbol">The symbol of the base unit the unit converts to, e.g. <c>人次</c>.</param>
/// <param name="Factor">How many base units one of this unit is (10,000 for 万X; 100 for a fraction in %); more than 0.</param>
/// <param name="EnglishName">An English name (a translation; the Chinese symbol is the authority).</param>
/// <exception cref="ArgumentNullException">A string argument is null.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Factor"/> is zero or negative.</exception>
public sealed record Unit(string Symbol, string BaseSymbol, decimal Factor, string EnglishName)
{
    /// <summary>The symbol as written, e.g. <c>万人次</c>, <c>%</c>.</summary>
    public string Symbol { get; init => field = Guard.Against.Null(value, nameof(Symbol)); } = Guard.Against.Null(Symbol);

    /// <summary>The symbol of the base unit the unit converts to, e.g. <c>人次</c>.</summary>
    public string BaseSymbol { get; init => field = Guard.Against.Null(value, nameof(BaseSymbol)); } = Guard.Against.Null(BaseSymbol);

    /// <summary>How many base units one of this unit is (10,000 for 万X; 100 for a fraction in %); more than 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative (a conversion would divide by it).</exception>
    public decimal Factor { get; init => field = PositiveFactor(value, nameof(Factor)); } = PositiveFactor(Factor, nameof(Factor));

    /// <summary>An English name (a translation; the Chinese symbol is the authority).</summary>
    public string EnglishName { get; init => field = Guard.Against.Null(value, nameof(EnglishName)); } = Guard.Against.Null(EnglishName);

    /// <summary>The prefix 万 (ten thousand) that scales any count unit: 1.58万套 = 15,800 套.</summary>
    public const char TenThousand = '万';

    private const char RateSeparator = '/';

    /// <summary>Percent (%), the base of every share or rate.</summary>
    public static readonly Unit Percent = new("%", "%", 1m, "percent");

    /// <summary>A share written as a fraction of one (0.78 = 78%); converts to <see cref="Percent"/>.</summary>
    public static readonly Unit Fraction = new("fraction", "%", 100m, "fraction of one");

    /// <summary>套: dwellings (housing units).</summary>
    public static readonly Unit Dwelling = Base("套", "dwellings");

    /// <summary>户: households.</summary>
    public static readonly Unit Household = Base("户", "households");

    /// <summary>人: people.</summary>
    public static readonly Unit Person = Base("人", "people");

    /// <summary>人次: person-times (attendances; one person trained twice counts twice). Not convertible to 人.</summary>
    public static readonly Unit PersonTime = Base("人次", "person-times");

    /// <summary>件: pieces (garments, quilts).</summary>
    public static readonly Unit Piece = Base("件", "pieces");

    /// <summary>个: items (the general measure word: projects, towns, residential compounds, stoves).</summary>
    public static readonly Unit Item = Base("个", "items");

    /// <summary>公里: kilometres.</summary>
    public static readonly Unit Kilometre = Base("公里", "kilometres");

    /// <summary>项: projects or tasks (items of work).</summary>
    public static readonly Unit Project = Base("项", "projects");

    /// <summary>所: institutions (a building-based body: a care home, a clinic).</summary>
    public static readonly Unit Institution = Base("所", "institutions");

    /// <summary>平方米: square metres.</summary>
    public static readonly Unit SquareMetre = Base("平方米", "square metres");

    /// <summary>吨: tonnes.</summary>
    public static readonly Unit Tonne = Base("吨", "tonnes");

    /// <summary>条: routes or lines (bus routes, roads).</summary>
    public static readonly Unit Route = Base("条", "routes");

    /// <summary>家: establishments (hospitals, health centres, enterprises).</summary>
    public static readonly Unit Establishment = Base("家", "establishments");

    /// <summary>处: sites or places.</summary>
    public static readonly Unit Site = Base("处", "sites");

    /// <summary>县: counties (county-level units, 县(市)).</summary>
    public static readonly Unit County = Base("县", "counties");

    /// <summary>岁: years of age.</summary>
    public static readonly Unit YearOfAge = Base("岁", "years of age");

    /// <summary>年: years of duration (5年以上: five years or more), not a calendar year.</summary>
    public static readonly Unit YearOfDuration = Base("年", "years");

    /// <summary>
    /// 平方米/百户: square metres per 100 households (每百户…平方米, 2021 task 46), a rate; not convertible to 平方米.
    /// </summary>
    public static readonly Unit SquareMetrePerHundredHouseholds = Base("平方米/百户", "square metres per 100 households");

    /// <summary>户/社区: households per community (每3000-4000户…划分社区, 2021 task 45), a rate; not convertible to 户.</summary>
    public static readonly Unit HouseholdPerCommunity = Base("户/社区", "households per community");

    /// <summary>户/网格: households per grid (每300-500户…划分…网格, 2021 task 45), a rate; not convertible to 户.</summary>
    public static readonly Unit HouseholdPerGrid = Base("户/网格", "households per grid");

    /// <summary>吨/日: tonnes per day (日清运量超过300吨, 2022 measure 62), a rate; not convertible to 吨.</summary>
    public static readonly Unit TonnePerDay = Base("吨/日", "tonnes per day");

    /// <summary>The units the documents use, plus <see cref="Fraction"/>. Scaled units (万X) are made by <see cref="Parse"/>.</summary>
    public static ValueList<Unit> Known { get; } = new[]
    {
        Percent, Fraction, Dwelling, Household, Person, PersonTime, Piece, Item, Kilometre, Project, Institution,
        SquareMetre, Tonne, Route, Establishment, Site, County, YearOfAge, YearOfDuration,
        SquareMetrePerHundredHouseholds, HouseholdPerCommunity, HouseholdPerGrid, TonnePerDay,
    }.ToValueList();

    /// <summary>True for a rate (a symbol with a denominator after <c>/</c>: 平方米/百户, 户/社区, 吨/日).</summary>
    internal bool IsRate => Symbol.Contains(RateSeparator, StringComparison.Ordinal);

    /// <summary>The unit symbol before the slash of a rate (平方米 of 平方米/百户); the symbol itself otherwise.</summary>
    internal string Numerator => IsRate ? Symbol[..Symbol.IndexOf(RateSeparator, StringComparison.Ordinal)] : Symbol;

    /// <summary>The words after the slash of a rate (百户 of 平方米/百户); empty otherwise.</summary>
    internal string Denominator => IsRate ? Symbol[(Symbol.IndexOf(RateSeparator, StringComparison.Ordinal) + 1)..] : string.Empty;

    /// <summary>True when this is a base unit (factor 1 and its own base).</summary>
    public bool IsBase => Factor == 1m && string.Equals(Symbol, BaseSymbol, StringComparison.Ordinal);

    /// <summary>True when values in this unit and <paramref name="other"/> measure the same thing and convert.</summary>
    /// <param name="other">The unit to compare with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsCompatibleWith(Unit other)
    {
        Guard.Against.Null(other);
        return string.Equals(BaseSymbol, other.BaseSymbol, StringComparison.Ordinal);
    }

    /// <summary>
    /// Returns the unit with symbol <paramref name="symbol"/>: a known symbol, or 万 before a known count symbol. The
    /// symbol is read strictly: no surrounding whitespace (U+3000 and NBSP included), no control or invisible characters.
    /// </summary>
    /// <param name="symbol">A symbol such as <c>套</c>, <c>万人次</c>, <c>%</c>, <c>fraction</c>, <c>平方米/百户</c>, <c>吨/日</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="symbol"/> is null.</exception>
    /// <exception cref="FormatException">
    /// The text is not a known unit (empty, whitespace, padded, or an unknown symbol); the message quotes it (invisible
    /// characters escaped) and lists the known ones.
    /// </exception>
    public static Unit Parse(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return TryParse(symbol, out var unit)
            ? unit
            : throw new FormatException(
                $"{StrictText.Quote(symbol)} is not a known unit. Known: {string.Join(" ", Known.Select(u => u.Symbol))}, and 万 before any count unit (万套, 万人次).");
    }

    /// <summary>Tries to find the unit with symbol <paramref name="symbol"/> (see <see cref="Parse"/>).</summary>
    /// <param name="symbol">The symbol; null gives false.</param>
    /// <param name="unit">The unit, or null.</param>
    public static bool TryParse([NotNullWhen(true)] string? symbol, [NotNullWhen(true)] out Unit? unit)
    {
        unit = null;
        if (symbol is null || !StrictText.IsToken(symbol))
        {
            return false;
        }

        foreach (var known in Known)
        {
            if (string.Equals(known.Symbol, symbol, StringComparison.Ordinal))
            {
                unit = known;
                return true;
            }
        }

        if (symbol.Length > 1 && symbol[0] == TenThousand && TryParse(symbol[1..], out var inner) && inner.IsBase && inner != Percent)
        {
            unit = inner.Scaled(10_000m);
            return true;
        }

        return false;
    }

    private Unit Scaled(decimal factor) =>
        CheckedDecimal.TryMultiply(Factor, factor, out var scaled)
            ? new(TenThousand + Symbol, BaseSymbol, scaled, "ten thousand " + EnglishName)
            : throw CheckedDecimal.OutOfRange(nameof(factor), $"The factor of {TenThousand}{Symbol}");

    private static decimal PositiveFactor(decimal factor, string paramName) =>
        factor > 0m ? factor : throw new ArgumentOutOfRangeException(paramName, factor, "A unit's factor is more than 0: conversions multiply and divide by it.");

    private static Unit Base(string symbol, string englishName) => new(symbol, symbol, 1m, englishName);

    /// <summary>The symbol.</summary>
    public override string ToString() => Symbol;
}
