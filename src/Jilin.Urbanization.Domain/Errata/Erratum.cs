using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Identifiers;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Errata;

/// <summary>
/// A defect in a source text, recorded beside the verbatim text and never silently fixed: the text elements keep
/// the source's characters, and their <c>Corrected…</c> forms and the responsibility reading apply the correction.
/// </summary>
/// <param name="Id">Stable id: <c>&lt;document-id&gt;/erratum/&lt;n&gt;</c>, numbered in source order.</param>
/// <param name="DocumentId">The document the defect is in.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Location">Where, in words: <c>measure 30 responsibility</c>, <c>group 35 title</c>, <c>preamble</c>.</param>
/// <param name="MeasureNumber">The measure the defect is in, or null where it is outside a measure.</param>
/// <param name="Span">Where the verbatim characters stand in the seed (zero length for something missing).</param>
/// <param name="Verbatim">The source's characters at <paramref name="Span"/>.</param>
/// <param name="Correction">What is read in their place.</param>
/// <param name="Explanation">One line that says what is wrong and how it is read.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
/// <exception cref="ArgumentException">An id is default (it names nothing).</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum value is not defined; the exception names it.</exception>
public sealed record Erratum(
    ErratumId Id,
    DocumentId DocumentId,
    ErratumKind Kind,
    string Location,
    int? MeasureNumber,
    SourceSpan Span,
    string Verbatim,
    string Correction,
    string Explanation)
{
    // Declared here, not left to the record, so the enum is checked; those after it too, so the properties keep their order
    // (the order JSON writes them in: a record lists the properties it makes before those declared).
    /// <summary>What is wrong.</summary>
    public ErratumKind Kind { get; init => field = Data.DefinedEnum.Required(value, nameof(Kind)); } = Data.DefinedEnum.Required(Kind);

    /// <summary>The measure the defect is in, or null where it is outside a measure.</summary>
    public int? MeasureNumber { get; init; } = MeasureNumber;

    /// <summary>Where the verbatim characters stand in the seed (zero length for something missing).</summary>
    public SourceSpan Span { get; init; } = Span;

    /// <summary>Stable id: <c>&lt;document-id&gt;/erratum/&lt;n&gt;</c>, numbered in source order.</summary>
    public ErratumId Id { get; init => field = IdText.Required(value, nameof(Id)); } = IdText.Required(Id, nameof(Id));

    /// <summary>The document the defect is in.</summary>
    public DocumentId DocumentId { get; init => field = IdText.Required(value, nameof(DocumentId)); } = IdText.Required(DocumentId, nameof(DocumentId));

    /// <summary>Where, in words: <c>measure 30 responsibility</c>, <c>group 35 title</c>, <c>preamble</c>.</summary>
    public string Location { get; init => field = Guard.Against.Null(value, nameof(Location)); } = Guard.Against.Null(Location);

    /// <summary>The source's characters at <see cref="Span"/>.</summary>
    public string Verbatim { get; init => field = Guard.Against.Null(value, nameof(Verbatim)); } = Guard.Against.Null(Verbatim);

    /// <summary>What is read in their place.</summary>
    public string Correction { get; init => field = Guard.Against.Null(value, nameof(Correction)); } = Guard.Against.Null(Correction);

    /// <summary>One line that says what is wrong and how it is read.</summary>
    public string Explanation { get; init => field = Guard.Against.Null(value, nameof(Explanation)); } = Guard.Against.Null(Explanation);

    /// <summary>Readable form: <c>id (Kind, location): 'verbatim' → 'correction'</c>.</summary>
    public override string ToString() => $"{Id} ({Kind}, {Location}): '{Verbatim}' → '{Correction}'";
}
