using BenchmarkDotNet.Attributes;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Benchmarks.Scale;
using Jilin.Urbanization.Domain.Tracking;
using nietras.SeparatedValues;

namespace Jilin.Urbanization.Domain.Benchmarks.Intake;

/// <summary>
/// Issue 24's cost: the intake pipeline (every rule, every problem collected with its location) on the progress
/// dataset's observations CSV (<see cref="ProgressDataset"/>: 1,000,000 rows, 82 MB; and 10,000 rows, a quarter)
/// against the reader a user writes on Sep with the same checks (<see cref="SepCheckedReader"/>, the baseline), today's
/// <see cref="TrackingLogReader"/>, and Sep's raw parse. Goal: within 1.1× the time and 1.2× the memory of the baseline.
/// </summary>
[MemoryDiagnoser]
public class IntakeReadBenchmarks
{
    private PolicyCatalog catalog = null!;
    private ProgressDataset dataset = null!;

    /// <summary>The number of observations: a quarter (10,000) and the dataset's configured size (1,000,000 unless <c>JILIN_PROGRESS_ROWS</c> says otherwise, as the CI's dry run does).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    /// <summary>The sizes measured.</summary>
    public static IEnumerable<int> Sizes => new[] { 10_000, ProgressDataset.ConfiguredRows }.Distinct();

    [GlobalSetup]
    public void Setup()
    {
        catalog = PolicyCatalog.LoadEmbedded();
        dataset = new ProgressDataset(Rows).Write(catalog);
        var intake = IntakeReader.Read(catalog, dataset.ObservationsCsv, IntakeOptions.Default);
        var sep = SepCheckedReader.Read(catalog, dataset.ObservationsCsv);
        if (!intake.IsValid || intake.Log.Count != sep.Count)
        {
            throw new InvalidOperationException($"The readers disagree: intake {intake.Log.Count} entries ({intake.Report}), Sep {sep.Count}.");
        }
    }

    /// <summary>The baseline: a user's reader on Sep with the same checks.</summary>
    [Benchmark(Baseline = true)]
    public TrackingLog Sep_WithTheSameChecks() => SepCheckedReader.Read(catalog, dataset.ObservationsCsv);

    /// <summary>The intake pipeline: format and encoding detection, header table, normaliser, validator, report.</summary>
    [Benchmark]
    public IntakeResult Intake_Read() => IntakeReader.Read(catalog, dataset.ObservationsCsv, IntakeOptions.Default);

    /// <summary>Today's reader (<see cref="TrackingLogReader.ReadObservationsCsv(PolicyCatalog, TextReader)"/>).</summary>
    [Benchmark]
    public TrackingLog TrackingLogReader_ReadObservationsCsv()
    {
        using var reader = File.OpenText(dataset.ObservationsCsv);
        return TrackingLogReader.ReadObservationsCsv(catalog, reader);
    }

    /// <summary>Sep's raw parse: every cell's span, nothing made.</summary>
    [Benchmark]
    public long Sep_RawParse()
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(dataset.ObservationsCsv);
        long length = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                length += row[i].Span.Length;
            }
        }

        return length;
    }
}
