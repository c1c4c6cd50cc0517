using BenchmarkDotNet.Attributes;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using NodaTime;

namespace Jilin.Urbanization.Domain.Benchmarks;

/// <summary>Evaluating every target of the catalog against a full progress report (one observation per target).</summary>
[MemoryDiagnoser]
public class ComplianceBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 12, 31);
    private PolicyCatalog catalog = null!;
    private ProgressReport report = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalog = PolicyCatalog.Default;

        // Each target observed at its own target value, in its own unit, on a day inside every target's period.
        report = new ProgressReport(catalog.Targets.Select(t => new ProgressEntry(t.Id, new Observation(t.Quantity, new LocalDate(2025, 6, 30)))));
    }

    [Benchmark]
    public ComplianceReport EvaluateAllTargets() => report.Evaluate(catalog, AsOf);
}
