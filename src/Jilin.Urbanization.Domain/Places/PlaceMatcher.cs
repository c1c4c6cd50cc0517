namespace Jilin.Urbanization.Domain.Places;

/// <summary>
/// Finds the places a text names: leftmost-longest matching over every unambiguous spelling, every term that
/// names no place (so <c>伊通</c> in <c>伊通河</c> is no hit), and the contextual aliases inside their contexts
/// (so <c>吉林</c> is 吉林市 only in <c>长春吉林一体化</c>, and never a hit inside <c>吉林省</c>).
/// </summary>
/// <remarks>
/// One pass over the text: the terms and contexts are bucketed by their first character, so each position is
/// compared only with the spellings that start with its character (searching the text once per gazetteer spelling
/// made indexing cost spellings × text). The candidates then go through the same leftmost-longest selection, in the
/// same order as before, so the mentions found are unchanged.
/// </remarks>
internal sealed class PlaceMatcher
{
    private readonly (string Term, Place? Place)[] terms;
    private readonly (string Context, int AliasOffset, string Alias, Place Place)[] contexts;
    private readonly Dictionary<char, int[]> termsByFirst;
    private readonly Dictionary<char, int[]> contextsByFirst;
    private readonly ulong[] firstChars = new ulong[1024]; // bit c: some term or context starts with character c

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
        termsByFirst = Buckets(terms.Select(t => t.Term).ToArray());
        contextsByFirst = Buckets(contexts.Select(c => c.Context).ToArray());
    }

    private Dictionary<char, int[]> Buckets(string[] spellings)
    {
        var buckets = new Dictionary<char, int[]>();
        foreach (var group in Enumerable.Range(0, spellings.Length).Where(i => spellings[i].Length > 0).GroupBy(i => spellings[i][0]))
        {
            buckets[group.Key] = [.. group];
            firstChars[group.Key >> 6] |= 1UL << (group.Key & 63);
        }

        return buckets;
    }

    /// <summary>
    /// Every occurrence of every spelling of <paramref name="buckets"/> in <paramref name="text"/>, ordered by
    /// spelling (in the order given) and then by offset: the order of searching the text for each spelling in turn.
    /// </summary>
    private List<(int Spelling, int Offset)> Occurrences(string text, Dictionary<char, int[]> buckets, Func<int, string> spelling)
    {
        var found = new List<(int Spelling, int Offset)>();
        for (var at = 0; at < text.Length; at++)
        {
            var c = text[at];
            if ((firstChars[c >> 6] & (1UL << (c & 63))) == 0 || !buckets.TryGetValue(c, out var bucket))
            {
                continue;
            }

            foreach (var s in bucket)
            {
                if (text.AsSpan(at).StartsWith(spelling(s), StringComparison.Ordinal))
                {
                    found.Add((s, at));
                }
            }
        }

        found.Sort();
        return found;
    }

    /// <summary>The places <paramref name="text"/> names, in text order, without overlaps.</summary>
    public List<(int Offset, string WrittenAs, Place Place)> Scan(string text)
    {
        var candidates = new List<(int Offset, int Length, string Written, Place? Place)>();
        foreach (var (t, at) in Occurrences(text, termsByFirst, i => terms[i].Term))
        {
            var (term, place) = terms[t];
            candidates.Add((at, term.Length, term, place));
        }

        foreach (var (k, at) in Occurrences(text, contextsByFirst, i => contexts[i].Context))
        {
            var (_, aliasOffset, alias, place) = contexts[k];
            candidates.Add((at + aliasOffset, alias.Length, alias, place));
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
