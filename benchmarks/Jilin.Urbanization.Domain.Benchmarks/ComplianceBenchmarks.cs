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

        // Each province-wide target observed at its own target value, in its own unit, on a day inside every target's
        // period (a 1.x report holds the province's figures; per-county targets are reported per county).
        report = new ProgressReport(catalog.Targets.Where(t => t.Binding == Jilin.Urbanization.Domain.Targets.TargetBinding.Province).Select(t => new ProgressEntry(t.Id, new Observation(t.Quantity, new LocalDate(2025, 6, 30)))));
    }

    [Benchmark]
    public ComplianceReport EvaluateAllTargets() => report.Evaluate(catalog, AsOf);
}
