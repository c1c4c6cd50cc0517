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

    // Exact: the index intersects the terms' lists and searches the texts left for the terms they cannot settle.
    internal override bool Narrow(PolicyCatalog catalog, ref Candidates candidates)
    {
        var index = catalog.KeywordIndex;
        if (match == KeywordMatch.All)
        {
            index.NarrowToAll(terms, 0, terms.Length, ref candidates);
            return true;
        }

        // Any: the union of each term's matches.
        var union = candidates.Borrow();
        union.Clear();
        for (var t = 0; t < terms.Length; t++)
        {
            var one = candidates.Borrow();
            index.NarrowToAll(terms, t, t + 1, ref one);
            union.UnionWith(one);
        }

        candidates = union;
        return true;
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
