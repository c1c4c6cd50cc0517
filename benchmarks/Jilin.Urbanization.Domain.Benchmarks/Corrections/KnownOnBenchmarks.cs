using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Jilin.Urbanization.Domain.Benchmarks.Scale;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Benchmarks.Corrections;

/// <summary>
/// Issue 22 point 7 (cost of corrections and knowledge days), over issue 16's progress dataset
/// (<see cref="ProgressDataset.ConfiguredRows"/> observations, 1,000,000 unless <c>JILIN_PROGRESS_ROWS</c> says
/// otherwise) and the same figures with 10 % corrected and 1 % withdrawn (<see cref="CorrectionsData"/>):
/// (a) a report of the plain log (the baseline), (b) a report of the corrected log as known on the dataset's middle
/// day, (c) a report of the corrected log as known now, (d) the tracker's changes over the quarter after the middle
/// day. Every report is over everything, as of the dataset's last day; (b2) is the report as it was issued on the
/// middle day (as of and known on it).
/// <para>
/// A log builds its per-key index (and its entry lists, for its last recording day) on first use and keeps them, so
/// each question is asked twice: <b>Warm</b>, of the tracker made in the setup (index built there), and <b>Cold</b>,
/// of a fresh log over the same ledger (<c>tracker.Record(TrackingLog.Empty).Tracker</c>: O(1), nothing
/// re-checked, nothing cached), which pays the index on every invocation as the first question of a new log does.
/// Goals: (b) within 2× the time of (a) and 1.3× its memory; (d) within the time of one report.
/// </para>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class KnownOnBenchmarks
{
    private CorrectionsData data = null!;
    private TrackingScope scope = null!;

    /// <summary>The number of observations of the dataset.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    /// <summary>The sizes: <see cref="ProgressDataset.ConfiguredRows"/>.</summary>
    public static IEnumerable<int> Sizes => ProgressReadBenchmarks.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        data = CorrectionsData.For(Rows);
        Console.WriteLine($"// KnownOnBenchmarks: {data}");
        scope = data.Plain.Scope();

        // Warm: every index and list the questions below use is built here.
        _ = data.Plain.Report(scope, data.AsOf);
        _ = data.Corrected.Report(scope, data.AsOf);
        _ = data.Corrected.Changes(scope, data.AsOf, data.Middle, data.Through);
    }

    /// <summary>(a) The plain log's report as of the last day (index built).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Warm")]
    public ImplementationReport Warm_A_Plain_Report() => data.Plain.Report(scope, data.AsOf);

    /// <summary>(b) The corrected log's report as of the last day, as known on the middle day.</summary>
    [Benchmark]
    [BenchmarkCategory("Warm")]
    public ImplementationReport Warm_B_Corrected_Report_KnownOnMiddle() => data.Corrected.Report(scope, data.AsOf, data.Middle);

    /// <summary>(b2) The corrected log's report as issued on the middle day (as of and known on it).</summary>
    [Benchmark]
    [BenchmarkCategory("Warm")]
    public ImplementationReport Warm_B2_Corrected_Report_AsOfAndKnownOnMiddle() => data.Corrected.Report(scope, data.Middle, data.Middle);

    /// <summary>(c) The corrected log's report as of the last day, as known now.</summary>
    [Benchmark]
    [BenchmarkCategory("Warm")]
    public ImplementationReport Warm_C_Corrected_Report() => data.Corrected.Report(scope, data.AsOf);

    /// <summary>(d) The corrected tracker's changes recorded in the quarter after the middle day, statuses as of the last day.</summary>
    [Benchmark]
    [BenchmarkCategory("Warm")]
    public ChangeReport Warm_D_Corrected_Changes() => data.Corrected.Changes(scope, data.AsOf, data.Middle, data.Through);

    /// <summary>(d), its first part: the log's changes alone (<c>TrackingLog.Changes</c>: every version of every key visited, those recorded in the quarter described and sorted).</summary>
    [Benchmark]
    [BenchmarkCategory("Warm")]
    public int Warm_D0_Corrected_LogChanges() => data.Corrected.Log.Changes(data.Middle, data.Through).Count;

    /// <summary>A floor for (d)'s first part: one pass over the log's entries in the order added, counting those recorded in the quarter.</summary>
    [Benchmark]
    [BenchmarkCategory("Warm")]
    public int Warm_D_Floor_ScanByRecordingDay()
    {
        var n = 0;
        foreach (var entry in data.Corrected.Log.Entries)
        {
            if (entry.RecordedOn > data.Middle && entry.RecordedOn <= data.Through)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>(a) on a fresh log: index and lists built, then the report.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Cold")]
    public ImplementationReport Cold_A_Plain_Report() => Fresh(data.Plain).Report(scope, data.AsOf);

    /// <summary>(b) on a fresh log.</summary>
    [Benchmark]
    [BenchmarkCategory("Cold")]
    public ImplementationReport Cold_B_Corrected_Report_KnownOnMiddle() => Fresh(data.Corrected).Report(scope, data.AsOf, data.Middle);

    /// <summary>(c) on a fresh log.</summary>
    [Benchmark]
    [BenchmarkCategory("Cold")]
    public ImplementationReport Cold_C_Corrected_Report() => Fresh(data.Corrected).Report(scope, data.AsOf);

    /// <summary>(d) on a fresh log.</summary>
    [Benchmark]
    [BenchmarkCategory("Cold")]
    public ChangeReport Cold_D_Corrected_Changes() => Fresh(data.Corrected).Changes(scope, data.AsOf, data.Middle, data.Through);

    // A new log over the same ledger (appending nothing): the same entries, no index or list cached yet.
    private static ImplementationTracker Fresh(ImplementationTracker tracker) => tracker.Record(TrackingLog.Empty).Tracker;
}
