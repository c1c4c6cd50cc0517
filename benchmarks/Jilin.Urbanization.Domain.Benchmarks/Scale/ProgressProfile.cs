using System.Diagnostics;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary><c>--profile-progress</c>: a stopwatch breakdown of reading the progress dataset's CSV, stage by stage (the intake source's walk over every cell; then the whole read from the file, the tracker and a report).</summary>
internal static class ProgressProfile
{
    public static void Run(int rows)
    {
        var catalog = PolicyCatalog.LoadEmbedded();
        var dataset = new ProgressDataset(rows).Write(catalog);
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            long chars = 0;
            using (var source = new DelimitedSource(File.OpenText(dataset.ObservationsCsv), "observations.csv", separator: ','))
            {
                var table = source.NextTable()!;
                while (table.ReadRow())
                {
                    for (var i = 0; i < table.CellCount; i++)
                    {
                        chars += table.Cell(i).Length;
                    }
                }
            }

            var walk = clock.Elapsed;
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            clock.Restart();
            TrackingLog log;
            using (var reader = File.OpenText(dataset.ObservationsCsv))
            {
                log = TrackingLogReader.ReadObservationsCsv(catalog, reader);
            }

            var all = clock.Elapsed;
            var collections = $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
            clock.Restart();
            _ = new ImplementationTracker(catalog, log);
            var build = clock.Elapsed;
            clock.Restart();
            _ = new ImplementationTracker(catalog, new TrackingLog(log.Observations, log.StatusUpdates)).Report(dataset.LastDay);
            var report = clock.Elapsed;
            Console.WriteLine(
                $"intake source's cell walk {walk.TotalMilliseconds:F0} ms ({chars:N0} chars); " +
                $"whole ReadObservationsCsv from the file {all.TotalMilliseconds:F0} ms (gen0/1/2 collections {collections}); tracker {build.TotalMilliseconds:F0} ms; fresh tracker + report {report.TotalMilliseconds:F0} ms");
        }
    }
}
