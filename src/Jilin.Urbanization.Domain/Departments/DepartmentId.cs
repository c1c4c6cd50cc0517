using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Jilin.Urbanization.Domain.Identifiers;

namespace Jilin.Urbanization.Domain.Departments;

/// <summary>
/// The stable id of a responsible department (责任部门) in the registry: lower-case ASCII letters and digits in words joined by single hyphens, e.g. <c>housing-urban-rural-development</c> (省住房城乡建设厅), <c>ndrc</c>.
/// Ids never change meaning between versions; equality and order are
/// ordinal. The <c>default</c> value prints as <c>(default DepartmentId)</c> and is refused where an id is required.
/// </summary>
[TypeConverter(typeof(IdTypeConverter<DepartmentId>))]
public readonly record struct DepartmentId
    : IComparable<DepartmentId>, ISpanParsable<DepartmentId>, ISpanFormattable, ITypedId<DepartmentId>
{
    private readonly string? value;

    // Computed once, when the id is parsed: a look-up by a typed id (the catalog's department index, a user's
    // dictionary keyed by ids) then hashes nothing, where a string key is hashed at every look-up.
    private readonly int hash;

    private DepartmentId(string value) => (this.value, hash) = (value, value.GetHashCode());

    static string ITypedId<DepartmentId>.TypeName => nameof(DepartmentId);

    static string ITypedId<DepartmentId>.KindName => "department id";

    static string ITypedId<DepartmentId>.Example => "housing-urban-rural-development";

    bool ITypedId<DepartmentId>.IsDefault => value is null;

    /// <summary>Parses a department id.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a department id; the message says why.</exception>
    public static DepartmentId Parse(string s) => IdText.Parse<DepartmentId>(s);

    /// <summary>Tries to parse a department id.</summary>
    /// <param name="s">The text to parse; null gives false.</param>
    /// <param name="result">The id, or default when parsing failed.</param>
    /// <returns>True when <paramref name="s"/> is a well-formed department id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out DepartmentId result) => IdText.TryParse(s, out result);

    static bool ITypedId<DepartmentId>.TryRead(ReadOnlySpan<char> text, out DepartmentId result, out string reason)
    {
        var ok = IdText.TryReadSlug(text, out var slug, out reason);
        result = ok ? new DepartmentId(slug) : default;
        return ok;
    }

    /// <summary>True when both ids have the same text (ordinal); two <c>default</c> ids are equal.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>Whether the ids are equal.</returns>
    public bool Equals(DepartmentId other) => hash == other.hash && string.Equals(value, other.value, StringComparison.Ordinal);

    /// <summary>The hash of the id's text, computed when the id was parsed (0 for <c>default</c>).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => hash;

    /// <summary>Orders ordinally by the id's text; <c>default</c> first.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>Negative, zero or positive as this id orders before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(DepartmentId other) => string.CompareOrdinal(value, other.value);

    /// <summary>True when <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(DepartmentId left, DepartmentId right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(DepartmentId left, DepartmentId right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(DepartmentId left, DepartmentId right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(DepartmentId left, DepartmentId right) => left.CompareTo(right) >= 0;

    /// <summary>The id's text, or null for <c>default</c>: the key of the catalog's department index, without a call through <see cref="ToString"/>.</summary>
    internal string? Key => value;

    /// <summary>The canonical text, e.g. <c>housing-urban-rural-development</c>; <c>(default DepartmentId)</c> for <c>default</c>.</summary>
    /// <returns>The id's text.</returns>
    public override string ToString() => value ?? IdText.DefaultText<DepartmentId>();
}
