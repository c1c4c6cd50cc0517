using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>Keeps the measures of one document.</summary>
internal sealed class DocumentFilter(DocumentId documentId) : MeasureFilter
{
    public override string Description => $"document = {documentId}";

    // Exact: a catalog keeps each document's own measures together, in document order (its constructor checks it),
    // so the document's measures are one run of ordinals.
    internal override bool Narrow(PolicyCatalog catalog, ref Candidates candidates)
    {
        NarrowToDocument(catalog, documentId, ref candidates);
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
