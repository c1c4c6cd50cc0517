using BenchmarkDotNet.Attributes;
using Jilin.Urbanization.Domain.Benchmarks.Scale;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Benchmarks.Corrections;

/// <summary>
/// Issue 22 point 7: recording figures one at a time (<c>tracker = tracker.Record(observation)</c>), starting from a
/// tracker over an empty log, at N = 1,000, 10,000 and 100,000 (the first N observations of issue 16's progress
/// dataset at 100,000 rows, each checked against the catalog by the tracker's rules). Amortised O(1) an entry means
/// the total grows linearly in N: divide the mean by N. The baseline is the true floor: the same observations
/// appended to a <see cref="List{T}"/>.
/// </summary>
[MemoryDiagnoser]
public class RecordingBenchmarks
{
    private const int Source = 100_000;

    private PolicyCatalog catalog = null!;
    private ProgressObservation[] observations = null!;

    /// <summary>How many observations are recorded.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        catalog = PolicyCatalog.LoadEmbedded();
        var log = (TrackingLog)new ProgressDataset(Source).Build(catalog);
        observations = [.. log.Observations.Take(N)];
        if (observations.Length != N)
        {
            throw new InvalidOperationException($"The dataset has {observations.Length} observations, not {N}.");
        }
    }

    /// <summary>The floor: each observation appended to a list.</summary>
    [Benchmark(Baseline = true)]
    public List<ProgressObservation> Floor_ListAdd()
    {
        var list = new List<ProgressObservation>();
        foreach (var o in observations)
        {
            list.Add(o);
        }

        return list;
    }

    /// <summary>Each observation recorded into the tracker made by the previous one.</summary>
    [Benchmark]
    public ImplementationTracker Record_OneAtATime()
    {
        var tracker = new ImplementationTracker(catalog, TrackingLog.Empty);
        foreach (var o in observations)
        {
            tracker = tracker.Record(o);
        }

        return tracker;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var tracker = Record_OneAtATime();
        if (tracker.Log.Count != N)
        {
            throw new InvalidOperationException($"The tracker holds {tracker.Log.Count} entries after recording {N}.");
        }
    }
}
