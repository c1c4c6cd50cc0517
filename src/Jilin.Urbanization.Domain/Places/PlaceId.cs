using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Jilin.Urbanization.Domain.Identifiers;

namespace Jilin.Urbanization.Domain.Places;

/// <summary>
/// The stable id of a place in the gazetteer (地名): lower-case ASCII letters and digits in words joined by single hyphens, e.g. <c>changchun</c>, <c>meihekou</c> (梅河口市).
/// Ids never change meaning between versions; equality and order are
/// ordinal. The <c>default</c> value prints as <c>(default PlaceId)</c> and is refused where an id is required.
/// </summary>
[TypeConverter(typeof(IdTypeConverter<PlaceId>))]
public readonly record struct PlaceId
    : IComparable<PlaceId>, ISpanParsable<PlaceId>, ISpanFormattable, ITypedId<PlaceId>
{
    private readonly string? value;

    private PlaceId(string value) => this.value = value;

    static string ITypedId<PlaceId>.TypeName => nameof(PlaceId);

    static string ITypedId<PlaceId>.KindName => "place id";

    static string ITypedId<PlaceId>.Example => "meihekou";

    bool ITypedId<PlaceId>.IsDefault => value is null;

    /// <summary>Parses a place id.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a place id; the message says why.</exception>
    public static PlaceId Parse(string s) => IdText.Parse<PlaceId>(s);

    /// <summary>Tries to parse a place id.</summary>
    /// <param name="s">The text to parse; null gives false.</param>
    /// <param name="result">The id, or default when parsing failed.</param>
    /// <returns>True when <paramref name="s"/> is a well-formed place id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PlaceId result) => IdText.TryParse(s, out result);

    static bool ITypedId<PlaceId>.TryRead(ReadOnlySpan<char> text, out PlaceId result, out string reason)
    {
        var ok = IdText.TryReadSlug(text, out var slug, out reason);
        result = ok ? new PlaceId(slug) : default;
        return ok;
    }

    /// <summary>Orders ordinally by the id's text; <c>default</c> first.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>Negative, zero or positive as this id orders before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(PlaceId other) => string.CompareOrdinal(value, other.value);

    /// <summary>True when <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(PlaceId left, PlaceId right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(PlaceId left, PlaceId right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(PlaceId left, PlaceId right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(PlaceId left, PlaceId right) => left.CompareTo(right) >= 0;

    /// <summary>The canonical text, e.g. <c>meihekou</c>; <c>(default PlaceId)</c> for <c>default</c>.</summary>
    /// <returns>The id's text.</returns>
    public override string ToString() => value ?? IdText.DefaultText<PlaceId>();
}
