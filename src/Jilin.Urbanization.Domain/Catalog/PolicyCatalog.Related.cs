using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Queries;
using Jilin.Urbanization.Domain.Threading;

namespace Jilin.Urbanization.Domain.Catalog;

public sealed partial class PolicyCatalog
{
    private RelatedMeasureFinder? relatedFinder;

    /// <summary>
    /// The measures of either document most related to a measure, highest score first (ties in catalog order):
    /// those that name the same places, share its departments (the same lead weighs more) or share its key
    /// terms. Each result lists its reasons and their points, so the ranking can be explained. Use
    /// <paramref name="documentId"/> to follow a 2021 task into the 2022 measures that continue it.
    /// </summary>
    /// <param name="id">The measure's id.</param>
    /// <param name="documentId">Only this document's measures, or null for every document.</param>
    /// <param name="top">At most this many results, 1 or more.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No measure has that id, or no document has id <paramref name="documentId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    public ValueList<RelatedMeasure> RelatedTo(MeasureId id, DocumentId? documentId = null, int top = 10)
    {
        var measure = GetMeasure(id);
        var document = DocumentArgument(documentId, nameof(documentId));

        Guard.Against.NegativeOrZero(top);
        return Once.Get(ref relatedFinder, this, static self => new RelatedMeasureFinder(self)).Find(measure, document?.Id, top);
    }

    /// <summary>The measures most related to a measure given by its id as text; see <see cref="RelatedTo(MeasureId, DocumentId?, int)"/>.</summary>
    /// <param name="id">The measure's id as text, e.g. <c>jilin-2021-urbanization-tasks/40</c>.</param>
    /// <param name="documentId">Only this document's measures, or null for every document.</param>
    /// <param name="top">At most this many results, 1 or more.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or whitespace, or <paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not a measure id.</exception>
    /// <exception cref="KeyNotFoundException">No measure has that id, or no document has id <paramref name="documentId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    public ValueList<RelatedMeasure> RelatedTo(string id, DocumentId? documentId = null, int top = 10)
    {
        Guard.Against.NullOrWhiteSpace(id);
        return RelatedTo(MeasureId.Parse(id), documentId, top);
    }
}
