using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Benchmarks;

/// <summary>
/// Keyword search over all 146 measures and the fluent filter with three conditions, against LINQ scans over the
/// naive classes, a plain <c>for</c> loop and a hand-built character-pair index over the library's own measures
/// (<see cref="Scale.HandIndex"/>). Every side searches the corrected text, ordinal, and returns a list of the
/// matching measures; the library is also measured through <c>Ids()</c>, <c>foreach</c> and LINQ over the query.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    // 污水 (sewage): a typical specific term, in a handful of measures.
    private const string OneTerm = "污水";

    // 建设 (construction): the most frequent word of the texts, in most measures (the worst case for an index).
    private const string FrequentTerm = "建设";

    // County town + infrastructure + construction, all three required.
    private static readonly string[] ThreeTerms = ["县城", "基础设施", "建设"];

    private const string Department = "省住房城乡建设厅";
    private const string DepartmentId = "housing-urban-rural-development";

    private PolicyCatalog catalog = null!;
    private NaiveCatalog naive = null!;
    private Scale.HandIndex hand = null!;
    private Scale.AnswerOnly frequentAnswer = null!;
    private Scale.AnswerOnly filterAnswer = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalog = PolicyCatalog.Default;
        naive = NaiveCatalog.Load(NaiveCatalog.ExportedJson);
        hand = new Scale.HandIndex(catalog);
        _ = catalog.Query().Containing(OneTerm).ToValueList(); // any lazily built search index is built here, not timed
        frequentAnswer = new Scale.AnswerOnly([.. catalog.Query().Containing(FrequentTerm)]);
        filterAnswer = new Scale.AnswerOnly([.. catalog.Query().InDocument(DocumentId.CountyUrbanization2022).Involving(Department).WithTargets()]);
    }

    /// <summary>
    /// The floor of every LINQ form: the answer already found, behind an enumerable that is not a list (as a query
    /// is), then <c>.Select(m => m.Id).ToList()</c>. No search at all: what LINQ itself costs for this answer.
    /// </summary>
    [Benchmark, BenchmarkCategory("Keyword1Frequent")]
    public List<MeasureId> Floor_Linq_FrequentTerm() => frequentAnswer.Select(m => m.Id).ToList();

    /// <inheritdoc cref="Floor_Linq_FrequentTerm"/>
    [Benchmark, BenchmarkCategory("Filter3")]
    public List<MeasureId> Floor_Linq_ThreeConditions() => filterAnswer.Select(m => m.Id).ToList();

    [Benchmark, BenchmarkCategory("Keyword1")]
    public ValueList<Measure> Keyword_OneTerm() => catalog.Query().Containing(OneTerm).ToValueList();

    [Benchmark(Baseline = true), BenchmarkCategory("Keyword1")]
    public List<NaiveMeasure> Naive_Keyword_OneTerm() =>
        naive.Documents.SelectMany(d => d.Measures).Where(m => m.CorrectedText.Contains(OneTerm, StringComparison.Ordinal)).ToList();

    [Benchmark, BenchmarkCategory("Keyword1Frequent")]
    public ValueList<Measure> Keyword_FrequentTerm() => catalog.Query().Containing(FrequentTerm).ToValueList();

    [Benchmark(Baseline = true), BenchmarkCategory("Keyword1Frequent")]
    public List<NaiveMeasure> Naive_Keyword_FrequentTerm() =>
        naive.Documents.SelectMany(d => d.Measures).Where(m => m.CorrectedText.Contains(FrequentTerm, StringComparison.Ordinal)).ToList();

    [Benchmark, BenchmarkCategory("Keyword3")]
    public ValueList<Measure> Keyword_ThreeTerms() => catalog.Query().ContainingAll(ThreeTerms).ToValueList();

    [Benchmark(Baseline = true), BenchmarkCategory("Keyword3")]
    public List<NaiveMeasure> Naive_Keyword_ThreeTerms() =>
        naive.Documents.SelectMany(d => d.Measures)
            .Where(m => ThreeTerms.All(t => m.CorrectedText.Contains(t, StringComparison.Ordinal)))
            .ToList();

    /// <summary>Three conditions: one document, involving a department (by name), with targets.</summary>
    [Benchmark, BenchmarkCategory("Filter3")]
    public ValueList<Measure> Fluent_ThreeConditions() =>
        catalog.Query().InDocument(DocumentId.CountyUrbanization2022).Involving(Department).WithTargets().ToValueList();

    [Benchmark(Baseline = true), BenchmarkCategory("Filter3")]
    public List<NaiveMeasure> Naive_ThreeConditions()
    {
        // The naive user resolves the name by scanning the departments, then filters the measures.
        var id = naive.Departments.First(d => d.Name == Department || d.FullName == Department || d.Aliases.Contains(Department)).Id;
        return naive.Documents.Where(d => d.Id == DocumentIds.CountyUrbanization2022)
            .SelectMany(d => d.Measures)
            .Where(m => m.Responsibility.Departments.Contains(id) && m.Targets.Count > 0)
            .ToList();
    }

    [Benchmark, BenchmarkCategory("Keyword1")]
    public List<Measure> Loop_Keyword_OneTerm() => hand.LoopContaining(OneTerm);

    [Benchmark, BenchmarkCategory("Keyword1")]
    public List<Measure> Dictionary_Keyword_OneTerm() => hand.IndexContaining(OneTerm);

    [Benchmark, BenchmarkCategory("Keyword1")]
    public ValueList<MeasureId> Keyword_OneTerm_Ids() => catalog.Query().Containing(OneTerm).Ids();

    [Benchmark, BenchmarkCategory("Keyword1")]
    public int Keyword_OneTerm_Foreach()
    {
        var n = 0;
        foreach (var measure in catalog.Query().Containing(OneTerm))
        {
            n += measure.Id.Number;
        }

        return n;
    }

    [Benchmark, BenchmarkCategory("Keyword1")]
    public List<MeasureId> Keyword_OneTerm_Linq() => catalog.Query().Containing(OneTerm).Select(m => m.Id).ToList();

    [Benchmark, BenchmarkCategory("Keyword1Frequent")]
    public List<Measure> Loop_Keyword_FrequentTerm() => hand.LoopContaining(FrequentTerm);

    [Benchmark, BenchmarkCategory("Keyword1Frequent")]
    public List<Measure> Dictionary_Keyword_FrequentTerm() => hand.IndexContaining(FrequentTerm);

    [Benchmark, BenchmarkCategory("Keyword1Frequent")]
    public ValueList<MeasureId> Keyword_FrequentTerm_Ids() => catalog.Query().Containing(FrequentTerm).Ids();

    [Benchmark, BenchmarkCategory("Keyword1Frequent")]
    public int Keyword_FrequentTerm_Foreach()
    {
        var n = 0;
        foreach (var measure in catalog.Query().Containing(FrequentTerm))
        {
            n += measure.Id.Number;
        }

        return n;
    }

    [Benchmark, BenchmarkCategory("Keyword1Frequent")]
    public List<MeasureId> Keyword_FrequentTerm_Linq() => catalog.Query().Containing(FrequentTerm).Select(m => m.Id).ToList();

    [Benchmark, BenchmarkCategory("Keyword3")]
    public List<Measure> Loop_Keyword_ThreeTerms() => hand.LoopContaining(ThreeTerms);

    [Benchmark, BenchmarkCategory("Keyword3")]
    public List<Measure> Dictionary_Keyword_ThreeTerms() => hand.IndexContaining(ThreeTerms);

    [Benchmark, BenchmarkCategory("Filter3")]
    public List<Measure> Loop_ThreeConditions() => hand.LoopFilter(DocumentId.CountyUrbanization2022, Department);

    [Benchmark, BenchmarkCategory("Filter3")]
    public List<Measure> Dictionary_ThreeConditions() => hand.IndexFilter(DocumentId.CountyUrbanization2022, Department);

    [Benchmark, BenchmarkCategory("Filter3")]
    public ValueList<MeasureId> Fluent_ThreeConditions_Ids() =>
        catalog.Query().InDocument(DocumentId.CountyUrbanization2022).Involving(Department).WithTargets().Ids();

    [Benchmark, BenchmarkCategory("Filter3")]
    public List<MeasureId> Fluent_ThreeConditions_Linq() =>
        catalog.Query().InDocument(DocumentId.CountyUrbanization2022).Involving(Department).WithTargets().Select(m => m.Id).ToList();

    /// <summary>Checks both sides give the same answers (run by the dry job in CI, so the pairs cannot drift apart).</summary>
    [GlobalCleanup]
    public void Check()
    {
        Same(Keyword_OneTerm(), Naive_Keyword_OneTerm());
        Same(Keyword_FrequentTerm(), Naive_Keyword_FrequentTerm());
        Same(Keyword_ThreeTerms(), Naive_Keyword_ThreeTerms());
        Same(Fluent_ThreeConditions(), Naive_ThreeConditions());
        Scale.ScaleChecks.Same(Keyword_OneTerm(), Loop_Keyword_OneTerm(), Dictionary_Keyword_OneTerm(), Keyword_OneTerm_Ids(), Keyword_OneTerm_Linq());
        Scale.ScaleChecks.Same(Keyword_FrequentTerm(), Loop_Keyword_FrequentTerm(), Dictionary_Keyword_FrequentTerm(), Keyword_FrequentTerm_Ids(), Keyword_FrequentTerm_Linq());
        Scale.ScaleChecks.Same(Keyword_ThreeTerms(), Loop_Keyword_ThreeTerms(), Dictionary_Keyword_ThreeTerms(), null, null);
        Scale.ScaleChecks.Same(Fluent_ThreeConditions(), Loop_ThreeConditions(), Dictionary_ThreeConditions(), Fluent_ThreeConditions_Ids(), Fluent_ThreeConditions_Linq());
        _ = DepartmentId;
        Scale.ScaleChecks.Same(Keyword_FrequentTerm(), Loop_Keyword_FrequentTerm(), Dictionary_Keyword_FrequentTerm(), null, Floor_Linq_FrequentTerm());
        Scale.ScaleChecks.Same(Fluent_ThreeConditions(), Loop_ThreeConditions(), Dictionary_ThreeConditions(), null, Floor_Linq_ThreeConditions());

        static void Same(ValueList<Measure> library, List<NaiveMeasure> naive)
        {
            if (!library.Select(m => m.Id.ToString()).SequenceEqual(naive.Select(m => m.Id)))
            {
                throw new InvalidOperationException($"The library found {library.Count} measure(s), the naive scan {naive.Count}.");
            }
        }
    }
}
