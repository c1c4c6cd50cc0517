using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Identifiers;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Places;

namespace Jilin.Urbanization.Domain.Labels;

/// <summary>
/// English titles for the documents, their chapters and groups, and English names for departments and places.
/// Every one is an <see cref="UnofficialTranslation"/>: the Chinese text is the authority.
/// </summary>
public sealed class EnglishLabels
{
    private readonly FrozenDictionary<DocumentId, DocumentLabels> byDocument;

    /// <summary>Creates the labels.</summary>
    /// <param name="documents">Each document's titles; document ids must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentException">Two entries share a document id.</exception>
    public EnglishLabels(IEnumerable<DocumentLabels> documents)
    {
        Guard.Against.Null(documents);
        Documents = documents.ToValueList();
        var map = new Dictionary<DocumentId, DocumentLabels>();
        foreach (var document in Documents)
        {
            Guard.Against.Null(document, nameof(documents));
            if (!map.TryAdd(document.DocumentId, document))
            {
                throw new ArgumentException($"Two label entries share the document id '{document.DocumentId}'.", nameof(documents));
            }
        }

        byDocument = map.ToFrozenDictionary();
    }

    /// <summary>Every document's labels.</summary>
    public ValueList<DocumentLabels> Documents { get; }

    /// <summary>The labels of document <paramref name="documentId"/>.</summary>
    /// <param name="documentId">A document id.</param>
    /// <returns>The document's labels.</returns>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No labels exist for that document; the message lists the ids there are.</exception>
    public DocumentLabels For(DocumentId documentId)
    {
        IdText.Required(documentId, nameof(documentId));
        return byDocument.TryGetValue(documentId, out var labels)
            ? labels
            : throw new KeyNotFoundException($"No English labels exist for the document '{documentId}'. Known ids: {string.Join(", ", byDocument.Keys)}.");
    }

    /// <summary>The English title of a document.</summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No labels exist for that document.</exception>
    /// <returns>The Chinese title and its English translation.</returns>
    public UnofficialTranslation Of(PolicyDocument document)
    {
        Guard.Against.Null(document);
        return For(document.Id).Title;
    }

    /// <summary>The English title of a chapter.</summary>
    /// <param name="chapter">The chapter.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chapter"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No labels exist for its document.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No label exists for its number.</exception>
    /// <returns>The Chinese title and its English translation.</returns>
    public UnofficialTranslation Of(Chapter chapter)
    {
        Guard.Against.Null(chapter);
        return ChapterTitle(chapter.DocumentId, chapter.Number);
    }

    /// <summary>The English title of a measure group.</summary>
    /// <param name="group">The group.</param>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No labels exist for its document.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No label exists for its number.</exception>
    /// <returns>The Chinese title and its English translation.</returns>
    public UnofficialTranslation Of(MeasureGroup group)
    {
        Guard.Against.Null(group);
        return GroupTitle(group.DocumentId, group.Number);
    }

    /// <summary>The English title of chapter <paramref name="number"/> of a document.</summary>
    /// <param name="documentId">A document id.</param>
    /// <param name="number">The chapter's number, from 1.</param>
    /// <returns>The Chinese title and its English translation.</returns>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No labels exist for that document.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The document has no chapter <paramref name="number"/>; the message gives the range.</exception>
    public UnofficialTranslation ChapterTitle(DocumentId documentId, int number)
    {
        var chapters = For(documentId).Chapters;
        Guard.Against.OutOfRange(number, nameof(number), 1, chapters.Count, $"Document '{documentId}' has chapters 1 to {chapters.Count}; {number} is not one of them.");
        return chapters[number - 1];
    }

    /// <summary>The English title of group <paramref name="number"/> of a document.</summary>
    /// <param name="documentId">A document id.</param>
    /// <param name="number">The group's number, from 1, counted through the document.</param>
    /// <returns>The Chinese title and its English translation.</returns>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No labels exist for that document.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The document has no group <paramref name="number"/>; the message gives the range.</exception>
    public UnofficialTranslation GroupTitle(DocumentId documentId, int number)
    {
        var groups = For(documentId).Groups;
        Guard.Against.OutOfRange(number, nameof(number), 1, groups.Count, $"Document '{documentId}' has groups 1 to {groups.Count}; {number} is not one of them.");
        return groups[number - 1];
    }

#pragma warning disable CA1822 // one verb on the labels for every labelled type, instance like the others
    /// <summary>The English name of a department (from <see cref="Department.EnglishName"/>).</summary>
    /// <param name="department">The department.</param>
    /// <returns>The Chinese name and its English translation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public UnofficialTranslation Of(Department department)
    {
        Guard.Against.Null(department);
        return new UnofficialTranslation(department.Name, department.EnglishName);
    }

    /// <summary>The English name of a place (from <see cref="Place.EnglishName"/>).</summary>
    /// <param name="place">The place.</param>
    /// <returns>The Chinese name and its English translation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    public UnofficialTranslation Of(Place place)
    {
        Guard.Against.Null(place);
        return place.EnglishName;
    }
#pragma warning restore CA1822

    /// <summary>Obsolete: use <see cref="Of(PolicyDocument)"/>.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    [Obsolete("Use labels.Of(document): one way to get English labels.")]
    public UnofficialTranslation TitleOf(PolicyDocument document) => Of(document);

    /// <summary>Obsolete: use <see cref="Of(Chapter)"/>.</summary>
    /// <param name="chapter">The chapter.</param>
    /// <returns>The title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chapter"/> is null.</exception>
    [Obsolete("Use labels.Of(chapter): one way to get English labels.")]
    public UnofficialTranslation TitleOf(Chapter chapter) => Of(chapter);

    /// <summary>Obsolete: use <see cref="Of(MeasureGroup)"/>.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    [Obsolete("Use labels.Of(group): one way to get English labels.")]
    public UnofficialTranslation TitleOf(MeasureGroup group) => Of(group);

    /// <summary>Obsolete: use <see cref="Of(Department)"/> on <c>catalog.Labels</c>.</summary>
    /// <param name="department">The department.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    [Obsolete("Use catalog.Labels.Of(department): one way to get English labels.")]
    public static UnofficialTranslation NameOf(Department department) => Data.SharedCuratedData.Labels.Of(department);

    /// <summary>Obsolete: use <see cref="Of(Place)"/> on <c>catalog.Labels</c>.</summary>
    /// <param name="place">The place.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    [Obsolete("Use catalog.Labels.Of(place): one way to get English labels.")]
    public static UnofficialTranslation NameOf(Place place) => Data.SharedCuratedData.Labels.Of(place);

    /// <summary>Readable form: the number of documents labelled.</summary>
    public override string ToString() => $"English labels (unofficial) for {Documents.Count} documents";
}
