using Jilin.Urbanization.Domain.Identifiers;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Labels;

/// <summary>The unofficial English titles of one document, its chapters and its groups.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Chapters">The chapters' titles; chapter n at index n − 1.</param>
/// <param name="Groups">The groups' titles; group n at index n − 1.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
/// <exception cref="ArgumentException"><c>DocumentId</c> is <c>default</c> (it names no document).</exception>
public sealed record DocumentLabels(
    DocumentId DocumentId,
    UnofficialTranslation Title,
    ValueList<UnofficialTranslation> Chapters,
    ValueList<UnofficialTranslation> Groups)
{
    /// <summary>The document's id.</summary>
    public DocumentId DocumentId { get; init => field = IdText.Required(value, nameof(DocumentId)); } = IdText.Required(DocumentId, nameof(DocumentId));

    /// <summary>The document's title.</summary>
    public UnofficialTranslation Title { get; init => field = Guard.Against.Null(value, nameof(Title)); } = Guard.Against.Null(Title);

    /// <summary>The chapters' titles; chapter n at index n − 1.</summary>
    public ValueList<UnofficialTranslation> Chapters { get; init => field = Guard.Against.Null(value, nameof(Chapters)); } = Guard.Against.Null(Chapters);

    /// <summary>The groups' titles; group n at index n − 1.</summary>
    public ValueList<UnofficialTranslation> Groups { get; init => field = Guard.Against.Null(value, nameof(Groups)); } = Guard.Against.Null(Groups);

    /// <summary>Readable form: id, English title and counts.</summary>
    public override string ToString() => $"{DocumentId}: {Title.English} ({Chapters.Count} chapters, {Groups.Count} groups; unofficial)";
}
