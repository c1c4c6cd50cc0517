using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>
/// Reads 1.x progress reports from JSON and CSV as strict runs of the one intake pipeline, like
/// <see cref="TrackingLogReader"/>: the same header table and rules for ids, numbers, units, dates and free text, with
/// locations per field; the subject is the province (a subject column is refused), a report holds one figure per
/// target, and a JSON entry names only <c>target</c>, <c>value</c>, <c>unit</c> and <c>observedOn</c> (its members
/// were always closed). Every error is a <see cref="PolicyDataException"/> with its location.
/// </summary>
internal static class ProgressReportReader
{
    public const int SupportedVersion = 1;

    // What a 1.x observation may hold in JSON.
    private static readonly IntakeField[] JsonMembers = [IntakeField.Target, IntakeField.Value, IntakeField.Unit, IntakeField.ObservedOn];

    public static ProgressReport ReadJson(Stream utf8Json, PolicyCatalog catalog) =>
        Report(TrackingLogReader.Strict(
            catalog, new JsonSource(new KeptOpenStream(utf8Json), string.Empty, SupportedVersion, closed: true), TrackingReadOptions.None, IntakeEntries.Figures, onePerTarget: true, JsonMembers));

    public static ProgressReport ReadCsv(TextReader reader, PolicyCatalog catalog) =>
        Report(TrackingLogReader.Strict(
            catalog, new DelimitedSource(reader, string.Empty, separator: null, leaveOpen: true), TrackingReadOptions.None, IntakeEntries.Figures, onePerTarget: true));

    private static ProgressReport Report(TrackingLog log) => new(log.Observations.Select(o => new ProgressEntry(o.TargetId, o.Observation)));
}
