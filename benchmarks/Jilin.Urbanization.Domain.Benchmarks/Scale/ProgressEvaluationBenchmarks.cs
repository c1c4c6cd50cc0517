using BenchmarkDotNet.Attributes;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary>
/// Building an <see cref="ImplementationTracker"/> over issue 16's progress dataset (it checks every entry) and
/// evaluating it into the report with its per-department and per-county sections and the three progress tables,
/// as of the dataset's last day. The floor is a hand-written evaluation: one dictionary pass for the latest figure
/// per target and subject and the latest status per measure and reporter, then every target evaluated per subject.
/// The goal: evaluation into reports ≤ 1 s.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ProgressEvaluationBenchmarks
{
    private PolicyCatalog catalog = null!;
    private TrackingLog log = null!;
    private ImplementationTracker tracker = null!;
    private LocalDate asOf;

    /// <summary>The number of observations.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    /// <summary>The sizes: <see cref="ProgressDataset.ConfiguredRows"/>.</summary>
    public static IEnumerable<int> Sizes => ProgressReadBenchmarks.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        catalog = PolicyCatalog.LoadEmbedded();
        var dataset = new ProgressDataset(Rows);
        log = (TrackingLog)dataset.Build(catalog);
        asOf = dataset.LastDay;
        tracker = new ImplementationTracker(catalog, log);
        _ = tracker.Report(asOf);
    }

    /// <summary>Floor of the check: each entry's target or measure looked up and its key added to a set (what "one figure per target, subject and day" needs at least).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Build")]
    public int Build_Floor_LookupAndDuplicateSet()
    {
        var seen = new HashSet<(Jilin.Urbanization.Domain.Targets.TargetId, Subject, LocalDate)>(log.Observations.Count);
        foreach (var o in log.Observations)
        {
            if (catalog.TryGetTarget(o.TargetId, out _))
            {
                seen.Add((o.TargetId, o.Subject, o.Observation.ObservedOn));
            }
        }

        var reported = new HashSet<(MeasureId, Subject, LocalDate)>(log.StatusUpdates.Count);
        foreach (var u in log.StatusUpdates)
        {
            if (catalog.TryGetMeasure(u.Measure, out _))
            {
                reported.Add((u.Measure, u.Reporter, u.ReportedOn));
            }
        }

        return seen.Count + reported.Count;
    }

    /// <summary>The tracker's constructor: every entry checked against the catalog and the rules.</summary>
    [Benchmark]
    [BenchmarkCategory("Build")]
    public ImplementationTracker Build_Tracker() => new(catalog, log);

    /// <summary>Floor of the evaluation: latest per key by a dictionary pass, every target evaluated per subject, statuses tallied per reporter.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Evaluate")]
    public int Evaluate_Floor_HandWritten()
    {
        var latest = new Dictionary<(Jilin.Urbanization.Domain.Targets.TargetId, Subject), ProgressObservation>();
        foreach (var o in log.Observations)
        {
            var day = o.Observation.ObservedOn;
            if (day <= asOf && (!latest.TryGetValue((o.TargetId, o.Subject), out var seen) || seen.Observation.ObservedOn <= day))
            {
                latest[(o.TargetId, o.Subject)] = o;
            }
        }

        var status = new Dictionary<(MeasureId, Subject), StatusUpdate>();
        foreach (var u in log.StatusUpdates)
        {
            if (u.ReportedOn <= asOf && (!status.TryGetValue((u.Measure, u.Reporter), out var seen) || seen.ReportedOn <= u.ReportedOn))
            {
                status[(u.Measure, u.Reporter)] = u;
            }
        }

        var met = 0;
        foreach (var ((targetId, _), o) in latest)
        {
            if (catalog.GetTarget(targetId).Evaluate(o.Observation, asOf).Status is ComplianceStatus.Met or ComplianceStatus.MetLate)
            {
                met++;
            }
        }

        return met + status.Count;
    }

    /// <summary>A fresh tracker's first report (its log indexed on the way) over everything, with the three progress tables.</summary>
    [Benchmark]
    [BenchmarkCategory("Evaluate")]
    public int Evaluate_Report_FreshLog()
    {
        var fresh = new ImplementationTracker(catalog, new TrackingLog(log.Observations, log.StatusUpdates));
        return Tables(fresh.Report(fresh.Scope(), asOf));
    }

    /// <summary>A report of an indexed tracker over everything, with the three progress tables.</summary>
    [Benchmark]
    [BenchmarkCategory("Evaluate")]
    public int Evaluate_Report_Indexed() => Tables(tracker.Report(tracker.Scope(), asOf));

    /// <summary>The report narrowed to one county (梅河口) and to one department (省住房和城乡建设厅), with their tables.</summary>
    [Benchmark]
    [BenchmarkCategory("Evaluate")]
    public int Evaluate_Report_OneCountyAndOneDepartment() =>
        Tables(tracker.Report(tracker.Scope().ForSubject("梅河口"), asOf)) + Tables(tracker.Report(tracker.Scope().Involving("省住房和城乡建设厅"), asOf));

    private static int Tables(ImplementationReport report) =>
        TargetProgressTable.From(report).Rows.Count + DepartmentProgressTable.From(report).Rows.Count + CountyProgressTable.From(report).Rows.Count;
}
