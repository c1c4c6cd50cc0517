using System.Text.Json;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>
/// Reads 1.x progress reports from JSON and CSV as a thin layer over the tracking readers: the same field look-up
/// (<see cref="FieldMap"/>), the same rules for ids, numbers, units, dates and free text, with locations per field; the
/// subject is the province, and a report holds one figure per target. Every error is a
/// <see cref="PolicyDataException"/> with its location.
/// </summary>
internal static class ProgressReportReader
{
    public const int SupportedVersion = 1;

    // What a 1.x observation may hold in JSON (its members were always closed).
    private static readonly string[][] JsonMembers =
    [
        TrackingLogReader.Names.Target, TrackingLogReader.Names.Value, TrackingLogReader.Names.Unit, TrackingLogReader.Names.ObservedOn,
    ];

    public static ProgressReport ReadJson(Stream utf8Json, PolicyCatalog catalog)
    {
        ProgressFileDto file;
        try
        {
            file = JsonSerializer.Deserialize(utf8Json, ComplianceJsonContext.Default.ProgressFileDto)
                ?? throw new PolicyDataException("The progress report is JSON null; expected an object with 'version' and 'observations'.", "$");
        }
        catch (JsonException e)
        {
            var (message, where) = StrictText.JsonError(e);
            throw new PolicyDataException($"The progress report is not valid: {message}", where, e);
        }

        if (file.Version != SupportedVersion)
        {
            throw new PolicyDataException($"Version {file.Version} is not supported; this library reads version {SupportedVersion}.", "$.version");
        }

        var context = new TrackingLogReader.Context(catalog, onePerTarget: true);
        var entries = new List<ProgressEntry>(file.Observations.Count);
        for (var i = 0; i < file.Observations.Count; i++)
        {
            var entry = JsonEntry.Open(file.Observations[i], "$.observations", i, "observation");
            entry.Fields.AllowOnly(JsonMembers);
            entries.Add(Entry(TrackingLogReader.JsonObservation(context, entry)));
        }

        return new ProgressReport(entries);
    }

    public static ProgressReport ReadCsv(TextReader reader, PolicyCatalog catalog)
    {
        // Columns by name in any order, ',' or ';', RFC 4180 quoting: the tracking readers' CSV rules.
        var csv = CsvRecords.Read(reader, "progress report");
        if (csv.Column("subject", "county", "division", "department") >= 0)
        {
            throw new PolicyDataException(
                "A progress report holds one figure per target for the province; for figures per county or department read the file with TrackingLogReader.ReadObservationsCsv and evaluate it with an ImplementationTracker.",
                "1:1");
        }

        var log = TrackingLogReader.ReadObservations(catalog, csv, fromCaches: true, new TrackingLogReader.Context(catalog, onePerTarget: true));
        return new ProgressReport(log.Observations.Select(Entry));
    }

    private static ProgressEntry Entry(ProgressObservation o) => new(o.TargetId, o.Observation);
}
