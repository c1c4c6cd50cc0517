using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Documents;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// Reads progress as people write it, checking every entry against a catalog with the tracker's rules; every error
/// is a <see cref="PolicyDataException"/> naming the line and column (CSV) or the JSON path.
/// <list type="bullet">
/// <item>Observations CSV: columns <c>target</c> (or <c>indicator</c>), <c>subject</c> (or <c>county</c>; blank or
/// missing means the province), <c>value</c>, <c>unit</c>, <c>observedOn</c> (or <c>date</c>), optional <c>source</c>,
/// <c>note</c>.</item>
/// <item>Status CSV: <c>measure</c>, <c>reporter</c> (or <c>department</c>, <c>county</c>, <c>subject</c>),
/// <c>status</c>, <c>reportedOn</c> (or <c>date</c>), optional <c>narrative</c> (or <c>note</c>), <c>source</c>.</item>
/// <item>JSON: <c>{"version": 1, "observations": [{…}], "statusUpdates": [{…}]}</c> with the same names.</item>
/// </list>
/// Columns are matched by name in any order; unknown columns are ignored. Subjects and reporters are any text
/// <see cref="SubjectDirectory"/> resolves (<c>梅河口</c>, <c>220581</c>, <c>住建厅</c>, <c>全省</c>); units as
/// people type them (<c>%</c>, <c>％</c>, <c>percent</c>, <c>万人</c>); statuses by name (<c>inProgress</c>) or
/// Chinese term (<c>推进中</c>); dates <c>yyyy-MM-dd</c>. Values follow <see cref="ObservationRule"/>, the rule
/// <c>Evaluate</c> applies, so whatever is read evaluates.
/// </summary>
public static class TrackingLogReader
{
    /// <summary>The JSON format version this library reads and writes.</summary>
    public const int SupportedVersion = 1;

    private static readonly LocalDate Earliest = new(2000, 1, 1);
    private static readonly LocalDate Latest = new(2100, 12, 31);

    private static readonly Dictionary<string, MeasureStatus> ChineseStatuses = new(StringComparer.Ordinal)
    {
        ["未启动"] = MeasureStatus.NotStarted,
        ["推进中"] = MeasureStatus.InProgress,
        ["进行中"] = MeasureStatus.InProgress,
        ["已完成"] = MeasureStatus.Completed,
        ["完成"] = MeasureStatus.Completed,
        ["滞后"] = MeasureStatus.Delayed,
        ["暂停"] = MeasureStatus.Paused,
        ["常态化推进"] = MeasureStatus.Ongoing,
    };

    /// <summary>Reads observations from CSV.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is <c>line:column</c>.</exception>
    public static TrackingLog ReadObservationsCsv(PolicyCatalog catalog, TextReader reader)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(reader);
        var csv = CsvRecords.Read(reader.ReadToEnd(), "observations");
        var target = csv.RequiredColumn("target", "indicator", "targetId");
        var subject = csv.Column("subject", "county", "division");
        var value = csv.RequiredColumn("value");
        var unit = csv.RequiredColumn("unit");
        var date = csv.RequiredColumn("observedOn", "date");
        var source = csv.Column("source");
        var note = csv.Column("note");
        var context = new Context(catalog);
        var entries = new List<ProgressObservation>(csv.Rows.Count);
        foreach (var row in csv.Rows)
        {
            var at = Locator(row);
            entries.Add(context.Observation(
                Field(row, target), at(target),
                subject < 0 ? null : Field(row, subject), at(subject),
                ParseNumber(Field(row, value), at(value)), Field(row, unit), at(unit),
                Field(row, date), at(date),
                Optional(row, source), Optional(row, note)));
        }

