using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary>
/// Reading issue 16's progress dataset (<see cref="ProgressDataset"/>, 1,000,000 observations; set
/// <c>JILIN_PROGRESS_ROWS</c> for a smaller one) from its files, against the least work a reader can do: the floor
/// reads the bytes, decodes UTF-8 and splits lines and fields (CSV) or walks every token (JSON), creating nothing.
/// MB/s = file size ÷ mean; the goal is ≥ 100 MB/s for the CSV with peak memory ≤ 3× the parsed data
/// (<c>--progress-memory</c> measures that).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ProgressReadBenchmarks
{
    private PolicyCatalog catalog = null!;
    private ProgressDataset dataset = null!;

    /// <summary>The number of observations.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    /// <summary>The sizes: <see cref="ProgressDataset.ConfiguredRows"/>.</summary>
    public static IEnumerable<int> Sizes => [ProgressDataset.ConfiguredRows];

    [GlobalSetup]
    public void Setup()
    {
        catalog = PolicyCatalog.LoadEmbedded();
        dataset = new ProgressDataset(Rows).Write(catalog);
        Console.WriteLine($"// {dataset.Describe(catalog)}");
    }

    /// <summary>Floor of the CSV: bytes, UTF-8 decoding, a scan for line ends and separators.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Csv")]
    public int Csv_Floor_ReadDecodeSplit()
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(dataset.ObservationsCsv)).AsSpan();
        var fields = 0;
        foreach (var line in text.EnumerateLines())
        {
            fields += line.Count(',') + 1;
        }

        return fields;
    }

    /// <summary><see cref="TrackingLogReader.ReadObservationsCsv(PolicyCatalog, TextReader)"/>: parse, resolve, check every row.</summary>
    [Benchmark]
    [BenchmarkCategory("Csv")]
    public TrackingLog Csv_ReadObservationsCsv()
    {
        using var reader = File.OpenText(dataset.ObservationsCsv);
        return TrackingLogReader.ReadObservationsCsv(catalog, reader);
    }

    /// <summary>Floor of the JSON: bytes and a <see cref="Utf8JsonReader"/> over every token.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Json")]
    public int Json_Floor_ReadTokens()
    {
        var reader = new Utf8JsonReader(File.ReadAllBytes(dataset.Json));
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary><see cref="TrackingLogReader.ReadJson(PolicyCatalog, Stream)"/>: observations and status updates.</summary>
    [Benchmark]
    [BenchmarkCategory("Json")]
    public TrackingLog Json_ReadJson()
    {
        using var stream = File.OpenRead(dataset.Json);
        return TrackingLogReader.ReadJson(catalog, stream);
    }
}
