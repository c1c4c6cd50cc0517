using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>Keeps the measures of one document.</summary>
internal sealed class DocumentFilter(string documentId) : MeasureFilter
{
    public override string Description => $"document = {documentId}";

    public override bool Matches(Measure measure) => string.Equals(measure.DocumentId, documentId, StringComparison.Ordinal);
}
