using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>
/// Ranks the measures related to one measure. Points, each explained by a <see cref="RelatednessReason"/>:
/// a shared place 3 (a province 1); the same lead department 1.5; each shared department ln(N/df)/2, where df is
/// the number of measures listing it; each shared key term ln(N/df) × (length − 2)/2, for maximal runs of three or more
/// letters or digits the two texts share that at most <see cref="MaxTermFrequency"/> measures contain and that are
/// not a place's name (places count as places). Longer shared runs weigh more: short ones may straddle words.
/// </summary>
/// <remarks>
/// Only candidates that can score are looked at, found through the catalog's indexes: the measures naming one of the
/// source's places, those of its lead and departments, and those that may share a key term. A key term is a run of
/// the source that at most <see cref="MaxTermFrequency"/> measures contain; for each start in the source, the shortest
/// such run is found by intersecting its pairs' posting lists (and counting the survivors that really contain it), and
/// only the measures containing that run can share a longer key term starting there. The quadratic text comparison
/// then runs for those few measures only; the others cannot have a key-term reason. The ranking is unchanged (the
/// related-measure tests pin it), and nothing is cached between calls.
/// </remarks>
internal sealed class RelatedMeasureFinder(PolicyCatalog catalog)
{
    /// <summary>A term more measures contain than this is too common to relate two of them.</summary>
    public const int MaxTermFrequency = 8;

    private const int MinTermLength = 3;

    public ValueList<RelatedMeasure> Find(Measure source, DocumentId? documentId, int top)
    {
        var measures = catalog.Measures;
        var n = measures.Count;
        var sourcePlaces = catalog.PlacesIn(source.Id);
        var termCandidates = TermCandidates(source.CorrectedText);
        var candidates = new List<int>(termCandidates);
        foreach (var place in sourcePlaces)
        {
            foreach (var measure in catalog.PlaceIndex.MeasuresMentioning(place.Id.ToString()))
            {
                candidates.Add(catalog.Indexes.OrdinalOf(measure.Id));
            }
        }

        if (source.Responsibility.Lead is { } sourceLead)
        {
            candidates.AddRange(catalog.Indexes.LedOrdinals(sourceLead.Id.ToString()));
        }

        foreach (var mention in source.Responsibility.Departments)
        {
            candidates.AddRange(catalog.Indexes.InvolvedOrdinals(mention.Department.Id.ToString()));
        }

        candidates.Sort();
        var row = new int[1];
        var previous = new int[1];
        var results = new List<RelatedMeasure>();
        for (var k = 0; k < candidates.Count; k++)
        {
            if (k > 0 && candidates[k] == candidates[k - 1])
            {
                continue;
            }

            var candidate = measures[candidates[k]];
            if (candidate.Id == source.Id || (documentId is not null && candidate.DocumentId != documentId))
            {
                continue;
            }

            var reasons = new List<RelatednessReason>();
            var candidatePlaces = catalog.PlacesIn(candidate.Id);
            foreach (var place in sourcePlaces)
            {
                if (candidatePlaces.Any(p => p.Id == place.Id))
                {
                    reasons.Add(new(RelatednessKind.SharedPlace, place.Name, place.Kind == Places.PlaceKind.Province ? 1 : 3));
                }
            }

            if (source.Responsibility.Lead is { } lead && candidate.Responsibility.Lead?.Id == lead.Id)
            {
                reasons.Add(new(RelatednessKind.SameLead, lead.Name, 1.5));
            }

            foreach (var department in source.Responsibility.Departments.Select(d => d.Department).DistinctBy(d => d.Id))
            {
                if (candidate.Responsibility.Involves(department.Id.ToString()))
                {
                    var df = catalog.Indexes.Involving(department.Id.ToString()).Count;
                    reasons.Add(new(RelatednessKind.SharedDepartment, department.Name, Round(Math.Log((double)n / df) / 2)));
                }
            }

            if (termCandidates.Contains(candidates[k]))
            {
                foreach (var term in SharedTerms(source.CorrectedText, candidate.CorrectedText, ref row, ref previous))
                {
                    var df = FrequencyOf(term, MaxTermFrequency + 1);
                    if (df <= MaxTermFrequency && !catalog.Places.TryFind(term, out _))
                    {
                        reasons.Add(new(RelatednessKind.SharedTerm, term, Round(Math.Log((double)n / df) * (term.Length - 2) / 2)));
                    }
                }
            }

            if (reasons.Count > 0)
            {
                var ordered = reasons.Where(r => r.Points > 0).OrderByDescending(r => r.Points).ThenBy(r => r.Kind).ToValueList();
                if (ordered.Count > 0)
                {
                    results.Add(new RelatedMeasure(candidate, Round(ordered.Sum(r => r.Points)), ordered));
                }
            }
        }

        // Highest score first; ties keep catalog order (a stable sort over catalog-ordered candidates).
        return results.OrderByDescending(r => r.Score).Take(top).ToValueList();
    }

