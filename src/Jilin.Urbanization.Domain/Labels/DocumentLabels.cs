using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Labels;

/// <summary>The unofficial English titles of one document, its chapters and its groups.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Chapters">The chapters' titles; chapter n at index n − 1.</param>
/// <param name="Groups">The groups' titles; group n at index n − 1.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
public sealed record DocumentLabels(
    string DocumentId,
    UnofficialTranslation Title,
    ValueList<UnofficialTranslation> Chapters,
    ValueList<UnofficialTranslation> Groups)
{
    /// <summary>The document's id.</summary>
    public string DocumentId { get; init => field = Guard.Against.Null(value, nameof(DocumentId)); } = Guard.Against.Null(DocumentId);

    /// <summary>The document's title.</summary>
    public UnofficialTranslation Title { get; init => field = Guard.Against.Null(value, nameof(Title)); } = Guard.Against.Null(Title);

    /// <summary>The chapters' titles; chapter n at index n − 1.</summary>
    public ValueList<UnofficialTranslation> Chapters { get; init => field = Guard.Against.Null(value, nameof(Chapters)); } = Guard.Against.Null(Chapters);

    /// <summary>The groups' titles; group n at index n − 1.</summary>
    public ValueList<UnofficialTranslation> Groups { get; init => field = Guard.Against.Null(value, nameof(Groups)); } = Guard.Against.Null(Groups);

    /// <summary>Readable form: id, English title and counts.</summary>
    public override string ToString() => $"{DocumentId}: {Title.English} ({Chapters.Count} chapters, {Groups.Count} groups; unofficial)";
}
