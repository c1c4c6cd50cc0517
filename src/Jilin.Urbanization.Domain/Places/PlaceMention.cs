using Jilin.Urbanization.Domain.Identifiers;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Places;

/// <summary>One place where a document names a <see cref="Place"/>.</summary>
/// <param name="Place">The place named.</param>
/// <param name="WrittenAs">The spelling at that point, e.g. <c>长春</c> or <c>长春市</c>.</param>
/// <param name="DocumentId">The document's id.</param>
/// <param name="TextKind">Which part of the document the mention stands in.</param>
/// <param name="ChapterNumber">The chapter the text belongs to, or null for the preamble and closing.</param>
/// <param name="GroupNumber">The group the text belongs to, or null for the preamble, closing and chapter titles.</param>
/// <param name="MeasureId">The measure, for <see cref="PlaceTextKind.MeasureText"/>; otherwise null.</param>
/// <param name="Offset">Where <paramref name="WrittenAs"/> starts in the text's corrected form (errata applied), in UTF-16 code units.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
/// <exception cref="ArgumentException"><c>DocumentId</c> is <c>default</c> (it names no document).</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum value is not defined; the exception names it.</exception>
public sealed record PlaceMention(
    Place Place,
    string WrittenAs,
    DocumentId DocumentId,
    PlaceTextKind TextKind,
    int? ChapterNumber,
    int? GroupNumber,
    MeasureId? MeasureId,
    int Offset)
{
    // Declared here, not left to the record, so the enum is checked; those after it too, so the properties keep their order
    // (the order JSON writes them in: a record lists the properties it makes before those declared).
    /// <summary>Which part of the document the mention stands in.</summary>
    public PlaceTextKind TextKind { get; init => field = Data.DefinedEnum.Required(value, nameof(TextKind)); } = Data.DefinedEnum.Required(TextKind);

    /// <summary>The chapter the text belongs to, or null for the preamble and closing.</summary>
    public int? ChapterNumber { get; init; } = ChapterNumber;

    /// <summary>The group the text belongs to, or null for the preamble, closing and chapter titles.</summary>
    public int? GroupNumber { get; init; } = GroupNumber;

    /// <summary>The measure, for <see cref="PlaceTextKind.MeasureText"/>; otherwise null.</summary>
    public MeasureId? MeasureId { get; init; } = MeasureId;

    /// <summary>Where <see cref="WrittenAs"/> starts in the text's corrected form (errata applied), in UTF-16 code units.</summary>
    public int Offset { get; init; } = Offset;

    /// <summary>The place named.</summary>
    public Place Place { get; init => field = Guard.Against.Null(value, nameof(Place)); } = Guard.Against.Null(Place);

    /// <summary>The spelling at that point, e.g. <c>长春</c> or <c>长春市</c>.</summary>
    public string WrittenAs { get; init => field = Guard.Against.Null(value, nameof(WrittenAs)); } = Guard.Against.Null(WrittenAs);

    /// <summary>The document's id.</summary>
    public DocumentId DocumentId { get; init => field = IdText.Required(value, nameof(DocumentId)); } = IdText.Required(DocumentId, nameof(DocumentId));

    /// <summary>Readable form: <c>长春 → 长春市 in jilin-2021-urbanization-tasks/16</c>.</summary>
    public override string ToString() =>
        $"{WrittenAs} → {Place.Name} in {(MeasureId is { } id ? id.ToString() : $"{DocumentId} {TextKind}{(GroupNumber is { } g ? $" {g}" : ChapterNumber is { } c ? $" {c}" : string.Empty)}")}";
}
