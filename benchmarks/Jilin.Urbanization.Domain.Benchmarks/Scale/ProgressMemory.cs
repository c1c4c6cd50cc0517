using System.Diagnostics;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary>
/// <c>--progress-memory csv|json [rows]</c>: reads the progress dataset once in this process and prints the parsed
/// data's retained size (<see cref="GC.GetTotalMemory(bool)"/> after a full collection, held), the bytes allocated
/// while reading, the growth of the peak working set during the read, and their ratios: the goal is peak ≤ 3× the
/// parsed data. Run it in a fresh process per format (the dataset's files are written first if absent, by a run of
/// this mode or of the benchmarks, so generation does not count in the peak when they already exist).
/// </summary>
internal static class ProgressMemory
{
    public static void Run(string format, int rows)
    {
        var catalog = PolicyCatalog.LoadEmbedded();
        var dataset = new ProgressDataset(rows).Write(catalog);
        var file = format == "json" ? dataset.Json : dataset.ObservationsCsv;
        var size = new FileInfo(file).Length;
        using var process = Process.GetCurrentProcess();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var workingBefore = process.WorkingSet64;
        var peakBefore = process.PeakWorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        TrackingLog log;
        if (format == "json")
        {
            using var stream = File.OpenRead(file);
            log = TrackingLogReader.ReadJson(catalog, stream);
        }
        else
        {
            using var reader = File.OpenText(file);
            log = TrackingLogReader.ReadObservationsCsv(catalog, reader);
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        var growth = peak - Math.Max(workingBefore, 0);
        Console.WriteLine(dataset.Describe(catalog));
        Console.WriteLine("format | file | read once | MB/s | parsed data (retained) | allocated | allocated ÷ parsed | peak working set growth | peak ÷ parsed");
        Console.WriteLine("---|---:|---:|---:|---:|---:|---:|---:|---:");
        Console.WriteLine(
            $"{format} | {MB(size)} | {clock.Elapsed.TotalMilliseconds:F0} ms | {size / 1e6 / clock.Elapsed.TotalSeconds:F1} | {MB(retained)} | {MB(allocated)} | {(double)allocated / retained:F2}× | {MB(growth)} (peak before {MB(peakBefore)}) | {(double)growth / retained:F2}×");
        GC.KeepAlive(log);
    }

    private static string MB(double bytes) => $"{bytes / (1 << 20):F1} MB";
}
