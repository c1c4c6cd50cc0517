using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>Keeps the measures of one group of one document.</summary>
internal sealed class GroupFilter(MeasureGroup group) : MeasureFilter
{
    public override string Description => $"group = {group.DocumentId} {group.Heading}";

    // Not exact: narrowed to the document's run, then each candidate is checked.
    internal override bool Narrow(PolicyCatalog catalog, ref Candidates candidates)
    {
        DocumentFilter.NarrowToDocument(catalog, group.DocumentId, ref candidates);
        return false;
    }

    public override bool Matches(Measure measure) =>
        measure.GroupNumber == group.Number && measure.DocumentId == group.DocumentId;
}
