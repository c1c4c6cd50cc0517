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
/// Columns are matched by name in any order; unknown columns are ignored. Subjects and reporters are any text
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
    public static TrackingLog ReadObservationsCsv(PolicyCatalog catalog, TextReader reader) => ReadObservationsCsv(catalog, reader, TrackingReadOptions.None);

    /// <summary>Reads observations from CSV, with defaults for the file's recording day and reporting body.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="options">The file's recording day and body, for rows without <c>recordedOn</c>/<c>recordedBy</c>.</param>
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
        return ReadObservations(catalog, CsvRecords.Read(reader, ObservationsCsv), fromCaches, options ?? TrackingReadOptions.None);
    }

    private static TrackingLog ReadObservations(PolicyCatalog catalog, CsvRecords csv, bool fromCaches, TrackingReadOptions options)
    {
        var target = csv.RequiredColumn("target", "indicator", "targetId");
        var subject = csv.Column("subject", "county", "division");
        var value = csv.RequiredColumn("value");
        var unit = csv.RequiredColumn("unit");
        var date = csv.RequiredColumn("observedOn", "date");
        var source = csv.Column("source");
        var note = csv.Column("note");
        var recorded = Recorded.Columns(csv);
        var context = new Context(catalog, options, csv.Count);
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
                ParseNumber(row, value), context.Text(row, unit), At.Csv(row, unit),
                context.Text(row, date), At.Csv(row, date),
                context.Optional(row, source), context.Optional(row, note));
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
    /// <param name="options">The file's recording day and body, for rows without <c>recordedOn</c>/<c>recordedBy</c>.</param>
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
        var measure = csv.RequiredColumn("measure", "measureId");
        var reporter = csv.RequiredColumn("reporter", "department", "county", "subject");
        var status = csv.RequiredColumn("status");
        var date = csv.RequiredColumn("reportedOn", "date");
        var narrative = csv.Column("narrative", "note");
        var source = csv.Column("source");
        var recorded = Recorded.Columns(csv);
        var context = new Context(catalog, options, csv.Count);
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
                context.Text(row, date), At.Csv(row, date), context.Optional(row, narrative) ?? string.Empty, context.Optional(row, source));
            context.Add(context.Stamped(update, row, recorded), row.Line);
        }

        return context.Log();
    }

    /// <summary>Reads a JSON tracking file (UTF-8): observations and status updates.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="utf8Json">The JSON stream; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the JSON path.</exception>
    public static TrackingLog ReadJson(PolicyCatalog catalog, Stream utf8Json) => ReadJson(catalog, utf8Json, TrackingReadOptions.None);

    /// <summary>Reads a JSON tracking file (UTF-8), with defaults for the file's recording day and reporting body.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="utf8Json">The JSON stream; it is left open.</param>
    /// <param name="options">The file's recording day and body, for entries without <c>recordedOn</c>/<c>recordedBy</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the JSON path.</exception>
    public static TrackingLog ReadJson(PolicyCatalog catalog, Stream utf8Json, TrackingReadOptions options)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(options);
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

        if (file.Version is not (1 or SupportedVersion))
        {
            throw new PolicyDataException($"Version {file.Version?.ToString(CultureInfo.InvariantCulture) ?? "(missing)"} is not supported; this library reads versions 1 and {SupportedVersion}.", "$.version");
        }

        var list = file.Observations ?? [];
        var statusList = file.StatusUpdates ?? [];
        var withdrawals = file.Withdrawals ?? [];
        var context = new Context(catalog, options, list.Count + statusList.Count + withdrawals.Count, JsonPlace);
        for (var i = 0; i < list.Count; i++)
        {
            const string path = "$.observations";
            var o = list[i] ?? throw new PolicyDataException("An observation is null; expected an object.", At.Json(path, i, string.Empty).ToString());
            var figure = context.Observation(
                o.Target ?? o.Indicator ?? string.Empty, At.Json(path, i, ".target"), o.Subject, At.Json(path, i, ".subject"),
                o.Value ?? throw new PolicyDataException("An observation needs a value.", At.Json(path, i, ".value").ToString()), o.Unit ?? string.Empty, At.Json(path, i, ".unit"),
                o.ObservedOn ?? string.Empty, At.Json(path, i, ".observedOn"), o.Source, o.Note);
            context.Add(context.Stamped(figure, o.RecordedOn, At.Json(path, i, ".recordedOn"), o.RecordedBy, At.Json(path, i, ".recordedBy"), o.Reason), i);
        }

        for (var i = 0; i < statusList.Count; i++)
        {
            const string path = "$.statusUpdates";
            var u = statusList[i] ?? throw new PolicyDataException("A status update is null; expected an object.", At.Json(path, i, string.Empty).ToString());
            var update = context.Status(
                u.Measure ?? string.Empty, At.Json(path, i, ".measure"), u.Reporter ?? string.Empty, At.Json(path, i, ".reporter"), u.Status ?? string.Empty, At.Json(path, i, ".status"),
                u.ReportedOn ?? string.Empty, At.Json(path, i, ".reportedOn"), u.Narrative ?? string.Empty, u.Source);
            context.Add(context.Stamped(update, u.RecordedOn, At.Json(path, i, ".recordedOn"), u.RecordedBy, At.Json(path, i, ".recordedBy"), u.Reason), StatusPlace + i);
        }

        for (var i = 0; i < withdrawals.Count; i++)
        {
            const string path = "$.withdrawals";
            var w = withdrawals[i] ?? throw new PolicyDataException("A withdrawal is null; expected an object.", At.Json(path, i, string.Empty).ToString());
            EntryKey key;
            if (w.Measure is not null)
            {
                key = context.StatusKey(w.Measure, At.Json(path, i, ".measure"), w.Reporter ?? string.Empty, At.Json(path, i, ".reporter"), w.ReportedOn ?? string.Empty, At.Json(path, i, ".reportedOn"));
            }
            else
            {
                key = context.FigureKey(w.Target ?? string.Empty, At.Json(path, i, ".target"), w.Subject, At.Json(path, i, ".subject"), w.ObservedOn ?? string.Empty, At.Json(path, i, ".observedOn"));
            }

            context.Add(context.Withdrawal(key, w.RecordedOn, At.Json(path, i, ".recordedOn"), w.RecordedBy, At.Json(path, i, ".recordedBy"), w.Reason), WithdrawalPlace + i);
        }

        return context.Log();
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
        return ReadCsvAsync(reader, text => ReadObservations(catalog, CsvRecords.Read(text, ObservationsCsv), fromCaches: true, TrackingReadOptions.None), cancellationToken);
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
    private readonly record struct Recorded(int On, int By, int Reason, int Action)
    {
        public static Recorded Columns(CsvRecords csv) => new(
            csv.Column("recordedOn", "填报日期"),
            csv.Column("recordedBy", "填报单位"),
            csv.Column("reason", "更正原因"),
            csv.Column("action", "操作"));

        /// <summary>True when the row's action is a withdrawal (撤回, withdraw); blank, 填报, 更正, report or correct is an entry.</summary>
        public bool Withdraws(CsvRecords.RowCursor row)
        {
            if (Action < 0)
            {
                return false;
            }

            var text = row.Span(Action).Trim();
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
    private sealed class Context(PolicyCatalog catalog, TrackingReadOptions options, int capacity, Func<int, string>? placeText = null)
    {
        private readonly SubjectDirectory subjects = ImplementationTracker.DirectoryFor(catalog);
        private readonly TrackingRules rules = new(catalog, ImplementationTracker.DirectoryFor(catalog));

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

        /// <summary>An entry with the row's recording day, body and reason (its columns, else the file's defaults).</summary>
        public ITrackingEntry Stamped(ITrackingEntry entry, CsvRecords.RowCursor row, Recorded recorded) =>
            Stamped(entry, OptionalText(row, recorded.On), At.Csv(row, recorded.On), OptionalText(row, recorded.By), At.Csv(row, recorded.By), Optional(row, recorded.Reason));

        /// <summary>An entry with its recording day, body and reason from texts (null or blank: the file's defaults, else the entry's own).</summary>
        public ITrackingEntry Stamped(ITrackingEntry entry, string? onText, At onAt, string? byText, At byAt, string? reason)
        {
            var on = string.IsNullOrWhiteSpace(onText) ? options.RecordedOn : ParseDate(onText, onAt);
            var by = string.IsNullOrWhiteSpace(byText) ? options.RecordedBy : ResolveSubject(byText, byAt);
            if (on is null && by is null && reason is null)
            {
                return entry;
            }

            try
            {
                var stamped = entry switch
                {
                    ProgressObservation o => (ITrackingEntry)(o with { RecordedOn = on ?? o.RecordedOn, RecordedBy = by ?? o.RecordedBy, Reason = reason }),
                    StatusUpdate u => u with { RecordedOn = on ?? u.RecordedOn, RecordedBy = by ?? u.RecordedBy, Reason = reason },
                    _ => entry,
                };
                return TrackingRules.Dated(stamped) is { } error ? throw new PolicyDataException(Capital(error), onAt.ToString()) : stamped;
            }
            catch (ArgumentException e)
            {
                throw new PolicyDataException(e.Message, onAt.ToString(), e);
            }
        }

        /// <summary>A withdrawal of the row's key (CSV).</summary>
        public Withdrawal Withdrawal(CsvRecords.RowCursor row, Recorded recorded, EntryKey key) =>
            Withdrawal(key, OptionalText(row, recorded.On), At.Csv(row, recorded.On), OptionalText(row, recorded.By), At.Csv(row, recorded.By), Optional(row, recorded.Reason));

        /// <summary>A withdrawal (撤回) of <paramref name="key"/>: its recording day is required (the row's or the file's).</summary>
        public Withdrawal Withdrawal(EntryKey key, string? onText, At onAt, string? byText, At byAt, string? reason)
        {
            var on = string.IsNullOrWhiteSpace(onText) ? options.RecordedOn : ParseDate(onText, onAt);
            if (on is null)
            {
                throw new PolicyDataException("A withdrawal (撤回) needs the day it is made: give recordedOn (填报日期), or the file's recording day in the reader's options.", onAt.ToString());
            }

            var by = string.IsNullOrWhiteSpace(byText) ? options.RecordedBy ?? key.Subject : ResolveSubject(byText, byAt);
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

            return Checked(found, who, number, unitValue, day, Optional(row, source), Optional(row, note), At.Csv(row, target), At.Csv(row, subject), At.Csv(row, unit));
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
            string target, At targetAt, string? subjectText, At subjectAt, decimal value, string unitText, At unitAt,
            string dateText, At dateAt, string? source, string? note)
        {
            if (!targetCache.TryGetValue(target, out var found))
            {
                if (!catalog.TryGetTarget(target, out found))
                {
                    throw new PolicyDataException($"No target has the id {Shown(target)}; ids are '<measure-id>/t<n>', e.g. 'jilin-2022-county-urbanization/68/t1'.", targetAt.ToString());
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

            return Checked(found, subject, value, unit, ParseDate(dateText, dateAt), source, note, targetAt, subjectAt, unitAt);
        }

        /// <summary>The entry, checked with the tracker's rules; equal quantities (same digits, same unit) share one instance.</summary>
        private ProgressObservation Checked(TargetIndicator found, Subject subject, decimal value, Targets.Unit unit, LocalDate day, string? source, string? note, At targetAt, At subjectAt, At unitAt)
        {
            if (!quantities.TryGetValue((value, unit), out var quantity))
            {
                quantity = new Quantity(value, unit);
                if (quantities.Count < PoolLimit)
                {
                    quantities[(value, unit)] = quantity;
                }
            }

            var observation = new ProgressObservation(found.Id, subject, quantity, day, source, note);
            return rules.Check(observation) is { } error ? throw new PolicyDataException(Capital(error), error.Contains("unit", StringComparison.Ordinal) || error.Contains("measured in", StringComparison.Ordinal) ? unitAt.ToString() : error.Contains("subject", StringComparison.Ordinal) || error.Contains("binds", StringComparison.Ordinal) ? subjectAt.ToString() : targetAt.ToString()) : observation;
        }

        public StatusUpdate Status(
            string measureText, At measureAt, string reporterText, At reporterAt, string statusText, At statusAt,
            string dateText, At dateAt, string narrative, string? source)
        {
            if (!MeasureId.TryParse(measureText, out var measure) || !catalog.TryGetMeasure(measure, out _))
            {
                throw new PolicyDataException($"No measure has the id {Shown(measureText)}; ids are '<document-id>/<number>', e.g. 'jilin-2022-county-urbanization/26'.", measureAt.ToString());
            }

            var reporter = ResolveSubject(reporterText, reporterAt);
            var status = ParseStatus(statusText, statusAt);
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

            var parsed = LocalDatePattern.Iso.Parse(text.Trim());
            if (!parsed.Success)
            {
                throw new PolicyDataException($"{Shown(text)} is not a date; write yyyy-MM-dd, e.g. 2025-12-31.", where.ToString());
            }

            return parsed.Value < TrackingRules.Earliest || parsed.Value > TrackingRules.Latest
                ? throw new PolicyDataException($"{text.Trim()} is out of range: entries are dated {TrackingRules.RangeText}.", where.ToString())
                : dateCache[text] = parsed.Value;
        }

        private static MeasureStatus ParseStatus(string text, At where)
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
                where.ToString());
        }

        private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

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
    private readonly struct At
    {
        private readonly CsvRecords.RowCursor? row;
        private readonly int index;
        private readonly string? path;
        private readonly string? member;

        private At(CsvRecords.RowCursor? row, int index, string? path, string? member) => (this.row, this.index, this.path, this.member) = (row, index, path, member);

        public static At Csv(CsvRecords.RowCursor row, int column) => new(row, column, null, null);

        public static At Json(string array, int index, string member) => new(null, index, array, member);

        public override string ToString() => row is not null ? row.Where(index) : $"{path}[{index}]{member}";
    }
}
