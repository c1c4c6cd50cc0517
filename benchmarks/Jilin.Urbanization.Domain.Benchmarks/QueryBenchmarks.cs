using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Benchmarks;

/// <summary>
/// Keyword search over all 146 measures and the fluent filter with three conditions, against LINQ scans over the
/// naive classes. Both sides search the corrected text, ordinal, and return a list of the matching measures.
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

    [GlobalSetup]
    public void Setup()
    {
        catalog = PolicyCatalog.Default;
        naive = NaiveCatalog.Load(NaiveCatalog.ExportedJson);
        _ = catalog.Query().Containing(OneTerm).ToValueList(); // any lazily built search index is built here, not timed
    }

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
        catalog.Query().InDocument(DocumentIds.CountyUrbanization2022).Involving(Department).WithTargets().ToValueList();

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

    /// <summary>Checks both sides give the same answers (run by the dry job in CI, so the pairs cannot drift apart).</summary>
    [GlobalCleanup]
    public void Check()
    {
        Same(Keyword_OneTerm(), Naive_Keyword_OneTerm());
        Same(Keyword_FrequentTerm(), Naive_Keyword_FrequentTerm());
        Same(Keyword_ThreeTerms(), Naive_Keyword_ThreeTerms());
        Same(Fluent_ThreeConditions(), Naive_ThreeConditions());
        _ = DepartmentId;

        static void Same(ValueList<Measure> library, List<NaiveMeasure> naive)
        {
            if (!library.Select(m => m.Id.ToString()).SequenceEqual(naive.Select(m => m.Id)))
            {
                throw new InvalidOperationException($"The library found {library.Count} measure(s), the naive scan {naive.Count}.");
            }
        }
    }
}
