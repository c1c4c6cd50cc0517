using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>
/// Keeps the measures whose corrected text (stray scraped spaces removed, so <c>优质</c> finds <c>优 质</c>)
/// contains all or any of the keywords: ordinal substring search, no allocation per measure.
/// </summary>
internal sealed class KeywordFilter(string[] terms, KeywordMatch match) : MeasureFilter
{
    public override string Description => terms.Length == 1
        ? $"text contains '{terms[0]}'"
        : $"text contains {(match == KeywordMatch.All ? "all" : "any")} of '{string.Join("', '", terms)}'";

    internal override bool Narrow(PolicyCatalog catalog, Span<ulong> candidates)
    {
        var index = catalog.KeywordIndex;
        var exact = true;
        if (match == KeywordMatch.All)
        {
            foreach (var term in terms)
            {
                exact &= index.Narrow(term, candidates);
            }

            return exact;
        }

        // Any: the union of each term's candidates (exact when every term's are).
        Span<ulong> union = candidates.Length <= 16 ? stackalloc ulong[16] : new ulong[candidates.Length];
        union = union[..candidates.Length];
        union.Clear();
        Span<ulong> one = candidates.Length <= 16 ? stackalloc ulong[16] : new ulong[candidates.Length];
        one = one[..candidates.Length];
        foreach (var term in terms)
        {
            candidates.CopyTo(one);
            exact &= index.Narrow(term, one);
            for (var w = 0; w < union.Length; w++)
            {
                union[w] |= one[w];
            }
        }

        union.CopyTo(candidates);
        return exact;
    }

    public override bool Matches(Measure measure)
    {
        var text = measure.CorrectedText;
        if (match == KeywordMatch.All)
        {
            foreach (var term in terms)
            {
                if (!text.Contains(term, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var term in terms)
        {
            if (text.Contains(term, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
