using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Targets;
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
/// Columns (and JSON members) are matched by name in any order, through one look-up (<see cref="FieldMap"/>): unknown
/// ones are ignored, and two synonyms of one field (<c>target</c> and <c>indicator</c>) are refused as ambiguous. Subjects and reporters are any text
/// <see cref="SubjectDirectory"/> resolves (<c>梅河口</c>, <c>220581</c>, <c>住建厅</c>, <c>全省</c>); units as
/// people type them (<c>%</c>, <c>％</c>, <c>percent</c>, <c>万人</c>); statuses by name (<c>inProgress</c>) or
/// Chinese term (<c>推进中</c>); dates <c>yyyy-MM-dd</c>. Values follow <see cref="ObservationRule"/>, the rule
/// <c>Evaluate</c> applies, so whatever is read evaluates.
/// </summary>
public static class TrackingLogReader
{
    // What each CSV is called in error messages.
    private const string ObservationsCsv = "observations";
    private const string StatusUpdatesCsv = "status updates";

    /// <summary>The JSON format version this library reads and writes.</summary>
    public const int SupportedVersion = 1;

    private const int PoolLimit = 1 << 16;

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
    public static TrackingLog ReadObservationsCsv(PolicyCatalog catalog, TextReader reader) => ReadObservationsCsvCore(catalog, reader, fromCaches: true);

