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

    internal override bool Narrow(PolicyCatalog catalog, ref Candidates candidates)
    {
        var index = catalog.KeywordIndex;
        var exact = true;
        if (match == KeywordMatch.All)
        {
            foreach (var term in terms)
            {
                exact &= index.Narrow(term, ref candidates);
            }

            return exact;
        }

        // Any: the union of each term's candidates (exact when every term's are).
        var union = candidates.Borrow();
        union.Clear();
        foreach (var term in terms)
        {
            var one = candidates.Borrow();
            exact &= index.Narrow(term, ref one);
            union.UnionWith(one);
        }

        candidates = union;
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