    /// <summary>
    /// The measures that may share a key term with <paramref name="text"/>: for each start of a run of letters and
    /// digits, the measures containing the shortest run from there (three or more) that at most
    /// <see cref="MaxTermFrequency"/> measures contain. Any key term starting there is at least that long, so only
    /// those measures can contain it.
    /// </summary>
    private HashSet<int> TermCandidates(string text)
    {
        var found = new HashSet<int>();
        var index = catalog.KeywordIndex;
        var measures = catalog.Measures;
        for (var start = 0; start + MinTermLength <= text.Length; start++)
        {
            var runEnd = start;
            while (runEnd < text.Length && char.IsLetterOrDigit(text[runEnd]))
            {
                runEnd++;
            }

            if (runEnd - start < MinTermLength)
            {
                continue;
            }

            var set = Candidates.All(measures.Count);
            index.NarrowToPair(text[start], text[start + 1], ref set);
            for (var end = start + MinTermLength; end <= runEnd && set.Count > 0; end++)
            {
                index.NarrowToPair(text[end - 2], text[end - 1], ref set);
                var term = text.AsSpan(start, end - start);
                if (set.Count <= MaxTermFrequency)
                {
                    // At most that many contain it: all of them are candidates (the text itself among them).
                    for (var i = 0; i < set.Count; i++)
                    {
                        found.Add(set[i]);
                    }

                    break;
                }

                // More hold every pair: count those that hold the run itself, stopping past the limit.
                var containing = new List<int>(MaxTermFrequency + 1);
                for (var i = 0; i < set.Count && containing.Count <= MaxTermFrequency; i++)
                {
                    if (measures[set[i]].CorrectedText.AsSpan().Contains(term, StringComparison.Ordinal))
                    {
                        containing.Add(set[i]);
                    }
                }

                if (containing.Count <= MaxTermFrequency)
                {
                    found.UnionWith(containing);
                    break;
                }
            }
        }

        return found;
    }

    private static double Round(double points) => Math.Round(points, 2, MidpointRounding.AwayFromZero);

    /// <summary>The maximal runs of letters and digits (at least three) that both texts contain, longest first, none inside another.</summary>
    private static List<string> SharedTerms(string s, string t, ref int[] row, ref int[] previous)
    {
        if (row.Length < t.Length + 1)
        {
            row = new int[t.Length + 1];
            previous = new int[t.Length + 1];
        }

        Array.Clear(previous, 0, t.Length + 1);
        var best = new int[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var word = char.IsLetterOrDigit(c);
            var max = 0;
            for (var j = 0; j < t.Length; j++)
            {
                var length = word && t[j] == c ? previous[j] + 1 : 0;
                row[j + 1] = length;
                max = Math.Max(max, length);
            }

            best[i] = max;
            (row, previous) = (previous, row);
        }

        var terms = new List<string>();
        for (var i = 0; i < s.Length; i++)
        {
            var rightMaximal = i == s.Length - 1 || best[i + 1] != best[i] + 1;
            if (best[i] >= MinTermLength && rightMaximal)
            {
                terms.Add(s.Substring(i - best[i] + 1, best[i]));
            }
        }

        terms = terms.Distinct(StringComparer.Ordinal).OrderByDescending(x => x.Length).ToList();
        return terms.Where((x, k) => !terms.Take(k).Any(longer => longer.Contains(x, StringComparison.Ordinal))).ToList();
    }

    /// <summary>
    /// How many measures contain <paramref name="term"/> (three or more characters), counted up to
    /// <paramref name="limit"/>: only the measures holding every pair of it are searched.
    /// </summary>
    private int FrequencyOf(string term, int limit)
    {
        var set = Candidates.All(catalog.Measures.Count);
        catalog.KeywordIndex.Narrow(term, ref set);
        var count = 0;
        for (var i = 0; i < set.Count && count < limit; i++)
        {
            if (catalog.Measures[set[i]].CorrectedText.Contains(term, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