    /// <summary>
    /// Reads observations from CSV; with <paramref name="fromCaches"/> false every row takes the full path (resolve,
    /// parse, check), as the tests' oracle for the cached one.
    /// </summary>
    internal static TrackingLog ReadObservationsCsvCore(PolicyCatalog catalog, TextReader reader, bool fromCaches)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(reader);
        return ReadObservations(catalog, CsvRecords.Read(reader, ObservationsCsv), fromCaches);
    }

    /// <summary>Observations from CSV; with <paramref name="context"/> the 1.x progress report's rules (one figure per target).</summary>
    internal static TrackingLog ReadObservations(PolicyCatalog catalog, CsvRecords csv, bool fromCaches, Context? context = null)
    {
        var target = csv.RequiredColumn(Names.Target);
        var subject = csv.Column(Names.Subject);
        var value = csv.RequiredColumn(Names.Value);
        var unit = csv.RequiredColumn(Names.Unit);
        var date = csv.RequiredColumn(Names.ObservedOn);
        var source = csv.Column(Names.Source);
        var note = csv.Column(Names.Note);
        context ??= new Context(catalog);
        context.Reserve(csv.Count);
        var entries = new List<ProgressObservation>(csv.Count);
        var row = csv.Open();
        while (row.Next())
        {
            entries.Add((fromCaches ? context.TryObservation(row, target, subject, value, unit, date, source, note) : null) ?? context.Observation(
                context.Text(row, target), At.Csv(row, target),
                subject < 0 ? null : context.Text(row, subject), At.Csv(row, subject),
                ParseNumber(row, value), At.Csv(row, value), context.Text(row, unit), At.Csv(row, unit),
                context.Text(row, date), At.Csv(row, date),
                context.Optional(row, source), At.Csv(row, source), context.Optional(row, note), At.Csv(row, note)));
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
        return ReadStatusUpdates(catalog, CsvRecords.Read(reader, StatusUpdatesCsv));
    }

    private static TrackingLog ReadStatusUpdates(PolicyCatalog catalog, CsvRecords csv)
    {
        var measure = csv.RequiredColumn(Names.Measure);
        var reporter = csv.RequiredColumn(Names.Reporter);
        var status = csv.RequiredColumn(Names.Status);
        var date = csv.RequiredColumn(Names.ReportedOn);
        var narrative = csv.Column(Names.Narrative);
        var source = csv.Column(Names.Source);
        var context = new Context(catalog);
        var entries = new List<StatusUpdate>(csv.Count);
        var row = csv.Open();
        while (row.Next())
        {
            entries.Add(context.Status(
                context.Text(row, measure), At.Csv(row, measure), context.Text(row, reporter), At.Csv(row, reporter), context.Text(row, status), At.Csv(row, status),
                context.Text(row, date), At.Csv(row, date), context.Optional(row, narrative) ?? string.Empty, At.Csv(row, narrative), context.Optional(row, source), At.Csv(row, source)));
        }

        return new TrackingLog([], entries);
    }

    /// <summary>Reads a JSON tracking file (UTF-8): observations and status updates.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="utf8Json">The JSON stream; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read (closed or write-only).</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the JSON path.</exception>
    public static TrackingLog ReadJson(PolicyCatalog catalog, Stream utf8Json)
    {
        Guard.Against.Null(catalog);
        AsyncStreams.Readable(utf8Json, nameof(utf8Json));
        TrackingFileDto file;
        try
        {
            file = JsonSerializer.Deserialize(utf8Json, TrackingJsonContext.Default.TrackingFileDto)
                ?? throw new PolicyDataException("The tracking file is JSON null; expected an object with 'version', 'observations' and 'statusUpdates'.", "$");
        }
        catch (JsonException e)
        {
            var (message, where) = StrictText.JsonError(e);
            throw new PolicyDataException($"The tracking file is not valid JSON of the expected shape: {message}", where, e);
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
            observations.Add(JsonObservation(context, JsonEntry.Open(list[i], "$.observations", i, "observation")));
        }

        var updates = new List<StatusUpdate>();
        var statusList = file.StatusUpdates ?? [];
        for (var i = 0; i < statusList.Count; i++)
        {
            var u = JsonEntry.Open(statusList[i], "$.statusUpdates", i, "status update");
            int measure = u.Fields.RequiredColumn(Names.Measure), reporter = u.Fields.RequiredColumn(Names.Reporter), status = u.Fields.RequiredColumn(Names.Status),
                date = u.Fields.RequiredColumn(Names.ReportedOn), narrative = u.Fields.Column(Names.Narrative), source = u.Fields.Column(Names.Source);
            updates.Add(context.Status(
                u.Text(measure) ?? string.Empty, u.At(measure), u.Text(reporter) ?? string.Empty, u.At(reporter), u.Text(status) ?? string.Empty, u.At(status),
                u.Text(date) ?? string.Empty, u.At(date), u.Text(narrative) ?? string.Empty, u.At(narrative), u.Text(source), u.At(source)));
        }

        return new TrackingLog(observations, updates);
    }

    /// <summary>One JSON observation, read by the CSV's field rules; the 1.x progress reader shares it.</summary>
    internal static ProgressObservation JsonObservation(Context context, JsonEntry o)
    {
        int target = o.Fields.RequiredColumn(Names.Target), subject = o.Fields.Column(Names.Subject), value = o.Fields.RequiredColumn(Names.Value),
            unit = o.Fields.RequiredColumn(Names.Unit), date = o.Fields.RequiredColumn(Names.ObservedOn), source = o.Fields.Column(Names.Source), note = o.Fields.Column(Names.Note);
        return context.Observation(
            o.Text(target) ?? string.Empty, o.At(target), o.Text(subject), o.At(subject), o.Number(value), o.At(value), o.Text(unit) ?? string.Empty, o.At(unit),
            o.Text(date) ?? string.Empty, o.At(date), o.Text(source), o.At(source), o.Text(note), o.At(note));
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
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read (closed or write-only).</exception>
    public static bool TryReadJson(PolicyCatalog catalog, Stream utf8Json, [NotNullWhen(true)] out TrackingLog? log, [NotNullWhen(false)] out PolicyDataException? error) =>
        Try(() => ReadJson(catalog, utf8Json), catalog, AsyncStreams.Readable(utf8Json, nameof(utf8Json)), out log, out error);

    /// <summary>Reads observations from CSV, reading <paramref name="reader"/> asynchronously (an ASP.NET Core request body works).</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is <c>line:column</c>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<TrackingLog> ReadObservationsCsvAsync(PolicyCatalog catalog, TextReader reader, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(reader);
        return ReadCsvAsync(reader, text => ReadObservations(catalog, CsvRecords.Read(text, ObservationsCsv), fromCaches: true), cancellationToken);
    }

    /// <summary>Reads measure status updates from CSV, reading <paramref name="reader"/> asynchronously.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is <c>line:column</c>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<TrackingLog> ReadStatusUpdatesCsvAsync(PolicyCatalog catalog, TextReader reader, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(reader);
        return ReadCsvAsync(reader, text => ReadStatusUpdates(catalog, CsvRecords.Read(text, StatusUpdatesCsv)), cancellationToken);
    }

    /// <summary>Reads a JSON tracking file (UTF-8), reading the stream asynchronously (an ASP.NET Core request body works).</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="utf8Json">The JSON stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the JSON path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<TrackingLog> ReadJsonAsync(PolicyCatalog catalog, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(catalog);
        AsyncStreams.Readable(utf8Json, nameof(utf8Json));
        return AsyncStreams.ReadAsync(utf8Json, stream => ReadJson(catalog, stream), cancellationToken);
    }

    // The text is awaited once and tokenized where it lies (no StringReader over it and no second copy).
    private static async Task<TrackingLog> ReadCsvAsync(TextReader reader, Func<string, TrackingLog> read, CancellationToken cancellationToken) =>
        read(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));

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

    private static decimal ParseNumber(CsvRecords.RowCursor row, int index) =>
        StrictText.TryParseDecimal(row.Span(index), out var value)
            ? value
            : throw new PolicyDataException($"{StrictText.Quote(row.Text(index))} is not a number (digits with '.' as decimal point, no exponent, within {CheckedDecimal.DataLimitText}).", row.Where(index));

    private static string Shown(string text) => StrictText.Quote(text);

    /// <summary>Turns fields into checked entries; remembers what was seen so a repeat is refused with its place.</summary>
    internal sealed class Context(PolicyCatalog catalog, bool onePerTarget = false)
    {
        private readonly SubjectDirectory subjects = ImplementationTracker.DirectoryFor(catalog);
        private readonly TrackingRules rules = new(catalog, ImplementationTracker.DirectoryFor(catalog));

        // Per distinct text, so a million rows resolve a few hundred subjects, units, dates and statuses once each,
        // and repeated texts (ids, units, sources) are one string. Only successes are remembered; errors throw as before.
        private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Subject> subjectCache = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Targets.Unit> unitCache = new(StringComparer.Ordinal);
        private readonly Dictionary<string, LocalDate> dateCache = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TargetIndicator> targetCache = new(StringComparer.Ordinal);
        private readonly Dictionary<(decimal Value, Targets.Unit Unit), Quantity> quantities = new(QuantityKeyComparer.Instance);

        // The 1.x progress report's rule instead of the tracker's: one figure per target (where it was first given).
        private readonly Dictionary<TargetId, string>? firstFigure = onePerTarget ? [] : null;

        /// <summary>Makes room for <paramref name="observations"/> more observations in the duplicate check.</summary>
        public void Reserve(int observations) => rules.Reserve(observations);

        /// <summary>
        /// A CSV row read through the caches alone: the target, subject, unit and date texts each resolved before (by
        /// <see cref="Observation"/>, which remembers only successes) and a plain number (<see cref="PlainNumber"/>).
        /// Null when any of them is new or unusual: the row then takes <see cref="Observation"/>, which resolves it (or
        /// throws) exactly as every row did before, so errors, their order and their locations are unchanged.
        /// </summary>
        public ProgressObservation? TryObservation(CsvRecords.RowCursor row, int target, int subject, int value, int unit, int date, int source, int note)
        {
            if (!PlainNumber.TryParse(row.Span(value), out var number)
                || !targetCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(row.Span(target), out var found)
                || !unitCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(row.Span(unit), out var unitValue)
                || !dateCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(row.Span(date), out var day))
            {
                return null;
            }

            var subjectText = row.Span(subject);
            Subject who;
            if (subjectText.IsWhiteSpace())
            {
                who = Subject.Province;
            }
            else if (!subjectCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(subjectText, out who))
            {
                return null;
            }

            return Checked(
                found, who, number, unitValue, day, Optional(row, source), Optional(row, note),
                new FieldsAt(At.Csv(row, target), At.Csv(row, subject), At.Csv(row, value), At.Csv(row, unit), At.Csv(row, date), At.Csv(row, source), At.Csv(row, note)));
        }

        /// <summary>A CSV field's text, one string per distinct text (up to <see cref="PoolLimit"/> texts).</summary>
        public string Text(CsvRecords.RowCursor row, int index)
        {
            var span = row.Span(index);
            if (span.IsEmpty)
            {
                return string.Empty;
            }

            var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(span, out var text))
            {
                return text;
            }

            text = span.ToString();
            if (pool.Count < PoolLimit)
            {
                pool[text] = text;
            }

            return text;
        }

        /// <summary>An optional CSV field: null when the column is missing or the field empty.</summary>
        public string? Optional(CsvRecords.RowCursor row, int index) => Text(row, index) is { Length: > 0 } text ? text : null;

        public ProgressObservation Observation(
            string target, At targetAt, string? subjectText, At subjectAt, decimal value, At valueAt, string unitText, At unitAt,
            string dateText, At dateAt, string? source, At sourceAt, string? note, At noteAt)
        {
            if (!targetCache.TryGetValue(target, out var found))
            {
                if (!catalog.TryGetTarget(target, out found))
                {
                    throw new PolicyDataException($"No target has the id {Shown(target)} (a dangling reference); ids are '<measure-id>/t<n>', e.g. 'jilin-2022-county-urbanization/68/t1'.", targetAt.ToString());
                }

                if (targetCache.Count < PoolLimit)
                {
                    targetCache[target] = found;
                }
            }

            var subject = string.IsNullOrWhiteSpace(subjectText) ? Subject.Province : ResolveSubject(subjectText, subjectAt);
            if (!unitCache.TryGetValue(unitText, out var unit))
            {
                if (!UnitText.TryRead(unitText, out unit))
                {
                    throw new PolicyDataException($"{Shown(unitText)} is not a known unit; known: {UnitText.Known}.", unitAt.ToString());
                }

                unitCache[unitText] = unit;
            }

            return Checked(found, subject, value, unit, ParseDate(dateText, dateAt), source, note, new FieldsAt(targetAt, subjectAt, valueAt, unitAt, dateAt, sourceAt, noteAt));
        }

        /// <summary>
        /// The entry, checked with the tracker's rules; equal quantities (same digits, same unit) share one instance. Each
        /// rule says which field it is about: the value rule its part (unit, value, date); the rest of the tracker's rules
        /// (the target's binding, one figure per target, subject and day) are about who the figure is for, the subject.
        /// </summary>
        private ProgressObservation Checked(TargetIndicator found, Subject subject, decimal value, Targets.Unit unit, LocalDate day, string? source, string? note, in FieldsAt at)
        {
            FreeText("source", source, at.Source);
            FreeText("note", note, at.Note);
            if (!quantities.TryGetValue((value, unit), out var quantity))
            {
                quantity = new Quantity(value, unit);
                if (quantities.Count < PoolLimit)
                {
                    quantities[(value, unit)] = quantity;
                }
            }

            if (!ObservationRule.TryCheck(found, quantity, day, out var broken, out var part))
            {
                throw new PolicyDataException(broken, (part switch { ObservationPart.Unit => at.Unit, ObservationPart.Value => at.Value, _ => at.ObservedOn }).ToString());
            }

            var observation = new ProgressObservation(found.Id, subject, quantity, day, source, note);
            if (firstFigure is not null)
            {
                return firstFigure.TryAdd(found.Id, at.Target.ToString())
                    ? observation
                    : throw new PolicyDataException($"The target '{found.Id}' is observed twice (first at {firstFigure[found.Id]}); a report holds one observation per target.", at.Target.ToString());
            }

            return rules.Check(observation) is { } error ? throw new PolicyDataException(Capital(error), at.Subject.ToString()) : observation;
        }

        public StatusUpdate Status(
            string measureText, At measureAt, string reporterText, At reporterAt, string statusText, At statusAt,
            string dateText, At dateAt, string narrative, At narrativeAt, string? source, At sourceAt)
        {
            if (!MeasureId.TryParse(measureText, out var measure) || !catalog.TryGetMeasure(measure, out _))
            {
                throw new PolicyDataException($"No measure has the id {Shown(measureText)}; ids are '<document-id>/<number>', e.g. 'jilin-2022-county-urbanization/26'.", measureAt.ToString());
            }

            var reporter = ResolveSubject(reporterText, reporterAt);
            var status = ParseStatus(statusText, statusAt);
            FreeText("narrative", narrative, narrativeAt);
            FreeText("source", source, sourceAt);
            var update = new StatusUpdate(measure, reporter, ParseDate(dateText, dateAt), status, narrative, source);
            return rules.Check(update) is { } error ? throw new PolicyDataException(Capital(error), reporterAt.ToString()) : update;
        }

        private Subject ResolveSubject(string text, At where)
        {
            if (subjectCache.TryGetValue(text, out var known))
            {
                return known;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                throw new PolicyDataException("The subject is empty; name a county (梅河口, 220581), the province (全省) or a department (住建厅).", where.ToString());
            }

            try
            {
                return subjectCache[text] = subjects.Resolve(text);
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentException)
            {
                throw new PolicyDataException(e.Message, where.ToString(), e);
            }
        }

        private LocalDate ParseDate(string text, At where)
        {
            if (dateCache.TryGetValue(text, out var known))
            {
                return known;
            }

            // A date is a token like every field: NodaTime's pattern stops at U+0000, so "2025-09-30\0garbage" would read.
            var parsed = StrictText.IsToken(text) ? LocalDatePattern.Iso.Parse(text) : null;
            if (parsed is not { Success: true })
            {
                throw new PolicyDataException($"{Shown(text)} is not a date; write yyyy-MM-dd, e.g. 2025-12-31.", where.ToString());
            }

            return parsed.Value < Earliest || parsed.Value > Latest
                ? throw new PolicyDataException($"{text} is out of range: entries are dated 2000-01-01 to 2100-12-31.", where.ToString())
                : dateCache[text] = parsed.Value;
        }

        private static MeasureStatus ParseStatus(string text, At where)
        {
            var key = StrictText.IsToken(text) ? text : string.Empty;
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
                where.ToString());
        }

        private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

        /// <summary>Free text is kept and written back, so it must round-trip (<see cref="UserText"/>).</summary>
        private static void FreeText(string what, string? text, At where)
        {
            if (text is not null && !UserText.RoundTrips(text))
            {
                throw new PolicyDataException(UserText.NotRoundTripping(what, text), where.ToString());
            }
        }
    }

    /// <summary>The synonyms of each field, for CSV columns and JSON members alike (<see cref="FieldMap"/>).</summary>
    internal static class Names
    {
        public static readonly string[] Target = ["target", "indicator", "targetId"];
        public static readonly string[] Subject = ["subject", "county", "division"];
        public static readonly string[] Value = ["value"];
        public static readonly string[] Unit = ["unit"];
        public static readonly string[] ObservedOn = ["observedOn", "date"];
        public static readonly string[] Source = ["source"];
        public static readonly string[] Note = ["note"];
        public static readonly string[] Measure = ["measure", "measureId"];
        public static readonly string[] Reporter = ["reporter", "department", "county", "subject"];
        public static readonly string[] Status = ["status"];
        public static readonly string[] ReportedOn = ["reportedOn", "date"];
        public static readonly string[] Narrative = ["narrative", "note"];
    }

    /// <summary>Where each field of an observation is, so the rule that fails names its own field.</summary>
    private readonly record struct FieldsAt(At Target, At Subject, At Value, At Unit, At ObservedOn, At Source, At Note);

    /// <summary>
    /// Quantities by their exact digits: <c>64.7</c> and <c>64.70</c> are equal decimals but print differently, so the
    /// key compares the decimal's bits (value and scale), and the unit by reference (one instance per unit).
    /// </summary>
    private sealed class QuantityKeyComparer : IEqualityComparer<(decimal Value, Targets.Unit Unit)>
    {
        public static readonly QuantityKeyComparer Instance = new();

        public bool Equals((decimal Value, Targets.Unit Unit) x, (decimal Value, Targets.Unit Unit) y) =>
            ReferenceEquals(x.Unit, y.Unit) && Bits(x.Value) == Bits(y.Value);

        public int GetHashCode((decimal Value, Targets.Unit Unit) obj) =>
            HashCode.Combine(Bits(obj.Value), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Unit));

        private static Int128 Bits(decimal value) => System.Runtime.CompilerServices.Unsafe.As<decimal, Int128>(ref value);
    }

    /// <summary>Where a field is, formatted only when an error names it: a CSV row's field (<c>line:column</c>) or a JSON path.</summary>
    internal readonly struct At
    {
        private readonly CsvRecords.RowCursor? row;
        private readonly int index;
        private readonly string? path;
        private readonly string? member;

        private At(CsvRecords.RowCursor? row, int index, string? path, string? member) => (this.row, this.index, this.path, this.member) = (row, index, path, member);

        public static At Csv(CsvRecords.RowCursor row, int column) => new(row, column, null, null);

        public static At Json(string array, int index, string member) => new(null, index, array, member);

        // A JSON member's name is quoted as written, so the path is bounded like any quote of input.
        public override string ToString() => row is not null ? row.Where(index) : StrictText.Location($"{path}[{index}]{member}");
    }
}
