using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tool.Tests;

/// <summary>The library's own answers, which the tool's output is compared with (never hard-coded figures).</summary>
public static class Library
{
    public static PolicyCatalog Catalog => PolicyCatalog.Default;

    /// <summary>The sample quarter read straight with the library's readers.</summary>
    public static TrackingLog SampleQuarter(LocalDate? recordedOn = null)
    {
        var options = new TrackingReadOptions { RecordedOn = recordedOn };
        using var figures = File.OpenText(Path.Combine(ToolHarness.SampleData, "2025-q4-observations.csv"));
        using var statuses = File.OpenText(Path.Combine(ToolHarness.SampleData, "2025-q4-status.csv"));
        return TrackingLogReader.ReadObservationsCsv(Catalog, figures, options)
            .Merge(TrackingLogReader.ReadStatusUpdatesCsv(Catalog, statuses, options));
    }

    public static TrackingLog ReadLog(string path)
    {
        using var json = File.OpenRead(path);
        return TrackingLogReader.ReadJson(Catalog, json);
    }
}
