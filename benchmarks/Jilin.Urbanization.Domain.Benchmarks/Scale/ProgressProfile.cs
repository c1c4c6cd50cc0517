using System.Diagnostics;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary><c>--profile-progress</c>: a stopwatch breakdown of reading the progress dataset's CSV, stage by stage (each stage includes the ones before it).</summary>
internal static class ProgressProfile
{
    public static void Run(int rows)
    {
        var catalog = PolicyCatalog.LoadEmbedded();
        var dataset = new ProgressDataset(rows).Write(catalog);
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            var text = File.ReadAllText(dataset.ObservationsCsv);
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
            using (var reader = new StringReader(text))
            {
                _ = TrackingLogReader.ReadObservationsCsv(catalog, reader);
            }

            var all = clock.Elapsed - walk;
            var log = TrackingLogReader.ReadObservationsCsv(catalog, new StringReader(text));
            clock.Restart();
            _ = new ImplementationTracker(catalog, log);
            var build = clock.Elapsed;
            clock.Restart();
            _ = new ImplementationTracker(catalog, new TrackingLog(log.Observations, log.StatusUpdates)).Report(dataset.LastDay);
            var report = clock.Elapsed;
            Console.WriteLine(
                $"read text {read.TotalMilliseconds:F0} ms; structure pass {(structure - read).TotalMilliseconds:F0} ms; field walk {(walk - structure).TotalMilliseconds:F0} ms ({chars:N0} chars); " +
                $"whole ReadObservationsCsv from the string {all.TotalMilliseconds:F0} ms; tracker {build.TotalMilliseconds:F0} ms; fresh tracker + report {report.TotalMilliseconds:F0} ms");
        }
    }
}
