using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Serialization;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// Reads progress as people write it, checking every entry against a catalog with the tracker's rules: strict runs of
/// the one intake pipeline (<see cref="Intake.IntakeReader"/>, <c>docs/intake.md</c>), so the first problem is a
/// <see cref="PolicyDataException"/> naming the row and column (<c>row 2, column C (value)</c>) or the JSON path
/// (<c>$.observations[0].value</c>).
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
/// Columns (and JSON members) are matched by name in any order, through the intake's one header table (English or
/// Chinese, <c>指标编号</c>, <c>完成值</c> …): unknown ones are ignored, and two synonyms of one field (<c>target</c> and
/// <c>indicator</c>) are refused as ambiguous. Subjects and reporters are any text <see cref="SubjectDirectory"/>
/// resolves (<c>梅河口</c>, <c>220581</c>, <c>住建厅</c>, <c>全省</c>); values, units, dates and statuses as the intake
/// reads them (<c>2025-9-30</c>, <c>78%</c>, <c>推进中</c>), except that a figure is kept in the unit written (what the
/// library writes, it reads back equal). Values follow <see cref="ObservationRule"/>, the rule <c>Evaluate</c> applies,
/// so whatever is read evaluates.
/// </summary>
public static class TrackingLogReader
{
    /// <summary>The JSON format version this library reads and writes.</summary>
    public const int SupportedVersion = 2;

    /// <summary>Reads observations from CSV.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the row and column (<c>row 2, column C (value)</c>).</exception>
    public static TrackingLog ReadObservationsCsv(PolicyCatalog catalog, TextReader reader) => ReadObservationsCsv(catalog, reader, TrackingReadOptions.None);

    /// <summary>Reads observations from CSV, with defaults for the file's recording day and reporting body.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text; it is left open.</param>
    /// <param name="options">The file's recording day and body, for rows without <c>recordedOn</c>/<c>recordedBy</c> (填报日期, 填报单位).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the row and column (<c>row 2, column C (value)</c>).</exception>
    public static TrackingLog ReadObservationsCsv(PolicyCatalog catalog, TextReader reader, TrackingReadOptions options)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(reader);
        Guard.Against.Null(options);
        return Strict(catalog, new DelimitedSource(reader, string.Empty, separator: null, leaveOpen: true), options, IntakeEntries.Figures);
    }

    /// <summary>Reads status updates from CSV.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the row and column (<c>row 2, column C (status)</c>).</exception>
    public static TrackingLog ReadStatusUpdatesCsv(PolicyCatalog catalog, TextReader reader) => ReadStatusUpdatesCsv(catalog, reader, TrackingReadOptions.None);

    /// <summary>Reads status updates from CSV, with defaults for the file's recording day and reporting body.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text; it is left open.</param>
    /// <param name="options">The file's recording day and body, for rows without <c>recordedOn</c>/<c>recordedBy</c> (填报日期, 填报单位).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the row and column (<c>row 2, column C (status)</c>).</exception>
    public static TrackingLog ReadStatusUpdatesCsv(PolicyCatalog catalog, TextReader reader, TrackingReadOptions options)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(reader);
        Guard.Against.Null(options);
        return Strict(catalog, new DelimitedSource(reader, string.Empty, separator: null, leaveOpen: true), options, IntakeEntries.Statuses);
    }

    /// <summary>Reads a JSON tracking file (UTF-8): observations, status updates and withdrawals.</summary>
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
        return Strict(catalog, new JsonSource(new KeptOpenStream(utf8Json), string.Empty, SupportedVersion), options, IntakeEntries.Any);
    }

    /// <summary>Tries to read observations from CSV; never throws for bad input.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="log">The log, or null.</param>
    /// <param name="error">What was wrong and where (the first problem), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="reader"/> is null.</exception>
    public static bool TryReadObservationsCsv(PolicyCatalog catalog, TextReader reader, [NotNullWhen(true)] out TrackingLog? log, [NotNullWhen(false)] out PolicyDataException? error) =>
        Try(() => ReadObservationsCsv(catalog, reader), catalog, reader, out log, out error);

    /// <summary>Tries to read status updates from CSV; never throws for bad input.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="log">The log, or null.</param>
    /// <param name="error">What was wrong and where (the first problem), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="reader"/> is null.</exception>
    public static bool TryReadStatusUpdatesCsv(PolicyCatalog catalog, TextReader reader, [NotNullWhen(true)] out TrackingLog? log, [NotNullWhen(false)] out PolicyDataException? error) =>
        Try(() => ReadStatusUpdatesCsv(catalog, reader), catalog, reader, out log, out error);

    /// <summary>Tries to read a JSON tracking file; never throws for bad input.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="utf8Json">The JSON stream.</param>
    /// <param name="log">The log, or null.</param>
    /// <param name="error">What was wrong and where (the first problem), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read (closed or write-only).</exception>
    public static bool TryReadJson(PolicyCatalog catalog, Stream utf8Json, [NotNullWhen(true)] out TrackingLog? log, [NotNullWhen(false)] out PolicyDataException? error) =>
        Try(() => ReadJson(catalog, utf8Json), catalog, AsyncStreams.Readable(utf8Json, nameof(utf8Json)), out log, out error);

    /// <summary>Reads observations from CSV, reading <paramref name="reader"/> asynchronously (an ASP.NET Core request body works).</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the row and column.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<TrackingLog> ReadObservationsCsvAsync(PolicyCatalog catalog, TextReader reader, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(reader);
        return ReadCsvAsync(reader, text => ReadObservationsCsv(catalog, text), cancellationToken);
    }

    /// <summary>Reads measure status updates from CSV, reading <paramref name="reader"/> asynchronously.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the row and column.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<TrackingLog> ReadStatusUpdatesCsvAsync(PolicyCatalog catalog, TextReader reader, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(reader);
        return ReadCsvAsync(reader, text => ReadStatusUpdatesCsv(catalog, text), cancellationToken);
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

    /// <summary>
    /// A strict run of the intake pipeline over one source: the first problem throws; figures are kept as written; no
    /// row counts as left blank (a row without a value is a problem, as it always was here).
    /// </summary>
    internal static TrackingLog Strict(PolicyCatalog catalog, IntakeSource source, TrackingReadOptions options, IntakeEntries entries, bool onePerTarget = false, IntakeField[]? closedMembers = null)
    {
        var pipeline = new IntakePipeline(catalog, new IntakeOptions { Strict = true, FileDefaults = options })
        {
            Entries = entries,
            SkipsUnfilled = false,
            AsWritten = true,
            OnePerTarget = onePerTarget,
            ClosedMembers = closedMembers,
        };
        using (source)
        {
            pipeline.Read(source);
        }

        return pipeline.Result().Log;
    }

    // The text is awaited once, then read as the synchronous form reads it.
    private static async Task<TrackingLog> ReadCsvAsync(TextReader reader, Func<TextReader, TrackingLog> read, CancellationToken cancellationToken) =>
        read(new StringReader(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false)));

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
}
