using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Benchmarks;

/// <summary>
/// Id, name and lead look-ups: index hits in the library against LINQ scans over the naive classes, and (for the
/// measure look-ups) against the strongest hand-written baselines over the library's own measures: a dictionary
/// built once and a plain <c>for</c> loop (<see cref="Scale.HandIndex"/>).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    private static readonly MeasureId Id = MeasureId.Parse("jilin-2022-county-urbanization/68");
    private static readonly DepartmentId Housing = DepartmentId.Parse("housing-urban-rural-development");
    private PolicyCatalog catalog = null!;
    private NaiveCatalog naive = null!;
    private Scale.HandIndex hand = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalog = PolicyCatalog.Default;
        naive = NaiveCatalog.Load(NaiveCatalog.ExportedJson);
        hand = new Scale.HandIndex(catalog);
    }

    [Benchmark, BenchmarkCategory("MeasureById")]
    public Measure Dictionary_MeasureById() => hand.ById[Id];

    [Benchmark, BenchmarkCategory("MeasureById")]
    public Measure Loop_MeasureById() => hand.LoopById(Id);

    [Benchmark, BenchmarkCategory("LedBy")]
    public List<Measure> Dictionary_MeasuresLedBy() => hand.LedBy["housing-urban-rural-development"];

    [Benchmark, BenchmarkCategory("LedBy")]
    public List<Measure> Dictionary_MeasuresLedBy_TypedId() => hand.LedById[Housing];

    [Benchmark, BenchmarkCategory("Involving")]
    public List<Measure> Dictionary_MeasuresInvolving_TypedId() => hand.InvolvingById[Housing];

    [Benchmark, BenchmarkCategory("LedBy")]
    public List<Measure> Loop_MeasuresLedBy() => hand.LoopDepartment("housing-urban-rural-development", leadOnly: true);

    [Benchmark, BenchmarkCategory("Involving")]
    public List<Measure> Dictionary_MeasuresInvolving() => hand.Involving["housing-urban-rural-development"];

    [Benchmark, BenchmarkCategory("Involving")]
    public List<Measure> Loop_MeasuresInvolving() => hand.LoopDepartment("housing-urban-rural-development", leadOnly: false);

    [Benchmark, BenchmarkCategory("MeasureById")]
    public Measure MeasureById() => catalog.GetMeasure(Id);

    [Benchmark(Baseline = true), BenchmarkCategory("MeasureById")]
    public NaiveMeasure Naive_MeasureById() =>
        naive.Documents.SelectMany(d => d.Measures).First(m => m.Id == "jilin-2022-county-urbanization/68");

    [Benchmark, BenchmarkCategory("ResolveCanonical")]
    public Department Resolve_Canonical() => catalog.Departments.Resolve("省住房和城乡建设厅");

    [Benchmark(Baseline = true), BenchmarkCategory("ResolveCanonical")]
    public NaiveDepartment Naive_Resolve_Canonical() => naive.Departments.First(d => d.Name == "省住房和城乡建设厅");

    [Benchmark, BenchmarkCategory("ResolveAlias")]
    public Department Resolve_Alias() => catalog.Departments.Resolve("省住房城乡建设厅");

    [Benchmark(Baseline = true), BenchmarkCategory("ResolveAlias")]
    public NaiveDepartment Naive_Resolve_Alias() =>
        naive.Departments.First(d => d.Name == "省住房城乡建设厅" || d.FullName == "省住房城乡建设厅" || d.Aliases.Contains("省住房城乡建设厅"));

    [Benchmark, BenchmarkCategory("ResolveFullName")]
    public Department Resolve_FullName() => catalog.Departments.Resolve("吉林省住房城乡建设厅");

    [Benchmark(Baseline = true), BenchmarkCategory("ResolveFullName")]
    public NaiveDepartment Naive_Resolve_FullName()
    {
        var name = "吉林省住房城乡建设厅";
        var shortName = "省" + name["吉林省".Length..];
        return naive.Departments.First(d => d.FullName == name || d.Name == shortName || d.Aliases.Contains(shortName));
    }

    [Benchmark, BenchmarkCategory("ResolveUnknown")]
    public bool Resolve_Unknown() => catalog.Departments.TryResolve("省未知厅", out _);

    [Benchmark(Baseline = true), BenchmarkCategory("ResolveUnknown")]
    public bool Naive_Resolve_Unknown() => naive.Departments.Any(d => d.Name == "省未知厅" || d.FullName == "省未知厅" || d.Aliases.Contains("省未知厅"));

    [Benchmark, BenchmarkCategory("LedBy")]
    public IReadOnlyList<Measure> MeasuresLedBy() => catalog.MeasuresLedBy("housing-urban-rural-development");

    [Benchmark(Baseline = true), BenchmarkCategory("LedBy")]
    public List<NaiveMeasure> Naive_MeasuresLedBy() =>
        naive.Documents.SelectMany(d => d.Measures).Where(m => m.Responsibility.Lead == "housing-urban-rural-development").ToList();

    [Benchmark, BenchmarkCategory("Involving")]
    public IReadOnlyList<Measure> MeasuresInvolving() => catalog.MeasuresInvolving("housing-urban-rural-development");

    [Benchmark, BenchmarkCategory("LedBy")]
    public IReadOnlyList<Measure> MeasuresLedBy_TypedId() => catalog.MeasuresLedBy(Housing);

    [Benchmark, BenchmarkCategory("Involving")]
    public IReadOnlyList<Measure> MeasuresInvolving_TypedId() => catalog.MeasuresInvolving(Housing);

    [Benchmark(Baseline = true), BenchmarkCategory("Involving")]
    public List<NaiveMeasure> Naive_MeasuresInvolving() =>
        naive.Documents.SelectMany(d => d.Measures).Where(m => m.Responsibility.Departments.Contains("housing-urban-rural-development")).ToList();
}
