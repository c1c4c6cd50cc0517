using Jilin.Urbanization.Domain.Identifiers;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Jilin.Urbanization.Domain.Documents;

/// <summary>
/// The stable id of a numbered measure: <c>&lt;document-id&gt;/&lt;number&gt;</c>,
/// e.g. <c>jilin-2022-county-urbanization/30</c>. Ids never change meaning between versions.
/// </summary>
[System.ComponentModel.TypeConverter(typeof(IdTypeConverter<MeasureId>))]
public readonly record struct MeasureId : IComparable<MeasureId>, IParsable<MeasureId>, ISpanParsable<MeasureId>, ISpanFormattable, ITypedId<MeasureId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="documentId">The id of the document the measure belongs to.</param>
    /// <param name="number">The measure's number in its document, 1 or more.</param>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public MeasureId(DocumentId documentId, int number)
    {
        IdText.Required(documentId, nameof(documentId));
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A measure number is 1 or more.");
        }

        DocumentId = documentId;
        Number = number;
    }

    /// <summary>The id of the document the measure belongs to.</summary>
    public DocumentId DocumentId { get; }

    /// <summary>The measure's number in its document.</summary>
    public int Number { get; }

    static string ITypedId<MeasureId>.TypeName => nameof(MeasureId);

    static string ITypedId<MeasureId>.KindName => "measure id";

    static string ITypedId<MeasureId>.Example => "jilin-2022-county-urbanization/30";

    bool ITypedId<MeasureId>.IsDefault => DocumentId == default;

    static bool ITypedId<MeasureId>.TryRead(ReadOnlySpan<char> text, out MeasureId result, out string reason) =>
        IdText.TryReadMeasureId(text, out result, out reason);

    /// <summary>Parses <c>&lt;document-id&gt;/&lt;number&gt;</c>.</summary>
    /// <param name="s">The text to parse.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a measure id; the message says why.</exception>
    public static MeasureId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var id, out var error) ? id : throw new FormatException(error);
    }

    // Ids are culture-invariant: the IParsable members ignore the provider and are explicit, so callers
    // are not asked (CA1305) for a format provider that changes nothing.
    static MeasureId IParsable<MeasureId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<MeasureId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MeasureId result) =>
        TryParse(s, out result, out _);

    /// <summary>Tries to parse <c>&lt;document-id&gt;/&lt;number&gt;</c>.</summary>
    /// <param name="s">The text to parse; null gives false.</param>
    /// <param name="result">The id, or default when parsing failed.</param>
    /// <returns>True when <paramref name="s"/> is a well-formed measure id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out MeasureId result) => TryParse(s, out result, out _);

    private static bool TryParse(string? s, out MeasureId result, out string error)
    {
        result = default;
        if (s is null)
        {
            error = "A measure id cannot be null.";
            return false;
        }

        if (!StrictText.IsToken(s))
        {
            error = $"{StrictText.Quote(s)} is not a measure id: it is empty, padded with whitespace or holds a control or invisible character.";
            return false;
        }

        var slash = s.LastIndexOf('/');
        if (slash <= 0 || slash == s.Length - 1)
        {
            error = $"{StrictText.Quote(s)} is not a measure id: expected '<document-id>/<number>', e.g. '{DocumentIds.CountyUrbanization2022}/30'.";
            return false;
        }

        if (!Documents.DocumentId.TryParse(s[..slash], out var documentId))
        {
            error = $"{StrictText.Quote(s)} is not a measure id: {StrictText.Quote(s[..slash])} is not a document id (lower-case ASCII letters, digits and single hyphens).";
            return false;
        }

        var numberText = s.AsSpan(slash + 1);
        if (!StrictText.TryParseInt32(numberText, 1, int.MaxValue, out var number))
        {
            error = $"{StrictText.Quote(s)} is not a measure id: {StrictText.Quote(numberText.ToString())} is not a measure number (a whole number from 1, no leading zeros).";
            return false;
        }

        result = new MeasureId(documentId, number);
        error = string.Empty;
        return true;
    }

    /// <summary>Orders by document id, then by number.</summary>
    /// <param name="other">The id to compare with.</param>
    public int CompareTo(MeasureId other)
    {
        var byDocument = DocumentId.CompareTo(other.DocumentId);
        return byDocument != 0 ? byDocument : Number.CompareTo(other.Number);
    }

    /// <summary>True when <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(MeasureId left, MeasureId right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(MeasureId left, MeasureId right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(MeasureId left, MeasureId right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(MeasureId left, MeasureId right) => left.CompareTo(right) >= 0;

    /// <summary>The id as <c>&lt;document-id&gt;/&lt;number&gt;</c>.</summary>
    public override string ToString() =>
        DocumentId == default ? "(default MeasureId)" : string.Create(CultureInfo.InvariantCulture, $"{DocumentId}/{Number}");
}
