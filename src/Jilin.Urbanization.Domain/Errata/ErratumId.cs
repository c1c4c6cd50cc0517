using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Identifiers;

namespace Jilin.Urbanization.Domain.Errata;

/// <summary>
/// The stable id of an erratum (勘误, a defect in a source text): <c>&lt;document-id&gt;/erratum/&lt;n&gt;</c>, n counting
/// the document's errata in source order from 1, e.g. <c>jilin-2022-county-urbanization/erratum/1</c>. Ids never change
/// meaning between versions. Ordered by document, then number. The <c>default</c> value prints as <c>(default ErratumId)</c> and is refused where
/// an id is required.
/// </summary>
[TypeConverter(typeof(IdTypeConverter<ErratumId>))]
public readonly record struct ErratumId
    : IComparable<ErratumId>, ISpanParsable<ErratumId>, ISpanFormattable, ITypedId<ErratumId>
{
    private const string Marker = "erratum/";

    /// <summary>Creates an id.</summary>
    /// <param name="document">The document the erratum is in.</param>
    /// <param name="number">The erratum's number in its document, 1 or more.</param>
    /// <exception cref="ArgumentException"><paramref name="document"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public ErratumId(DocumentId document, int number)
    {
        Document = IdText.Required(document, nameof(document));
        // The guard only when it throws: Guard.Against.NegativeOrZero<int> is a generic no ReadyToRun image holds, so
        // calling it on every id cost each cold process a JIT compilation (the snapshot creates every id at load).
        Number = number > 0 ? number : Guard.Against.NegativeOrZero(number);
    }

    /// <summary>The document the erratum is in.</summary>
    public DocumentId Document { get; }

    /// <summary>The erratum's number in its document, from 1.</summary>
    public int Number { get; }

    static string ITypedId<ErratumId>.TypeName => nameof(ErratumId);

    static string ITypedId<ErratumId>.KindName => "erratum id";

    static string ITypedId<ErratumId>.Example => "jilin-2022-county-urbanization/erratum/1";

    bool ITypedId<ErratumId>.IsDefault => Number == 0;

    /// <summary>Parses <c>&lt;document-id&gt;/erratum/&lt;n&gt;</c>.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an erratum id; the message says why.</exception>
    public static ErratumId Parse(string s) => IdText.Parse<ErratumId>(s);

    /// <summary>Tries to parse <c>&lt;document-id&gt;/erratum/&lt;n&gt;</c>.</summary>
    /// <param name="s">The text to parse; null gives false.</param>
    /// <param name="result">The id, or default when parsing failed.</param>
    /// <returns>True when <paramref name="s"/> is a well-formed erratum id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ErratumId result) => IdText.TryParse(s, out result);

    static bool ITypedId<ErratumId>.TryRead(ReadOnlySpan<char> text, out ErratumId result, out string reason)
    {
        result = default;
        if (!IdText.TryReadNumbered(text, Marker, out var documentText, out var number, out reason))
        {
            reason = reason.Replace("<parent>", "<document-id>", StringComparison.Ordinal);
            return false;
        }

        if (!IdText.TryRead<DocumentId>(documentText, out var document, out reason))
        {
            reason = $"'{IdText.Quote(documentText)}' is not a document id: {reason}";
            return false;
        }

        result = new ErratumId(document, number);
        return true;
    }

    /// <summary>Orders by document, then by number; <c>default</c> first.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>Negative, zero or positive as this id orders before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ErratumId other)
    {
        var byDocument = Document.CompareTo(other.Document);
        return byDocument != 0 ? byDocument : Number.CompareTo(other.Number);
    }

    /// <summary>True when <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(ErratumId left, ErratumId right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(ErratumId left, ErratumId right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(ErratumId left, ErratumId right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(ErratumId left, ErratumId right) => left.CompareTo(right) >= 0;

    /// <summary>The canonical text, e.g. <c>jilin-2022-county-urbanization/erratum/1</c>; <c>(default ErratumId)</c> for <c>default</c>.</summary>
    /// <returns>The id's text.</returns>
    public override string ToString() =>
        Number == 0 ? IdText.DefaultText<ErratumId>() : string.Create(CultureInfo.InvariantCulture, $"{Document}/{Marker}{Number}");
}
