using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>Keeps the measures of one document.</summary>
/// <remarks>
/// The query that creates it has already found the document in its catalog, so the filter keeps that catalog's run of
/// ordinals for it: narrowing is then two comparisons, with no look-up by id. Run over another catalog (a filter taken
/// from one query's <see cref="MeasureQuery.Filters"/> into another's), it looks the run up again.
/// </remarks>
internal sealed class DocumentFilter : MeasureFilter
{
    private readonly DocumentId documentId;
    private readonly PolicyCatalog? owner;
    private readonly int start;
    private readonly int end;

    public DocumentFilter(DocumentId documentId) => this.documentId = documentId;

    public DocumentFilter(PolicyCatalog catalog, DocumentId documentId)
        : this(documentId)
    {
        if (catalog.Indexes.TryGetDocumentRun(documentId.ToString(), out start, out end))
        {
            owner = catalog;
        }
    }

    public override string Description => $"document = {documentId}";

    // Exact: a catalog keeps each document's own measures together, in document order (its constructor checks it),
    // so the document's measures are one run of ordinals.
    internal override bool Narrow(PolicyCatalog catalog, ref Candidates candidates)
    {
        if (ReferenceEquals(catalog, owner))
        {
            candidates.KeepRange(start, end);
        }
        else
        {
            NarrowToDocument(catalog, documentId, ref candidates);
        }

        return true;
    }

    /// <summary>Keeps the candidates of one document (its run of ordinals); none for an unknown id.</summary>
    internal static void NarrowToDocument(PolicyCatalog catalog, DocumentId documentId, ref Candidates candidates)
    {
        if (catalog.Indexes.TryGetDocumentRun(documentId.ToString(), out var start, out var end))
        {
            candidates.KeepRange(start, end);
        }
        else
        {
            candidates.Clear();
        }
    }

    public override bool Matches(Measure measure) => measure.DocumentId == documentId;
}
