using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Labels;

namespace Jilin.Urbanization.Domain.Divisions;

/// <summary>
/// One administrative division: Jilin Province, one of its prefecture-level divisions or one of its county-level
/// divisions, with its GB/T 2260 code, official name, parent and the short forms people write.
/// </summary>
public sealed record AdministrativeDivision
{
    /// <summary>The six-digit code, e.g. <c>220581</c>.</summary>
    public required DivisionCode Code
    {
        get;
        init => field = value.Value == 0 ? throw new ArgumentException("A division needs a code; default names none.", nameof(Code)) : value;
    }

    /// <summary>The official name, e.g. <c>梅河口市</c>, <c>前郭尔罗斯蒙古族自治县</c>.</summary>
    public required string Name { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Name)); }

    /// <summary>The name without its suffix as texts write it (<c>梅河口</c>, <c>前郭</c>), or null where the short form would name another division too (<c>通化县</c>, <c>吉林市</c>).</summary>
    public required string? ShortName { get; init; }

    /// <summary>Further names in use (<c>前郭县</c>, <c>延边州</c>).</summary>
    public required ValueList<string> Aliases { get; init => field = Guard.Against.Null(value, nameof(Aliases)); }

    /// <summary>The kind (district, county-level city, county, …).</summary>
    public required DivisionKind Kind { get; init => field = Data.DefinedEnum.Required(value, nameof(Kind)); }

    /// <summary>The code of the division it belongs to, or null for the province.</summary>
    public required DivisionCode? Parent { get; init; }

    /// <summary>The English name: an unofficial translation (pinyin); the Chinese name is the authority.</summary>
    public required UnofficialTranslation EnglishName { get; init => field = Guard.Against.Null(value, nameof(EnglishName)); }

    /// <summary>The level, from the code.</summary>
    public DivisionLevel Level => Code.Level;

    /// <summary>Every name the division answers to: the official name, the short name and the aliases.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            yield return Name;
            if (ShortName is not null)
            {
                yield return ShortName;
            }

            foreach (var alias in Aliases)
            {
                yield return alias;
            }
        }
    }

    /// <summary>Readable form: <c>梅河口市 (220581, county-level city)</c>.</summary>
    public override string ToString() => $"{Name} ({Code}, {Kind})";
}
