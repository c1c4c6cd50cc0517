using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

using Jilin.Urbanization.Domain.Queries;

namespace Jilin.Urbanization.Domain.Tests.Queries;

/// <summary>
/// The reference for <see cref="PolicyCatalog.RelatedTo(MeasureId, DocumentId?, int)"/>: the ranking as first written,
/// comparing the measure with every other one and counting each term's measures by scanning them all. The library
/// now looks only at candidates its indexes find; <see cref="RelatedMeasuresPropertyTests"/> checks both agree.
/// </summary>
internal sealed class NaiveRelatedMeasures(PolicyCatalog catalog)
{
    /// <summary>A term more measures contain than this is too common to relate two of them.</summary>
    public const int MaxTermFrequency = 8;

    private const int MinTermLength = 3;

    private readonly Dictionary<string, int> termFrequency = new(StringComparer.Ordinal);

    public ValueList<RelatedMeasure> Find(Measure source, DocumentId? documentId, int top)
    {
        var n = catalog.Measures.Count;
        var sourcePlaces = catalog.PlacesIn(source.Id);
        var row = new int[1];
        var previous = new int[1];
        var results = new List<RelatedMeasure>();
        foreach (var candidate in catalog.Measures)
        {
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
                    reasons.Add(new(RelatednessKind.SharedPlace, place.Name, place.Kind == Jilin.Urbanization.Domain.Places.PlaceKind.Province ? 1 : 3));
                }
            }

            if (source.Responsibility.Lead is { } lead && candidate.Responsibility.Lead?.Id == lead.Id)
            {
                reasons.Add(new(RelatednessKind.SameLead, lead.Name, 1.5));
            }

            foreach (var department in source.Responsibility.Departments.Select(d => d.Department).DistinctBy(d => d.Id))
            {
                if (candidate.Responsibility.Involves(department.Id))
                {
                    var df = catalog.MeasuresInvolving(department.Id).Count;
                    reasons.Add(new(RelatednessKind.SharedDepartment, department.Name, Round(Math.Log((double)n / df) / 2)));
                }
            }

            foreach (var term in SharedTerms(source.CorrectedText, candidate.CorrectedText, ref row, ref previous))
            {
                var df = FrequencyOf(term);
                if (df <= MaxTermFrequency && !catalog.Places.TryFind(term, out _))
                {
                    reasons.Add(new(RelatednessKind.SharedTerm, term, Round(Math.Log((double)n / df) * (term.Length - 2) / 2)));
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

    private int FrequencyOf(string term)
    {
        lock (termFrequency)
        {
            if (!termFrequency.TryGetValue(term, out var df))
            {
                df = catalog.Measures.Count(m => m.CorrectedText.Contains(term, StringComparison.Ordinal));
                termFrequency[term] = df;
            }

            return df;
        }
    }
}