        return new TrackingLog(entries, []);
    }

    /// <summary>Reads status updates from CSV.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is <c>line:column</c>.</exception>
    public static TrackingLog ReadStatusUpdatesCsv(PolicyCatalog catalog, TextReader reader)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(reader);
        var csv = CsvRecords.Read(reader.ReadToEnd(), "status updates");
        var measure = csv.RequiredColumn("measure", "measureId");
        var reporter = csv.RequiredColumn("reporter", "department", "county", "subject");
        var status = csv.RequiredColumn("status");
        var date = csv.RequiredColumn("reportedOn", "date");
        var narrative = csv.Column("narrative", "note");
        var source = csv.Column("source");
        var context = new Context(catalog);
        var entries = new List<StatusUpdate>(csv.Rows.Count);
        foreach (var row in csv.Rows)
        {
            var at = Locator(row);
            entries.Add(context.Status(
                Field(row, measure), at(measure), Field(row, reporter), at(reporter), Field(row, status), at(status),
                Field(row, date), at(date), Optional(row, narrative) ?? string.Empty, Optional(row, source)));
        }

        return new TrackingLog([], entries);
    }

    /// <summary>Reads a JSON tracking file (UTF-8): observations and status updates.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="utf8Json">The JSON stream; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the JSON path.</exception>
    public static TrackingLog ReadJson(PolicyCatalog catalog, Stream utf8Json)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(utf8Json);
        TrackingFileDto file;
        try
        {
            file = JsonSerializer.Deserialize(utf8Json, TrackingJsonContext.Default.TrackingFileDto)
                ?? throw new PolicyDataException("The tracking file is JSON null; expected an object with 'version', 'observations' and 'statusUpdates'.", "$");
        }
        catch (JsonException e)
        {
            throw new PolicyDataException($"The tracking file is not valid JSON of the expected shape: {e.Message}", e.Path ?? "$", e);
        }

        if (file.Version != SupportedVersion)
        {
            throw new PolicyDataException($"Version {file.Version?.ToString(CultureInfo.InvariantCulture) ?? "(missing)"} is not supported; this library reads version {SupportedVersion}.", "$.version");
        }

        var context = new Context(catalog);
        var observations = new List<ProgressObservation>();
        var list = file.Observations ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"$.observations[{i}]";
            var o = list[i] ?? throw new PolicyDataException("An observation is null; expected an object.", path);
            observations.Add(context.Observation(
                o.Target ?? o.Indicator ?? string.Empty, path + ".target", o.Subject, path + ".subject",
                o.Value ?? throw new PolicyDataException("An observation needs a value.", path + ".value"), o.Unit ?? string.Empty, path + ".unit",
                o.ObservedOn ?? string.Empty, path + ".observedOn", o.Source, o.Note));
        }

        var updates = new List<StatusUpdate>();
        var statusList = file.StatusUpdates ?? [];
        for (var i = 0; i < statusList.Count; i++)
        {
            var path = $"$.statusUpdates[{i}]";
            var u = statusList[i] ?? throw new PolicyDataException("A status update is null; expected an object.", path);
            updates.Add(context.Status(
                u.Measure ?? string.Empty, path + ".measure", u.Reporter ?? string.Empty, path + ".reporter", u.Status ?? string.Empty, path + ".status",
                u.ReportedOn ?? string.Empty, path + ".reportedOn", u.Narrative ?? string.Empty, u.Source));
        }

        return new TrackingLog(observations, updates);
    }

    /// <summary>Tries to read observations from CSV; never throws for bad input.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="log">The log, or null.</param>
    /// <param name="error">What was wrong and where, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="reader"/> is null.</exception>
    public static bool TryReadObservationsCsv(PolicyCatalog catalog, TextReader reader, [NotNullWhen(true)] out TrackingLog? log, [NotNullWhen(false)] out PolicyDataException? error) =>
        Try(() => ReadObservationsCsv(catalog, reader), catalog, reader, out log, out error);

    /// <summary>Tries to read status updates from CSV; never throws for bad input.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="log">The log, or null.</param>
    /// <param name="error">What was wrong and where, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="reader"/> is null.</exception>
    public static bool TryReadStatusUpdatesCsv(PolicyCatalog catalog, TextReader reader, [NotNullWhen(true)] out TrackingLog? log, [NotNullWhen(false)] out PolicyDataException? error) =>
        Try(() => ReadStatusUpdatesCsv(catalog, reader), catalog, reader, out log, out error);

    /// <summary>Tries to read a JSON tracking file; never throws for bad input.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="utf8Json">The JSON stream.</param>
    /// <param name="log">The log, or null.</param>
    /// <param name="error">What was wrong and where, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="utf8Json"/> is null.</exception>
    public static bool TryReadJson(PolicyCatalog catalog, Stream utf8Json, [NotNullWhen(true)] out TrackingLog? log, [NotNullWhen(false)] out PolicyDataException? error) =>
        Try(() => ReadJson(catalog, utf8Json), catalog, utf8Json, out log, out error);

    private static bool Try(Func<TrackingLog> read, object catalog, object input, [NotNullWhen(true)] out TrackingLog? log, [NotNullWhen(false)] out PolicyDataException? error)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(input);
        try
        {
            log = read();
            error = null;
            return true;
        }
        catch (PolicyDataException e)
        {
            log = null;
            error = e;
            return false;
        }
    }

    private static Func<int, string> Locator(CsvRecords.Record row) =>
        index => index >= 0 && index < row.Fields.Count ? $"{row.Fields[index].Line}:{row.Fields[index].Column}" : $"{row.Line}:1";

    private static string Field(CsvRecords.Record row, int index) => index >= 0 && index < row.Fields.Count ? row.Fields[index].Text : string.Empty;

    private static string? Optional(CsvRecords.Record row, int index) => Field(row, index) is { Length: > 0 } text ? text : null;

    private static decimal ParseNumber(string text, string where) =>
        StrictText.TryParseDecimal(text, out var value)
            ? value
            : throw new PolicyDataException($"{StrictText.Quote(text)} is not a number (digits with '.' as decimal point, no exponent, within {CheckedDecimal.DataLimitText}).", where);

    private static string Shown(string text) => StrictText.Quote(text);

    /// <summary>Turns fields into checked entries; remembers what was seen so a repeat is refused with its place.</summary>
    private sealed class Context(PolicyCatalog catalog)
    {
        private readonly SubjectDirectory subjects = ImplementationTracker.DirectoryFor(catalog);
        private readonly TrackingRules rules = new(catalog, ImplementationTracker.DirectoryFor(catalog));

        public ProgressObservation Observation(
            string target, string targetAt, string? subjectText, string subjectAt, decimal value, string unitText, string unitAt,
            string dateText, string dateAt, string? source, string? note)
        {
            if (!catalog.TryGetTarget(target, out var found))
            {
                throw new PolicyDataException($"No target has the id {Shown(target)}; ids are '<measure-id>/t<n>', e.g. 'jilin-2022-county-urbanization/68/t1'.", targetAt);
            }

            var subject = string.IsNullOrWhiteSpace(subjectText) ? Subject.Province : ResolveSubject(subjectText, subjectAt);
            if (!UnitText.TryRead(unitText, out var unit))
            {
                throw new PolicyDataException($"{Shown(unitText)} is not a known unit; known: {UnitText.Known}.", unitAt);
            }

            var observation = new ProgressObservation(found.Id, subject, new Observation(value, unit, ParseDate(dateText, dateAt)), source, note);
            return rules.Check(observation) is { } error ? throw new PolicyDataException(Capital(error), error.Contains("unit", StringComparison.Ordinal) || error.Contains("measured in", StringComparison.Ordinal) ? unitAt : error.Contains("subject", StringComparison.Ordinal) || error.Contains("binds", StringComparison.Ordinal) ? subjectAt : targetAt) : observation;
        }

        public StatusUpdate Status(
            string measureText, string measureAt, string reporterText, string reporterAt, string statusText, string statusAt,
            string dateText, string dateAt, string narrative, string? source)
        {
            if (!MeasureId.TryParse(measureText, out var measure) || !catalog.TryGetMeasure(measure, out _))
            {
                throw new PolicyDataException($"No measure has the id {Shown(measureText)}; ids are '<document-id>/<number>', e.g. 'jilin-2022-county-urbanization/26'.", measureAt);
            }

            var reporter = ResolveSubject(reporterText, reporterAt);
            var status = ParseStatus(statusText, statusAt);
            var update = new StatusUpdate(measure, reporter, ParseDate(dateText, dateAt), status, narrative, source);
            return rules.Check(update) is { } error ? throw new PolicyDataException(Capital(error), reporterAt) : update;
        }

        private Subject ResolveSubject(string text, string where)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new PolicyDataException("The subject is empty; name a county (梅河口, 220581), the province (全省) or a department (住建厅).", where);
            }

            try
            {
                return subjects.Resolve(text);
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentException)
            {
                throw new PolicyDataException(e.Message, where, e);
            }
        }

        private static LocalDate ParseDate(string text, string where)
        {
            var parsed = LocalDatePattern.Iso.Parse(text.Trim());
            if (!parsed.Success)
            {
                throw new PolicyDataException($"{Shown(text)} is not a date; write yyyy-MM-dd, e.g. 2025-12-31.", where);
            }

            return parsed.Value < Earliest || parsed.Value > Latest
                ? throw new PolicyDataException($"{text.Trim()} is out of range: entries are dated 2000-01-01 to 2100-12-31.", where)
                : parsed.Value;
        }

        private static MeasureStatus ParseStatus(string text, string where)
        {
            var key = text.Trim();
            if (ChineseStatuses.TryGetValue(key, out var status))
            {
                return status;
            }

            foreach (var value in Enum.GetValues<MeasureStatus>())
            {
                var name = value.ToString();
                if (string.Equals(name, key, StringComparison.Ordinal) || string.Equals(Data.EnumNames.ToJson(value), key, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            throw new PolicyDataException(
                $"{Shown(text)} is not a status; use one of {string.Join(", ", Enum.GetValues<MeasureStatus>().Select(Data.EnumNames.ToJson))} or 未启动/推进中/已完成/滞后/暂停/常态化推进.",
                where);
        }

        private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
