namespace Jilin.Urbanization.Domain.Places;

/// <summary>
/// Finds the places a text names: leftmost-longest matching over every unambiguous spelling, every term that
/// names no place (so <c>伊通</c> in <c>伊通河</c> is no hit), and the contextual aliases inside their contexts
/// (so <c>吉林</c> is 吉林市 only in <c>长春吉林一体化</c>, and never a hit inside <c>吉林省</c>).
/// </summary>
internal sealed class PlaceMatcher
{
    private readonly (string Term, Place? Place)[] terms;
    private readonly (string Context, int AliasOffset, string Alias, Place Place)[] contexts;

    public PlaceMatcher(PlaceGazetteer gazetteer)
    {
        terms = gazetteer.All
            .SelectMany(p => p.Names.Select(n => (Term: n, Place: (Place?)p)))
            .Concat(gazetteer.NonPlaceTerms.Select(t => (t.Term, Place: (Place?)null)))
            .DistinctBy(t => t.Term, StringComparer.Ordinal)
            .ToArray();
        contexts = gazetteer.ContextualAliases
            .SelectMany(a => a.Contexts.Select(c => (Context: c, AliasOffset: c.IndexOf(a.Alias, StringComparison.Ordinal), a.Alias, a.Place)))
            .ToArray();
    }

    /// <summary>The places <paramref name="text"/> names, in text order, without overlaps.</summary>
    public List<(int Offset, string WrittenAs, Place Place)> Scan(string text)
    {
        var candidates = new List<(int Offset, int Length, string Written, Place? Place)>();
        foreach (var (term, place) in terms)
        {
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                candidates.Add((at, term.Length, term, place));
            }
        }

        foreach (var (context, aliasOffset, alias, place) in contexts)
        {
            for (var at = text.IndexOf(context, StringComparison.Ordinal); at >= 0; at = text.IndexOf(context, at + 1, StringComparison.Ordinal))
            {
                candidates.Add((at + aliasOffset, alias.Length, alias, place));
            }
        }

        var found = new List<(int Offset, string WrittenAs, Place Place)>();
        if (candidates.Count == 0)
        {
            return found;
        }

        // Leftmost first; at one offset the longest wins; a later candidate that overlaps an accepted one loses.
        candidates.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        var end = 0;
        foreach (var candidate in candidates)
        {
            if (candidate.Offset < end)
            {
                continue;
            }

            end = candidate.Offset + candidate.Length;
            if (candidate.Place is { } place)
            {
                found.Add((candidate.Offset, candidate.Written, place));
            }
        }

        return found;
    }
}
