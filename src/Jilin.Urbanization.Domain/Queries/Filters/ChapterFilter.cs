using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>Keeps the measures of one chapter of one document.</summary>
internal sealed class ChapterFilter(Chapter chapter) : MeasureFilter
{
    public override string Description => $"chapter = {chapter.DocumentId} {chapter.Heading}";

    // Not exact: narrowed to the document's run, then each candidate is checked.
    internal override bool Narrow(PolicyCatalog catalog, ref Candidates candidates)
    {
        DocumentFilter.NarrowToDocument(catalog, chapter.DocumentId, ref candidates);
        return false;
    }

    public override bool Matches(Measure measure) =>
        measure.ChapterNumber == chapter.Number && measure.DocumentId == chapter.DocumentId;
}
