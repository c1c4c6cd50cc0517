using BenchmarkDotNet.Attributes;
using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Benchmarks;

/// <summary>Writing the whole catalog as JSON, and the measures as CSV.</summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private readonly MemoryStream stream = new(1 << 20);

    [Benchmark]
    public long WriteCatalogJson()
    {
        stream.Position = 0;
        PolicyCatalog.Default.WriteJson(stream);
        return stream.Position;
    }

    [Benchmark]
    public long WriteMeasuresCsv()
    {
        stream.Position = 0;
        PolicyCatalog.Default.ExportMeasures().WriteCsv(stream);
        return stream.Position;
    }
}
