using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Queries;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Queries;

/// <summary>
/// Queries run over candidates narrowed by posting lists (documents, departments, keyword characters and pairs,
/// places) and skip the check of filters that narrowed exactly. For random combinations of every kind of condition,
/// every way of running a query — <c>ToValueList</c>, <c>Count</c>, <c>Ids</c>, <c>foreach</c> and LINQ — must give
/// exactly what checking every filter on every measure gives, in catalog order.
/// </summary>
public class IndexedQueryPropertyTests
{
    private static readonly PolicyCatalog Default = PolicyCatalog.Default;

    /// <summary>A catalog of twelve documents (the two real ones and five renamed copies of each), so document runs are found by the dictionary path.</summary>
    private static readonly PolicyCatalog Copies = new(
        Default.Documents.Concat(Enumerable.Range(1, 5).SelectMany(k => Default.Documents.Select(d => Renamed(d, $"{d.Id}-copy{k}")))),
        Default.Departments);

    private static PolicyDocument Renamed(PolicyDocument document, string id) => document with
    {
        Id = DocumentId.Parse(id),
        Measures = document.Measures.Select(m => m with { Id = new MeasureId(DocumentId.Parse(id), m.Id.Number) }).ToValueList(),
    };

    /// <summary>A random condition added to a query over <paramref name="catalog"/>.</summary>
    private static Gen<Func<MeasureQuery, MeasureQuery>> Condition(PolicyCatalog catalog)
    {
        var texts = catalog.Measures.Select(m => m.CorrectedText).ToArray();
        var term = Gen.OneOf(
            Gen.Int[0, texts.Length - 1].SelectMany(i => Gen.Int[0, texts[i].Length - 1].SelectMany(at => Gen.Int[1, 6].Select(n => texts[i].Substring(at, Math.Min(n, texts[i].Length - at))))),
            Gen.Char["建设城镇县污水化新区吉林省长春市的，0125"].Array[1, 4].Select(c => new string(c)),
            Gen.Int[0, texts.Length - 1].SelectMany(i => Gen.Int[0, texts[i].Length - 2].Select(at => Chimera(texts[i], at))))
            .Where(t => !string.IsNullOrWhiteSpace(t));
        var departments = catalog.Measures.SelectMany(m => m.Responsibility.Departments).Select(d => d.Department.Id).Distinct().ToArray();
        var documents = catalog.Documents.ToArray();
        var places = catalog.PlaceMentions.Where(m => m.MeasureId is not null).Select(m => m.Place.Id).Distinct().ToArray();
        return Gen.OneOf(
            Gen.Int[0, documents.Length - 1].Select(d => (Func<MeasureQuery, MeasureQuery>)(q => q.InDocument(documents[d].Id))),
            Gen.Int[0, documents.Length - 1].SelectMany(d => Gen.Int[1, documents[d].Chapters.Count].Select(c => (Func<MeasureQuery, MeasureQuery>)(q => q.InChapter(documents[d].Id, c)))),
            Gen.Int[0, documents.Length - 1].SelectMany(d => Gen.Int[1, documents[d].Groups.Count].Select(g => (Func<MeasureQuery, MeasureQuery>)(q => q.InGroup(documents[d].Id, g)))),
            Gen.Int[0, departments.Length - 1].Select(d => (Func<MeasureQuery, MeasureQuery>)(q => q.LedBy(departments[d]))),
            Gen.Int[0, departments.Length - 1].Select(d => (Func<MeasureQuery, MeasureQuery>)(q => q.Involving(departments[d]))),
            term.Select(t => (Func<MeasureQuery, MeasureQuery>)(q => q.Containing(t))),
            term.Array[1, 3].Select(t => (Func<MeasureQuery, MeasureQuery>)(q => q.ContainingAll(t))),
            term.Array[1, 3].Select(t => (Func<MeasureQuery, MeasureQuery>)(q => q.ContainingAny(t))),
            Gen.Const((Func<MeasureQuery, MeasureQuery>)(q => q.WithTargets())),
            Gen.Int[2020, 2030].Select(y => (Func<MeasureQuery, MeasureQuery>)(q => q.DueIn(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31)))),
            Gen.Int[0, places.Length - 1].SelectMany(p => Gen.Bool.Select(g => (Func<MeasureQuery, MeasureQuery>)(q => q.MentioningPlace(places[p].ToString(), g)))),
            Gen.Int[2, 7].Select(k => (Func<MeasureQuery, MeasureQuery>)(q => q.Where(m => m.Id.Number % k == 0))));
    }

    /// <summary>
    /// Three characters whose two pairs occur in the text but (often) not together: <c>text[at..at+2]</c> followed by
    /// the character after another occurrence of <c>text[at+1]</c>. The pair lists then hold measures that do not
    /// contain the term, so the substring check must still run.
    /// </summary>
    private static string Chimera(string text, int at)
    {
        var other = text.IndexOf(text[at + 1], at + 2);
        return other < 0 || other + 1 >= text.Length ? text.Substring(at, 2) : string.Concat(text[at], text[at + 1], text[other + 1]);
    }

    private static void RunsLikeAScan(PolicyCatalog catalog, int iterations)
    {
        Condition(catalog).Array[0, 4].Sample(
            conditions =>
            {
                var query = conditions.Aggregate(catalog.Query(), (q, add) => add(q));
                var scan = catalog.Measures.Where(m => query.Filters.All(f => f.Matches(m))).ToList();

                query.ToValueList().Should().Equal(scan, query.ToString());
                query.Count().Should().Be(scan.Count);
                query.Ids().Should().Equal(scan.Select(m => m.Id));
                var enumerated = new List<Measure>();
                foreach (var measure in query)
                {
                    enumerated.Add(measure);
                }

                enumerated.Should().Equal(scan);
                query.Select(m => m.Id).ToList().Should().Equal(scan.Select(m => m.Id));
                query.Any().Should().Be(scan.Count > 0);
            },
            iter: iterations);
    }

    [Fact]
    public void Random_queries_over_the_real_catalog_find_exactly_what_a_scan_finds() => RunsLikeAScan(Default, 400);

    [Fact]
    public void Random_queries_over_a_catalog_of_twelve_documents_find_exactly_what_a_scan_finds() => RunsLikeAScan(Copies, 150);

    [Fact]
    public void Department_posting_lists_hold_exactly_the_measures_a_scan_finds()
    {
        foreach (var catalog in new[] { Default, Copies })
        {
            foreach (var department in catalog.Departments.All)
            {
                catalog.MeasuresLedBy(department.Id).Should().Equal(catalog.Measures.Where(m => m.Responsibility.Lead?.Id == department.Id));
                catalog.MeasuresInvolving(department.Id).Should().Equal(catalog.Measures.Where(m => m.Responsibility.Involves(department.Id)));
            }
        }
    }
}
