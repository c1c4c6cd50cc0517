using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Queries;

namespace Jilin.Urbanization.Domain.Tests.Queries;

/// <summary>
/// The query runs over index candidates (posting lists of keyword characters and pairs, and of departments), and skips the
/// substring check where an index is exact; these check that it gives exactly what a plain scan gives, for many
/// keywords and combinations.
/// </summary>
public class QueryPlanTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    public static TheoryData<string> Terms()
    {
        // Substrings of 1 to 6 characters from every 7th measure, plus words that occur nowhere.
        var data = new TheoryData<string> { "不存在的词", "ABC", "5G", "，", "县城建设" };
        foreach (var measure in Catalog.Measures.Where((_, i) => i % 7 == 0))
        {
            var text = measure.CorrectedText;
            for (var length = 1; length <= 6; length++)
            {
                data.Add(text.Substring(text.Length / 3, Math.Min(length, text.Length - (text.Length / 3))));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Terms))]
    public void Keyword_queries_find_exactly_what_a_scan_finds(string term)
    {
        var scan = Catalog.Measures.Where(m => m.CorrectedText.Contains(term, StringComparison.Ordinal)).ToList();

        Catalog.Query().Containing(term).ToValueList().Should().Equal(scan);
        Catalog.Query().Containing(term).Count().Should().Be(scan.Count);
        Catalog.Query().Containing(term).Should().Equal(scan);
    }

    /// <summary>
    /// Three-character terms whose two pairs both occur in some measure, but not together: the pair sets then hold
    /// measures that do not contain the term, so the substring check must still run for terms longer than two.
    /// </summary>
    public static TheoryData<string> PairChimeras()
    {
        var data = new TheoryData<string>();
        foreach (var measure in Catalog.Measures.Where((_, i) => i % 5 == 0))
        {
            var text = measure.CorrectedText;
            var found = false;
            for (var i = 0; i + 1 < text.Length && !found; i++)
            {
                for (var j = 0; j + 1 < text.Length && !found; j++)
                {
                    var term = string.Concat(text[i], text[i + 1], text[j + 1]);
                    if (j != i + 1 && text[j] == text[i + 1] && !text.Contains(term, StringComparison.Ordinal))
                    {
                        data.Add(term);
                        found = true;
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PairChimeras))]
    public void A_term_whose_pairs_occur_apart_is_not_found_where_they_do(string term)
    {
        var scan = Catalog.Measures.Where(m => m.CorrectedText.Contains(term, StringComparison.Ordinal)).ToList();

        Catalog.Query().Containing(term).ToValueList().Should().Equal(scan);
        Catalog.Query().Containing(term).Count().Should().Be(scan.Count);
    }

    [Fact]
    public void All_and_any_of_several_keywords_match_a_scan()
    {
        string[] terms = ["县城", "基础设施", "建设", "污水", "不存在的词"];
        for (var i = 0; i < terms.Length; i++)
        {
            for (var j = i + 1; j < terms.Length; j++)
            {
                string[] pair = [terms[i], terms[j]];
                Catalog.Query().ContainingAll(pair).ToValueList().Should()
                    .Equal(Catalog.Measures.Where(m => pair.All(t => m.CorrectedText.Contains(t, StringComparison.Ordinal))));
                Catalog.Query().ContainingAny(pair).ToValueList().Should()
                    .Equal(Catalog.Measures.Where(m => pair.Any(t => m.CorrectedText.Contains(t, StringComparison.Ordinal))));
            }
        }
    }

    [Fact]
    public void Department_and_keyword_filters_combined_match_a_scan()
    {
        foreach (var department in Catalog.Departments.All)
        {
            Catalog.Query().LedBy(department.Id).ToValueList().Should()
                .Equal(Catalog.Measures.Where(m => m.Responsibility.Lead?.Id == department.Id));
            Catalog.Query().Involving(department.Id).Containing("建设").InDocument(DocumentId.CountyUrbanization2022).ToValueList().Should()
                .Equal(Catalog.Measures.Where(m => m.Responsibility.Involves(department.Id) && m.CorrectedText.Contains("建设", StringComparison.Ordinal)
                    && m.DocumentId == DocumentId.CountyUrbanization2022));
        }
    }

    [Fact]
    public void Counts_answered_from_exact_indexes_alone_match_a_scan()
    {
        // Department filters and keywords of one or two characters narrow exactly, so Count() skips the
        // confirmation step when every filter is of that kind; a longer keyword brings it back.
        foreach (var department in Catalog.Departments.All)
        {
            foreach (var term in new[] { "县", "建设", "基础设施" })
            {
                Catalog.Query().Involving(department.Id).Containing(term).Count().Should()
                    .Be(Catalog.Measures.Count(m => m.Responsibility.Involves(department.Id) && m.CorrectedText.Contains(term, StringComparison.Ordinal)), $"{department.Id} + {term}");
            }

            Catalog.Query().LedBy(department.Id).Count().Should().Be(Catalog.Measures.Count(m => m.Responsibility.Lead?.Id == department.Id));
            Catalog.Query().LedBy(department.Id).ContainingAny(["水", "绿色"]).Count().Should()
                .Be(Catalog.Measures.Count(m => m.Responsibility.Lead?.Id == department.Id && (m.CorrectedText.Contains('水') || m.CorrectedText.Contains("绿色", StringComparison.Ordinal))));
        }
    }

    [Fact]
    public void Document_filters_alone_and_combined_match_a_scan()
    {
        foreach (var document in Catalog.Documents)
        {
            var mine = Catalog.Measures.Where(m => m.DocumentId == document.Id).ToList();
            Catalog.Query().InDocument(document.Id).ToValueList().Should().Equal(mine);
            Catalog.Query().InDocument(document.Id).Count().Should().Be(mine.Count);
            Catalog.Query().InDocument(document.Id).Containing("县").Count().Should().Be(mine.Count(m => m.CorrectedText.Contains('县')));
            Catalog.Query().InDocument(document.Id).WithTargets().ToValueList().Should().Equal(mine.Where(m => m.Targets.Count > 0));
        }
    }

    [Fact]
    public void A_fresh_catalog_builds_its_own_keyword_index()
    {
        var fresh = PolicyCatalog.LoadEmbedded();

        fresh.Query().Containing("污水").Ids().Should().Equal(Catalog.Query().Containing("污水").Ids());
    }

    [Fact]
    public void Has_targets_and_a_second_set_of_marks_match_a_scan_in_every_form()
    {
        // Only the first set of marks a query meets is tested measure by measure; a different one narrows the candidates.
        var even = new EvenOrdinals(Catalog);
        foreach (var query in new[]
        {
            Catalog.Query().WithTargets().Where(even),
            Catalog.Query().Where(even).WithTargets(),
            Catalog.Query().Containing("县").Where(even).WithTargets().Where(m => m.Id.Number > 3),
        })
        {
            var scan = Catalog.Measures.Where(m => query.Filters.All(f => f.Matches(m))).ToList();

            scan.Should().NotBeEmpty();
            query.ToValueList().Should().Equal(scan);
            query.Should().Equal(scan);
            query.Ids().Should().Equal(scan.Select(m => m.Id));
            query.Count().Should().Be(scan.Count);
        }
    }

    /// <summary>A filter that one bit per measure settles, as "has targets" is: the measures at even catalog ordinals.</summary>
    private sealed class EvenOrdinals(PolicyCatalog catalog) : MeasureFilter
    {
        private readonly ulong[] marks = Enumerable.Range(0, (catalog.Measures.Count + 63) / 64).Select(_ => 0x5555_5555_5555_5555UL).ToArray();

        public override string Description => "even ordinal";

        private readonly Dictionary<MeasureId, int> ordinals = catalog.Measures.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i);

        public override bool Matches(Measure measure) => ordinals[measure.Id] % 2 == 0;

        internal override ulong[]? Marks(PolicyCatalog catalog, out bool exact)
        {
            exact = true;
            return marks;
        }
    }
}
