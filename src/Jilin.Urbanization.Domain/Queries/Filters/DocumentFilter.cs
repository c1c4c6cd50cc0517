using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>Keeps the measures of one document.</summary>
internal sealed class DocumentFilter(string documentId) : MeasureFilter
{
    public override string Description => $"document = {documentId}";

    // Exact: a catalog keeps each document's own measures together, in document order (its constructor checks it),
    // so the document's measures are one run of bits.
    internal override bool Narrow(PolicyCatalog catalog, Span<ulong> candidates)
    {
        var start = 0;
        foreach (var document in catalog.Documents)
        {
            if (string.Equals(document.Id.ToString(), documentId, StringComparison.Ordinal))
            {
                KeepRun(candidates, start, start + document.Measures.Count);
                return true;
            }

            start += document.Measures.Count;
        }

        candidates.Clear();
        return true;
    }

    /// <summary>Clears every bit outside [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static void KeepRun(Span<ulong> bits, int from, int to)
    {
        for (var w = 0; w < bits.Length; w++)
        {
            var first = w << 6;
            var keep = ulong.MaxValue;
            if (from > first)
            {
                keep = from - first >= 64 ? 0 : keep << (from - first);
            }

            if (to < first + 64)
            {
                keep &= to <= first ? 0 : (1UL << (to - first)) - 1;
            }

            bits[w] &= keep;
        }
    }

    public override bool Matches(Measure measure) => string.Equals(measure.DocumentId, documentId, StringComparison.Ordinal);
}
