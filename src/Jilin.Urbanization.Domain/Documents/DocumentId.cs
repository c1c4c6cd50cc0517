using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Jilin.Urbanization.Domain.Identifiers;

namespace Jilin.Urbanization.Domain.Documents;

/// <summary>
/// The stable id of a policy document (文件): lower-case ASCII letters and digits in words joined by single hyphens,
/// e.g. <c>jilin-2022-county-urbanization</c>. Ids never change meaning between versions; equality and order are
/// ordinal. The <c>default</c> value prints as <c>(default DocumentId)</c> and is refused where an id is required.
/// </summary>
[TypeConverter(typeof(IdTypeConverter<DocumentId>))]
public readonly record struct DocumentId
    : IComparable<DocumentId>, ISpanParsable<DocumentId>, ISpanFormattable, ITypedId<DocumentId>
{
    private readonly string? value;

    private DocumentId(string value) => this.value = value;

    /// <summary>《吉林省2021年新型城镇化建设和城乡融合发展重点任务》 (2021): <c>jilin-2021-urbanization-tasks</c>.</summary>
    public static DocumentId UrbanizationTasks2021 { get; } = new(DocumentIds.UrbanizationTasks2021);

    /// <summary>《吉林省关于推进以县城为重要载体的城镇化建设的若干举措》 (2022): <c>jilin-2022-county-urbanization</c>.</summary>
    public static DocumentId CountyUrbanization2022 { get; } = new(DocumentIds.CountyUrbanization2022);

    static string ITypedId<DocumentId>.TypeName => nameof(DocumentId);

    static string ITypedId<DocumentId>.KindName => "document id";

    static string ITypedId<DocumentId>.Example => DocumentIds.CountyUrbanization2022;

    bool ITypedId<DocumentId>.IsDefault => value is null;

    /// <summary>Parses a document id.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a document id; the message says why.</exception>
    public static DocumentId Parse(string s) => IdText.Parse<DocumentId>(s);

    /// <summary>Tries to parse a document id.</summary>
    /// <param name="s">The text to parse; null gives false.</param>
    /// <param name="result">The id, or default when parsing failed.</param>
    /// <returns>True when <paramref name="s"/> is a well-formed document id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out DocumentId result) => IdText.TryParse(s, out result);

    static bool ITypedId<DocumentId>.TryRead(ReadOnlySpan<char> text, out DocumentId result, out string reason)
    {
        var ok = IdText.TryReadSlug(text, out var slug, out reason);
        result = ok ? new DocumentId(slug) : default;
        return ok;
    }

    /// <summary>Orders ordinally by the id's text; <c>default</c> first.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>Negative, zero or positive as this id orders before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(DocumentId other) => string.CompareOrdinal(value, other.value);

    /// <summary>True when <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(DocumentId left, DocumentId right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(DocumentId left, DocumentId right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(DocumentId left, DocumentId right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(DocumentId left, DocumentId right) => left.CompareTo(right) >= 0;

    /// <summary>The canonical text, e.g. <c>jilin-2022-county-urbanization</c>; <c>(default DocumentId)</c> for <c>default</c>.</summary>
    /// <returns>The id's text.</returns>
    public override string ToString() => value ?? IdText.DefaultText<DocumentId>();
}
