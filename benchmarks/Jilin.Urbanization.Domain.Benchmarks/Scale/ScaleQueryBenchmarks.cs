using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Queries;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary>
/// Every query kind on the catalog 1 and 100 times the real one (<see cref="ScaleData"/>): the library's look-ups
/// and queries (also through <c>Ids()</c>, <c>foreach</c> and LINQ) against a plain <c>for</c> loop and hand-built
/// dictionaries (<see cref="HandIndex"/>), and <c>RelatedTo</c>. The terms and departments are copy 0's (the real
/// data's); every other copy has its own vocabulary and departments, so a query's answer is the same at every
/// factor while the catalog it searches grows. Lazily built indexes are built in the setup, not timed.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams, BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ScaleQueryBenchmarks
{
    private const string OneTerm = "污水";
    private const string FrequentTerm = "建设";
    private const string Department = "省住房城乡建设厅";
    private const string DepartmentId = "housing-urban-rural-development";
    private static readonly string[] ThreeTerms = ["县城", "基础设施", "建设"];
    private static readonly MeasureId Id = MeasureId.Parse("jilin-2022-county-urbanization/68");

    private PolicyCatalog catalog = null!;
    private HandIndex hand = null!;

    [Params(1, 100)]
    public int Factor { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        catalog = ScaleData.Catalog(Factor);
        hand = new HandIndex(catalog);
        _ = catalog.Query().Containing(OneTerm).Count(); // the keyword index
        _ = catalog.PlaceMentions; // the place index
    }

    // Look-ups.
    [Benchmark, BenchmarkCategory("ById")]
    public Measure MeasureById() => catalog.GetMeasure(Id);

    [Benchmark(Baseline = true), BenchmarkCategory("ById")]
    public Measure Loop_MeasureById() => hand.LoopById(Id);

    [Benchmark, BenchmarkCategory("ById")]
    public Measure Dictionary_MeasureById() => hand.ById[Id];

    [Benchmark, BenchmarkCategory("LedBy")]
    public IReadOnlyList<Measure> LedBy() => catalog.MeasuresLedBy(DepartmentId);

    [Benchmark(Baseline = true), BenchmarkCategory("LedBy")]
    public List<Measure> Loop_LedBy() => hand.LoopDepartment(DepartmentId, leadOnly: true);

    [Benchmark, BenchmarkCategory("LedBy")]
    public List<Measure> Dictionary_LedBy() => hand.LedBy[DepartmentId];

    [Benchmark, BenchmarkCategory("Involving")]
    public IReadOnlyList<Measure> Involving() => catalog.MeasuresInvolving(DepartmentId);

    [Benchmark(Baseline = true), BenchmarkCategory("Involving")]
    public List<Measure> Loop_Involving() => hand.LoopDepartment(DepartmentId, leadOnly: false);

    [Benchmark, BenchmarkCategory("Involving")]
    public List<Measure> Dictionary_Involving() => hand.Involving[DepartmentId];

    // Keyword, one term.
    [Benchmark, BenchmarkCategory("Keyword1")]
    public ValueList<Measure> Keyword1() => catalog.Query().Containing(OneTerm).ToValueList();

    [Benchmark, BenchmarkCategory("Keyword1")]
    public ValueList<MeasureId> Keyword1_Ids() => catalog.Query().Containing(OneTerm).Ids();

    [Benchmark(Baseline = true), BenchmarkCategory("Keyword1")]
    public List<Measure> Loop_Keyword1() => hand.LoopContaining(OneTerm);

    [Benchmark, BenchmarkCategory("Keyword1")]
    public List<Measure> Dictionary_Keyword1() => hand.IndexContaining(OneTerm);

    // Keyword, the most frequent term.
    [Benchmark, BenchmarkCategory("KeywordFrequent")]
    public ValueList<Measure> KeywordFrequent() => catalog.Query().Containing(FrequentTerm).ToValueList();

    [Benchmark, BenchmarkCategory("KeywordFrequent")]
    public ValueList<MeasureId> KeywordFrequent_Ids() => catalog.Query().Containing(FrequentTerm).Ids();

    [Benchmark, BenchmarkCategory("KeywordFrequent")]
    public int KeywordFrequent_Foreach()
    {
        var n = 0;
        foreach (var measure in catalog.Query().Containing(FrequentTerm))
        {
            n += measure.Id.Number;
        }

        return n;
    }

    [Benchmark, BenchmarkCategory("KeywordFrequent")]
    public List<MeasureId> KeywordFrequent_Linq() => catalog.Query().Containing(FrequentTerm).Select(m => m.Id).ToList();

    [Benchmark(Baseline = true), BenchmarkCategory("KeywordFrequent")]
    public List<Measure> Loop_KeywordFrequent() => hand.LoopContaining(FrequentTerm);

    [Benchmark, BenchmarkCategory("KeywordFrequent")]
    public List<Measure> Dictionary_KeywordFrequent() => hand.IndexContaining(FrequentTerm);

    // Keyword, three terms all required.
    [Benchmark, BenchmarkCategory("Keyword3")]
    public ValueList<Measure> Keyword3() => catalog.Query().ContainingAll(ThreeTerms).ToValueList();

    [Benchmark(Baseline = true), BenchmarkCategory("Keyword3")]
    public List<Measure> Loop_Keyword3() => hand.LoopContaining(ThreeTerms);

    [Benchmark, BenchmarkCategory("Keyword3")]
    public List<Measure> Dictionary_Keyword3() => hand.IndexContaining(ThreeTerms);

    // The fluent filter with three conditions.
    [Benchmark, BenchmarkCategory("Filter3")]
    public ValueList<Measure> Filter3() => Filter3Query().ToValueList();

    [Benchmark, BenchmarkCategory("Filter3")]
    public ValueList<MeasureId> Filter3_Ids() => Filter3Query().Ids();

    [Benchmark, BenchmarkCategory("Filter3")]
    public int Filter3_Foreach()
    {
        var n = 0;
        foreach (var measure in Filter3Query())
        {
            n += measure.Id.Number;
        }

        return n;
    }

    [Benchmark, BenchmarkCategory("Filter3")]
    public List<MeasureId> Filter3_Linq() => Filter3Query().Select(m => m.Id).ToList();

    [Benchmark(Baseline = true), BenchmarkCategory("Filter3")]
    public List<Measure> Loop_Filter3() => hand.LoopFilter(DocumentId.CountyUrbanization2022, Department);

    [Benchmark, BenchmarkCategory("Filter3")]
    public List<Measure> Dictionary_Filter3() => hand.IndexFilter(DocumentId.CountyUrbanization2022, Department);

    // Related measures.
    [Benchmark, BenchmarkCategory("Related")]
    public ValueList<RelatedMeasure> RelatedTo() => catalog.RelatedTo(Id);

    private MeasureQuery Filter3Query() =>
        catalog.Query().InDocument(DocumentId.CountyUrbanization2022).Involving(Department).WithTargets();

    /// <summary>Checks every side found the same measures (run by the dry job in CI).</summary>
    [GlobalCleanup]
    public void Check()
    {
        ScaleChecks.Same(Keyword1(), Loop_Keyword1(), Dictionary_Keyword1(), Keyword1_Ids(), null);
        ScaleChecks.Same(KeywordFrequent(), Loop_KeywordFrequent(), Dictionary_KeywordFrequent(), KeywordFrequent_Ids(), KeywordFrequent_Linq());
        ScaleChecks.Same(Keyword3(), Loop_Keyword3(), Dictionary_Keyword3(), null, null);
        ScaleChecks.Same(Filter3(), Loop_Filter3(), Dictionary_Filter3(), Filter3_Ids(), Filter3_Linq());
        ScaleChecks.Same(LedBy().ToValueList(), Loop_LedBy(), Dictionary_LedBy(), null, null);
        ScaleChecks.Same(Involving().ToValueList(), Loop_Involving(), Dictionary_Involving(), null, null);
        if (MeasureById() != Loop_MeasureById() || MeasureById() != Dictionary_MeasureById())
        {
            throw new InvalidOperationException("The measure by id differs.");
        }
    }
}
