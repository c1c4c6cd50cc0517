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
/// <item>Both CSVs, optional: <c>recordedOn</c> (填报日期), <c>recordedBy</c> (填报单位), <c>reason</c> (更正原因) — else
/// the file's defaults (<see cref="TrackingReadOptions"/>), else the day the row is about and its own subject or
/// reporter — and <c>action</c> (操作): blank, 填报 or 更正 for an entry, 撤回 to withdraw the row's figure or status
/// (a <see cref="Withdrawal"/>; value, unit and status may then be blank).</item>
/// <item>JSON: <c>{"version": 2, "observations": [{…}], "statusUpdates": [{…}], "withdrawals": [{…}]}</c> with the same
/// names (<c>docs/tracking.schema.json</c>); version 1 files are read too.</item>
/// </list>
/// The entries of one file follow the log's rules (<see cref="TrackingLog"/>): the very same row twice is kept once, and
/// two different versions of one figure or status recorded on the same day are refused, naming both rows.
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
    public const int SupportedVersion = 2;

    // JSON entries are numbered apart per list, so a conflict can name the other entry's path.
    private const int StatusPlace = 1 << 28;
    private const int WithdrawalPlace = 2 << 28;

    private const int PoolLimit = 1 << 16;

    // One vocabulary of Chinese statuses for every reader (Intake/IntakeStatuses.cs).
    private static readonly Dictionary<string, MeasureStatus> ChineseStatuses = Intake.IntakeStatuses.Chinese;

    /// <summary>Reads observations from CSV.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is <c>line:column</c>.</exception>
    public static TrackingLog ReadObservationsCsv(PolicyCatalog catalog, TextReader reader) => ReadObservationsCsv(catalog, reader, TrackingReadOptions.None);

    /// <summary>Reads observations from CSV, with defaults for the file's recording day and reporting body.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="options">The file's recording day and body, for rows without <c>recordedOn</c>/<c>recordedBy</c> (填报日期, 填报单位).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is <c>line:column</c>.</exception>
    public static TrackingLog ReadObservationsCsv(PolicyCatalog catalog, TextReader reader, TrackingReadOptions options)
    {
        Guard.Against.Null(options);
        return ReadObservationsCsvCore(catalog, reader, fromCaches: true, options);
    }

    /// <summary>
    /// Reads observations from CSV; with <paramref name="fromCaches"/> false every row takes the full path (resolve,
    /// parse, check), as the tests' oracle for the cached one.
    /// </summary>
    internal static TrackingLog ReadObservationsCsvCore(PolicyCatalog catalog, TextReader reader, bool fromCaches, TrackingReadOptions? options = null)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(reader);
        return ReadObservations(catalog, CsvRecords.Read(reader, ObservationsCsv), fromCaches, null, options);
    }

    /// <summary>Observations from CSV; with <paramref name="context"/> the 1.x progress report's rules (one figure per target).</summary>
    internal static TrackingLog ReadObservations(PolicyCatalog catalog, CsvRecords csv, bool fromCaches, Context? context = null, TrackingReadOptions? options = null)
    {
        var target = csv.RequiredColumn(Names.Target);
        var subject = csv.Column(Names.Subject);
        var value = csv.RequiredColumn(Names.Value);
        var unit = csv.RequiredColumn(Names.Unit);
        var date = csv.RequiredColumn(Names.ObservedOn);
        var source = csv.Column(Names.Source);
        var note = csv.Column(Names.Note);
        var recorded = Recorded.Columns(csv);
        context ??= new Context(catalog, options: options, capacity: csv.Count);
        var row = csv.Open();
        while (row.Next())
        {
            if (recorded.Withdraws(row))
            {
                context.Add(context.Withdrawal(row, recorded, context.FigureKey(row, target, subject, date)), row.Line);
                continue;
            }

            var figure = (fromCaches ? context.TryObservation(row, target, subject, value, unit, date, source, note) : null) ?? context.Observation(
                context.Text(row, target), At.Csv(row, target),
                subject < 0 ? null : context.Text(row, subject), At.Csv(row, subject),
                ParseNumber(row, value), At.Csv(row, value), context.Text(row, unit), At.Csv(row, unit),
                context.Text(row, date), At.Csv(row, date),
                context.Optional(row, source), At.Csv(row, source), context.Optional(row, note), At.Csv(row, note));
            context.Add(context.Stamped(figure, row, recorded), row.Line);
        }

        return context.Log();
    }

    /// <summary>Reads status updates from CSV.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is <c>line:column</c>.</exception>
    public static TrackingLog ReadStatusUpdatesCsv(PolicyCatalog catalog, TextReader reader) => ReadStatusUpdatesCsv(catalog, reader, TrackingReadOptions.None);

    /// <summary>Reads status updates from CSV, with defaults for the file's recording day and reporting body.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="options">The file's recording day and body, for rows without <c>recordedOn</c>/<c>recordedBy</c> (填报日期, 填报单位).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is <c>line:column</c>.</exception>
    public static TrackingLog ReadStatusUpdatesCsv(PolicyCatalog catalog, TextReader reader, TrackingReadOptions options)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(reader);
        Guard.Against.Null(options);
        return ReadStatusUpdates(catalog, CsvRecords.Read(reader, StatusUpdatesCsv), options);
    }

    private static TrackingLog ReadStatusUpdates(PolicyCatalog catalog, CsvRecords csv, TrackingReadOptions options)
    {
        var measure = csv.RequiredColumn(Names.Measure);
        var reporter = csv.RequiredColumn(Names.Reporter);
        var status = csv.RequiredColumn(Names.Status);
        var date = csv.RequiredColumn(Names.ReportedOn);
        var narrative = csv.Column(Names.Narrative);
        var source = csv.Column(Names.Source);
        var recorded = Recorded.Columns(csv);
        var context = new Context(catalog, options: options, capacity: csv.Count);
        var row = csv.Open();
        while (row.Next())
        {
            if (recorded.Withdraws(row))
            {
                context.Add(context.Withdrawal(row, recorded, context.StatusKey(row, measure, reporter, date)), row.Line);
                continue;
            }

            var update = context.Status(
                context.Text(row, measure), At.Csv(row, measure), context.Text(row, reporter), At.Csv(row, reporter), context.Text(row, status), At.Csv(row, status),
                context.Text(row, date), At.Csv(row, date), context.Optional(row, narrative) ?? string.Empty, At.Csv(row, narrative), context.Optional(row, source), At.Csv(row, source));
            context.Add(context.Stamped(update, row, recorded), row.Line);
        }

        return context.Log();
    }

    /// <summary>Reads a JSON tracking file (UTF-8): observations and status updates.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="utf8Json">The JSON stream; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read (closed or write-only).</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the JSON path.</exception>
    public static TrackingLog ReadJson(PolicyCatalog catalog, Stream utf8Json) => ReadJson(catalog, utf8Json, TrackingReadOptions.None);

    /// <summary>Reads a JSON tracking file (UTF-8), with defaults for the file's recording day and reporting body.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="utf8Json">The JSON stream; it is left open.</param>
    /// <param name="options">The file's recording day and body, for entries without <c>recordedOn</c>/<c>recordedBy</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read (closed or write-only).</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the JSON path.</exception>
    public static TrackingLog ReadJson(PolicyCatalog catalog, Stream utf8Json, TrackingReadOptions options)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(options);
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

        if (file.Version is not (1 or SupportedVersion))
        {
            throw new PolicyDataException($"Version {file.Version?.ToString(CultureInfo.InvariantCulture) ?? "(missing)"} is not supported; this library reads versions 1 and {SupportedVersion}.", "$.version");
        }

        var list = file.Observations ?? [];
        var statusList = file.StatusUpdates ?? [];
        var withdrawals = file.Withdrawals ?? [];
        var context = new Context(catalog, options: options, capacity: list.Count + statusList.Count + withdrawals.Count, placeText: JsonPlace);
        for (var i = 0; i < list.Count; i++)
        {
            var o = JsonEntry.Open(list[i], "$.observations", i, "observation");
            context.Add(context.Stamped(JsonObservation(context, o), o), i);
        }

        for (var i = 0; i < statusList.Count; i++)
        {
            var u = JsonEntry.Open(statusList[i], "$.statusUpdates", i, "status update");
            int measure = u.Fields.RequiredColumn(Names.Measure), reporter = u.Fields.RequiredColumn(Names.Reporter), status = u.Fields.RequiredColumn(Names.Status),
                date = u.Fields.RequiredColumn(Names.ReportedOn), narrative = u.Fields.Column(Names.Narrative), source = u.Fields.Column(Names.Source);
            var update = context.Status(
                u.Text(measure) ?? string.Empty, u.At(measure), u.Text(reporter) ?? string.Empty, u.At(reporter), u.Text(status) ?? string.Empty, u.At(status),
                u.Text(date) ?? string.Empty, u.At(date), u.Text(narrative) ?? string.Empty, u.At(narrative), u.Text(source), u.At(source));
            context.Add(context.Stamped(update, u), StatusPlace + i);
        }

        for (var i = 0; i < withdrawals.Count; i++)
        {
            var w = JsonEntry.Open(withdrawals[i], "$.withdrawals", i, "withdrawal");
            int measure = w.Fields.Column(Names.Measure);
            EntryKey key;
            if (measure >= 0)
            {
                int reporter = w.Fields.RequiredColumn(Names.Reporter), date = w.Fields.RequiredColumn(Names.ReportedOn);
                key = context.StatusKey(w.Text(measure) ?? string.Empty, w.At(measure), w.Text(reporter) ?? string.Empty, w.At(reporter), w.Text(date) ?? string.Empty, w.At(date));
            }
            else
            {
                int target = w.Fields.RequiredColumn(Names.Target), subject = w.Fields.Column(Names.Subject), date = w.Fields.RequiredColumn(Names.ObservedOn);
                key = context.FigureKey(w.Text(target) ?? string.Empty, w.At(target), w.Text(subject), w.At(subject), w.Text(date) ?? string.Empty, w.At(date));
            }

            int on = w.Fields.Column(Names.RecordedOn), by = w.Fields.Column(Names.RecordedBy), reason = w.Fields.Column(Names.Reason);
            context.Add(context.Withdrawal(key, w.Text(on), w.At(on), w.Text(by), w.At(by), w.Text(reason), w.At(reason)), WithdrawalPlace + i);
        }

        return context.Log();
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
        return ReadCsvAsync(reader, text => ReadStatusUpdates(catalog, CsvRecords.Read(text, StatusUpdatesCsv), TrackingReadOptions.None), cancellationToken);
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

    private static string JsonPlace(int place) => place switch
    {
        >= WithdrawalPlace => $"$.withdrawals[{place - WithdrawalPlace}]",
        >= StatusPlace => $"$.statusUpdates[{place - StatusPlace}]",
        _ => $"$.observations[{place}]",
    };

    private static string CsvPlace(int line) => $"line {line}";

    /// <summary>The optional recording columns of a CSV file: 填报日期, 填报单位, 更正原因 and the action (撤回 withdraws the row's key).</summary>
    internal readonly record struct Recorded(int On, int By, int Reason, int Action)
    {
        public static Recorded Columns(CsvRecords csv) =>
            new(csv.Column(Names.RecordedOn), csv.Column(Names.RecordedBy), csv.Column(Names.Reason), csv.Column(Names.Action));

        /// <summary>True when the row's action is a withdrawal (撤回, withdraw); blank, 填报, 更正, report or correct is an entry.</summary>
        public bool Withdraws(CsvRecords.RowCursor row)
        {
            if (Action < 0)
            {
                return false;
            }

            var text = row.Span(Action);
            if (text.IsEmpty || text is "填报" or "更正" or "report" or "correct")
            {
                return false;
            }

            return text is "撤回" or "withdraw"
                ? true
                : throw new PolicyDataException($"{Shown(row.Text(Action))} is not an action; leave it blank (or 填报, 更正) for an entry, or write 撤回 (withdraw) to withdraw the row's figure or status.", row.Where(Action));
        }
    }

    /// <summary>Turns fields into checked entries; remembers what was seen so a repeat is refused with its place.</summary>
    internal sealed class Context(PolicyCatalog catalog, bool onePerTarget = false, TrackingReadOptions? options = null, int capacity = 0, Func<int, string>? placeText = null)
    {
        private readonly SubjectDirectory subjects = ImplementationTracker.DirectoryFor(catalog);
        private readonly TrackingRules rules = new(catalog, ImplementationTracker.DirectoryFor(catalog));
        private readonly TrackingReadOptions options = options ?? TrackingReadOptions.None;

        // The log's rules (duplicates, conflicts, withdrawals) are the ledger's; the reader keeps where each stored
        // entry came from, so a conflict names both rows.
        private readonly Ledger ledger = new(capacity);
        private readonly List<int> places = new(capacity);
        private readonly Func<int, string> place = placeText ?? CsvPlace;

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

        /// <summary>Stores an entry by the log's rules; a conflict or a withdrawal of nothing names both places.</summary>
        public void Add(ITrackingEntry entry, int at)
        {
            try
            {
                if (ledger.Add(entry) != EntryEffect.Duplicate)
                {
                    places.Add(at);
                }
            }
            catch (LedgerException e)
            {
                var other = e.Other is { } i ? $" (the other entry is at {place(places[i])})" : string.Empty;
                throw new PolicyDataException(Capital(e.Message) + other, place(at), e);
            }
        }

        /// <summary>The log of everything stored.</summary>
        public TrackingLog Log() => TrackingLog.Over(ledger);

        /// <summary>A CSV entry with the row's recording day, body and reason (its columns, else the file's defaults).</summary>
        public ITrackingEntry Stamped(ITrackingEntry entry, CsvRecords.RowCursor row, Recorded recorded) =>
            recorded.On < 0 && recorded.By < 0 && recorded.Reason < 0 && options.RecordedOn is null && options.RecordedBy is null
                ? entry
                : Stamped(entry, OptionalText(row, recorded.On), At.Csv(row, recorded.On), OptionalText(row, recorded.By), At.Csv(row, recorded.By), OptionalText(row, recorded.Reason), At.Csv(row, recorded.Reason));

        /// <summary>A JSON entry with its <c>recordedOn</c>, <c>recordedBy</c> and <c>reason</c> members (else the file's defaults).</summary>
        public ITrackingEntry Stamped(ITrackingEntry entry, JsonEntry json)
        {
            int on = json.Fields.Column(Names.RecordedOn), by = json.Fields.Column(Names.RecordedBy), reason = json.Fields.Column(Names.Reason);
            return Stamped(entry, json.Text(on), json.At(on), json.Text(by), json.At(by), json.Text(reason), json.At(reason));
        }

        /// <summary>A withdrawal of the row's key (CSV).</summary>
        public Withdrawal Withdrawal(CsvRecords.RowCursor row, Recorded recorded, EntryKey key) =>
            Withdrawal(key, OptionalText(row, recorded.On), At.Csv(row, recorded.On), OptionalText(row, recorded.By), At.Csv(row, recorded.By), OptionalText(row, recorded.Reason), At.Csv(row, recorded.Reason));

        /// <summary>A withdrawal (撤回) of <paramref name="key"/>: its recording day is required (the entry's or the file's).</summary>
        public Withdrawal Withdrawal(EntryKey key, string? onText, At onAt, string? byText, At byAt, string? reason, At reasonAt)
        {
            var on = string.IsNullOrEmpty(onText) ? options.RecordedOn : ParseDate(onText, onAt);
            if (on is null)
            {
                throw new PolicyDataException("A withdrawal (撤回) needs the day it is made: give recordedOn (填报日期), or the file's recording day in the reader's options.", onAt.ToString());
            }

            var by = string.IsNullOrEmpty(byText) ? options.RecordedBy ?? key.Subject : ResolveSubject(byText, byAt);
            FreeText("reason", reason, reasonAt);
            Withdrawal withdrawal;
            try
            {
                withdrawal = new Withdrawal(key, on.Value, by, reason);
            }
            catch (ArgumentException e)
            {
                throw new PolicyDataException(e.Message, onAt.ToString(), e);
            }

            return rules.Check(withdrawal) is { } error ? throw new PolicyDataException(Capital(error), onAt.ToString()) : withdrawal;
        }

        /// <summary>The key of the figure a CSV row names.</summary>
        public EntryKey FigureKey(CsvRecords.RowCursor row, int target, int subject, int date) =>
            FigureKey(Text(row, target), At.Csv(row, target), subject < 0 ? null : Text(row, subject), At.Csv(row, subject), Text(row, date), At.Csv(row, date));

        /// <summary>The key of a figure: target, subject (blank: the province) and the day it is about.</summary>
        public EntryKey FigureKey(string target, At targetAt, string? subjectText, At subjectAt, string dateText, At dateAt)
        {
            if (!catalog.TryGetTarget(target, out var found))
            {
                throw new PolicyDataException($"No target has the id {Shown(target)}; ids are '<measure-id>/t<n>', e.g. 'jilin-2022-county-urbanization/68/t1'.", targetAt.ToString());
            }

            var subject = string.IsNullOrWhiteSpace(subjectText) ? Subject.Province : ResolveSubject(subjectText, subjectAt);
            return EntryKey.Figure(found.Id, subject, ParseDate(dateText, dateAt));
        }

        /// <summary>The key of the status a CSV row names.</summary>
        public EntryKey StatusKey(CsvRecords.RowCursor row, int measure, int reporter, int date) =>
            StatusKey(Text(row, measure), At.Csv(row, measure), Text(row, reporter), At.Csv(row, reporter), Text(row, date), At.Csv(row, date));

        /// <summary>The key of a status: measure, reporter and the day it describes.</summary>
        public EntryKey StatusKey(string measureText, At measureAt, string reporterText, At reporterAt, string dateText, At dateAt)
        {
            if (!MeasureId.TryParse(measureText, out var measure) || !catalog.TryGetMeasure(measure, out _))
            {
                throw new PolicyDataException($"No measure has the id {Shown(measureText)}; ids are '<document-id>/<number>', e.g. 'jilin-2022-county-urbanization/26'.", measureAt.ToString());
            }

            return EntryKey.Status(measure, ResolveSubject(reporterText, reporterAt), ParseDate(dateText, dateAt));
        }

        // An entry with its recording day, body and reason from texts (null or empty: the file's defaults, else the entry's own).
        private ITrackingEntry Stamped(ITrackingEntry entry, string? onText, At onAt, string? byText, At byAt, string? reason, At reasonAt)
        {
            var on = string.IsNullOrEmpty(onText) ? options.RecordedOn : ParseDate(onText, onAt);
            var by = string.IsNullOrEmpty(byText) ? options.RecordedBy : ResolveSubject(byText, byAt);
            FreeText("reason", reason, reasonAt);
            if (on is null && by is null && reason is null)
            {
                return entry;
            }

            ITrackingEntry stamped;
            try
            {
                stamped = entry switch
                {
                    ProgressObservation o => o with { RecordedOn = on ?? o.RecordedOn, RecordedBy = by ?? o.RecordedBy, Reason = reason },
                    StatusUpdate u => u with { RecordedOn = on ?? u.RecordedOn, RecordedBy = by ?? u.RecordedBy, Reason = reason },
                    _ => entry,
                };
            }
            catch (ArgumentException e)
            {
                throw new PolicyDataException(e.Message, onAt.ToString(), e);
            }

            return TrackingRules.Dated(stamped) is { } error ? throw new PolicyDataException(Capital(error), onAt.ToString()) : stamped;
        }

        private string? OptionalText(CsvRecords.RowCursor row, int index) => index < 0 ? null : Optional(row, index);

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

            return rules.CheckPlace(observation, out _) is { } error ? throw new PolicyDataException(Capital(error), at.Subject.ToString()) : observation;
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

            return parsed.Value < TrackingRules.Earliest || parsed.Value > TrackingRules.Latest
                ? throw new PolicyDataException($"{text} is out of range: entries are dated {TrackingRules.RangeText}.", where.ToString())
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
        public static readonly string[] RecordedOn = ["recordedOn", "填报日期"];
        public static readonly string[] RecordedBy = ["recordedBy", "填报单位"];
        public static readonly string[] Reason = ["reason", "更正原因"];
        public static readonly string[] Action = ["action", "操作"];
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
