using BenchmarkDotNet.Attributes;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary>
/// Building a catalog 1, 10 and 100 times the real one (<see cref="ScaleData"/>) through the public constructor
/// (its look-up indexes included), and the indexes built on first use: the keyword index (first search) and the
/// place index (first place question). The documents are made once, outside the timed region.
/// </summary>
[MemoryDiagnoser]
public class ScaleBuildBenchmarks
{
    private List<PolicyDocument> documents = null!;
    private DepartmentRegistry departments = null!;

    [Params(1, 10, 100)]
    public int Factor { get; set; }

    [GlobalSetup]
    public void Setup() => (documents, departments) = ScaleData.Parts(Factor);

    /// <summary>The catalog's constructor: checks, the measure list, the department and document indexes.</summary>
    [Benchmark(Baseline = true)]
    public PolicyCatalog Build_Catalog() => new(documents, departments);

    /// <summary>The constructor and the keyword index (what the first keyword search pays).</summary>
    [Benchmark]
    public int Build_Catalog_And_KeywordIndex() => new PolicyCatalog(documents, departments).Query().Containing("污水").Count();

    /// <summary>The constructor and the place index (what the first place question pays).</summary>
    [Benchmark]
    public int Build_Catalog_And_PlaceIndex() => new PolicyCatalog(documents, departments).PlaceMentions.Count;
}
