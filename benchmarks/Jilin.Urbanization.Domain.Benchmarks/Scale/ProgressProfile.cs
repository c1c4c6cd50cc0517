using System.Diagnostics;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary><c>--profile-progress</c>: a stopwatch breakdown of reading the progress dataset's CSV, stage by stage (the text read into one array as the reader does, its structure pass, a walk over every field; then the whole read from the file, the tracker and a report).</summary>
internal static class ProgressProfile
{
    public static void Run(int rows)
    {
        var catalog = PolicyCatalog.LoadEmbedded();
        var dataset = new ProgressDataset(rows).Write(catalog);
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            ReadOnlyMemory<char> text;
            using (var file = File.OpenText(dataset.ObservationsCsv))
            {
                text = CsvRecords.ReadAll(file);
            }

            var read = clock.Elapsed;
            var csv = CsvRecords.Read(text, "observations");
            var structure = clock.Elapsed;
            var cursor = csv.Open();
            long chars = 0;
            while (cursor.Next())
            {
                for (var i = 0; i < cursor.FieldCount; i++)
                {
                    chars += cursor.Span(i).Length;
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
                $"read text {read.TotalMilliseconds:F0} ms; structure pass {(structure - read).TotalMilliseconds:F0} ms; field walk {(walk - structure).TotalMilliseconds:F0} ms ({chars:N0} chars); " +
                $"whole ReadObservationsCsv from the file {all.TotalMilliseconds:F0} ms (gen0/1/2 collections {collections}); tracker {build.TotalMilliseconds:F0} ms; fresh tracker + report {report.TotalMilliseconds:F0} ms");
        }
    }
}
