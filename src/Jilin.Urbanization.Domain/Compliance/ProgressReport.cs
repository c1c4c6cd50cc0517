using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using NodaTime;

namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>
/// Progress data: at most one observation per target, keyed by target id. Read it from JSON
/// (<c>{"version": 1, "observations": [{"indicator": "jilin-2022-county-urbanization/68/t1", "value": 78, "unit": "%", "observedOn": "2025-12-31"}]}</c>)
/// or CSV (header <c>indicator,value,unit,observedOn</c>), then <see cref="Evaluate(PolicyCatalog, IClock)"/> it.
/// Units are any <see cref="Targets.Unit"/> symbol compatible with the target's (万套 for 套, fraction for %).
/// </summary>
public sealed record ProgressReport
{
    /// <summary>For JSON (<c>DomainJson</c>): the lists as the properties hold them, checked as by the public constructor.</summary>
    [JsonConstructor]
    internal ProgressReport(ValueList<ProgressEntry> entries)
        : this((IEnumerable<ProgressEntry>)entries)
    {
    }

    /// <summary>Creates a report.</summary>
    /// <param name="entries">The observations; each target at most once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or an entry is null.</exception>
    /// <exception cref="ArgumentException">Two entries name the same target.</exception>
    public ProgressReport(IEnumerable<ProgressEntry> entries)
    {
        Guard.Against.Null(entries);
        var list = entries.ToValueList();
        var seen = new HashSet<Targets.TargetId>();
        foreach (var entry in list)
        {
            Guard.Against.Null(entry, nameof(entries));
            if (!seen.Add(entry.TargetId))
            {
                throw new ArgumentException($"Two observations name the target '{entry.TargetId}'; a report holds one per target.", nameof(entries));
            }
        }

        Entries = list;
    }

    /// <summary>The observations, in the order given.</summary>
    public ValueList<ProgressEntry> Entries { get; }

    /// <summary>Reads a JSON progress report (UTF-8), checking every entry against <paramref name="catalog"/>.</summary>
    /// <param name="utf8Json">The JSON stream.</param>
    /// <param name="catalog">The catalog whose targets the ids name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read (closed or write-only).</exception>
    /// <exception cref="PolicyDataException">
    /// The JSON is malformed, wrongly typed, has unknown or missing fields, a duplicated or unknown (dangling) target
    /// id, an unknown or incompatible unit, a bad date, or an out-of-range value; the location is the JSON path.
    /// </exception>
    public static ProgressReport ReadJson(Stream utf8Json, PolicyCatalog catalog)
    {
        Serialization.AsyncStreams.Readable(utf8Json, nameof(utf8Json));
        Guard.Against.Null(catalog);
        return ProgressReportReader.ReadJson(utf8Json, catalog);
    }

    /// <summary>Reads a JSON progress report against <see cref="PolicyCatalog.Default"/> (see <see cref="ReadJson(Stream, PolicyCatalog)"/>).</summary>
    /// <param name="utf8Json">The JSON stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read (closed or write-only).</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the JSON path.</exception>
    public static ProgressReport ReadJson(Stream utf8Json) => ReadJson(utf8Json, PolicyCatalog.Default);

    /// <summary>Tries to read a JSON progress report; never throws for bad input.</summary>
    /// <param name="utf8Json">The JSON stream.</param>
    /// <param name="catalog">The catalog whose targets the ids name.</param>
    /// <param name="report">The report, or null.</param>
    /// <param name="error">What was wrong and where, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read (closed or write-only).</exception>
    public static bool TryReadJson(Stream utf8Json, PolicyCatalog catalog, [NotNullWhen(true)] out ProgressReport? report, [NotNullWhen(false)] out PolicyDataException? error)
    {
        // The argument checks come first, so a bad stream or a null catalog is the caller's error, not a false.
        Serialization.AsyncStreams.Readable(utf8Json, nameof(utf8Json));
        Guard.Against.Null(catalog);
        return Try(() => ReadJson(utf8Json, catalog), out report, out error);
    }

    /// <summary>Reads a JSON progress report asynchronously (see <see cref="ReadJson(Stream, PolicyCatalog)"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="utf8Json">The JSON stream; it is left open.</param>
    /// <param name="catalog">The catalog whose targets the ids name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the JSON path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ProgressReport> ReadJsonAsync(Stream utf8Json, PolicyCatalog catalog, CancellationToken cancellationToken = default)
    {
        Serialization.AsyncStreams.Readable(utf8Json, nameof(utf8Json));
        Guard.Against.Null(catalog);
        return Serialization.AsyncStreams.ReadAsync(utf8Json, s => ReadJson(s, catalog), cancellationToken);
    }

    /// <summary>Reads a CSV progress report asynchronously (see <see cref="ReadCsv(TextReader, PolicyCatalog)"/>).</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="catalog">The catalog whose targets the ids name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the row and column (<c>row 2, column B (value)</c>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ProgressReport> ReadCsvAsync(TextReader reader, PolicyCatalog catalog, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(reader);
        Guard.Against.Null(catalog);
        return Serialization.AsyncStreams.ReadAsync(reader, r => ReadCsv(r, catalog), cancellationToken);
    }

    /// <summary>Reads a CSV progress report: header <c>indicator,value,unit,observedOn</c>, one observation per line.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="catalog">The catalog whose targets the ids name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">
    /// The header is wrong, a line has the wrong number of fields, a value is not a number, or an entry is duplicated,
    /// dangling, of an incompatible unit, badly dated or out of range; the location is the row and column (<c>row 2, column B (value)</c>).
    /// </exception>
    public static ProgressReport ReadCsv(TextReader reader, PolicyCatalog catalog)
    {
        Guard.Against.Null(reader);
        Guard.Against.Null(catalog);
        return ProgressReportReader.ReadCsv(reader, catalog);
    }

    /// <summary>Reads a CSV progress report against <see cref="PolicyCatalog.Default"/> (see <see cref="ReadCsv(TextReader, PolicyCatalog)"/>).</summary>
    /// <param name="reader">The CSV text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="PolicyDataException">The input is invalid; the location is the row and column (<c>row 2, column B (value)</c>).</exception>
    public static ProgressReport ReadCsv(TextReader reader) => ReadCsv(reader, PolicyCatalog.Default);

    /// <summary>Tries to read a CSV progress report; never throws for bad input.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="catalog">The catalog whose targets the ids name.</param>
    /// <param name="report">The report, or null.</param>
    /// <param name="error">What was wrong and where, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="catalog"/> is null.</exception>
    public static bool TryReadCsv(TextReader reader, PolicyCatalog catalog, [NotNullWhen(true)] out ProgressReport? report, [NotNullWhen(false)] out PolicyDataException? error) =>
        Try(() => ReadCsv(reader, catalog), out report, out error);

    /// <summary>
    /// Evaluates every observation as of today in China Standard Time by <paramref name="clock"/>, and lists the
    /// catalog's targets that are past their deadline and not met (unreported ones included).
    /// </summary>
    /// <param name="catalog">The catalog whose targets the ids name.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">An entry names a target the catalog does not have.</exception>
    /// <exception cref="ArgumentException">An observation cannot measure its target (unit, or dated after today or before the target's period).</exception>
    public ComplianceReport Evaluate(PolicyCatalog catalog, IClock clock)
    {
        Guard.Against.Null(catalog);
        return Evaluate(catalog, ComplianceCalendar.Today(clock));
    }

    /// <summary>Evaluates every observation as of <paramref name="asOf"/> (see <see cref="Evaluate(PolicyCatalog, IClock)"/>).</summary>
    /// <param name="catalog">The catalog whose targets the ids name.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">An entry names a target the catalog does not have.</exception>
    /// <exception cref="ArgumentException">An observation cannot measure its target.</exception>
    public ComplianceReport Evaluate(PolicyCatalog catalog, LocalDate asOf)
    {
        Guard.Against.Null(catalog);
        return Evaluate(Tracking.TrackingScope.Everything(catalog), asOf);
    }

    /// <summary>
    /// Evaluates the observations of the targets in <paramref name="scope"/> as of <paramref name="asOf"/>; overdue and
    /// unreported lists name only targets in scope, so a county reporting on the 2022 measures does not see the 2021
    /// targets as overdue. Observations of targets outside the scope are left out.
    /// </summary>
    /// <param name="scope">What to evaluate (documents, chapters, groups, measures, targets, departments).</param>
    /// <param name="asOf">The day of the question.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">An entry names a target the scope's catalog does not have.</exception>
    /// <exception cref="ArgumentException">
    /// An observation cannot measure its target (unit, or dated after <paramref name="asOf"/> or before the target's
    /// period), or its target binds each county (see <see cref="ToTrackingLog(PolicyCatalog)"/>).
    /// </exception>
    /// <remarks>
    /// A view over the tracking model (3.0): the observations become the province's entries of a
    /// <see cref="Tracking.TrackingLog"/> and each is judged by <see cref="Tracking.ImplementationTracker.Evaluate(Targets.TargetId, Tracking.Subject, LocalDate)"/>,
    /// the rule every other report uses.
    /// </remarks>
    public ComplianceReport Evaluate(Tracking.TrackingScope scope, LocalDate asOf)
    {
        Guard.Against.Null(scope);
        var catalog = scope.Catalog;
        var observations = new Dictionary<Targets.TargetId, Observation>();
        foreach (var entry in Entries)
        {
            var target = catalog.GetTarget(entry.TargetId);
            if (entry.Observation.ObservedOn > asOf)
            {
                // A figure about a later day cannot describe asOf; the 1.x refusal is kept, so nothing sent is dropped.
                throw new ArgumentException($"The observation of {target.Id} is dated {entry.Observation.ObservedOn:uuuu-MM-dd}, after the day of the question ({asOf:uuuu-MM-dd}).", nameof(asOf));
            }

            observations.Add(target.Id, entry.Observation);
        }

        // The view: the figures are the province's (全省) entries of a tracking log, judged by the tracker's own rules.
        Tracking.ImplementationTracker tracker;
        try
        {
            tracker = new Tracking.ImplementationTracker(catalog, ToTrackingLog(catalog));
        }
        catch (ArgumentException e) when (e.ParamName == "log")
        {
            // The tracker's reason, without the name of its own parameter, which the caller never passed.
            throw new ArgumentException(e.Message.Replace(" (Parameter 'log')", string.Empty, StringComparison.Ordinal), e);
        }
        var results = new List<TargetEvaluation>();
        var overdue = new List<Targets.TargetIndicator>();
        var unreported = new List<Targets.TargetId>();
        foreach (var target in catalog.Targets)
        {
            if (!scope.Covers(target))
            {
                continue;
            }

            var result = observations.ContainsKey(target.Id) ? tracker.Evaluate(target.Id, Tracking.Subject.Province, asOf) : null;
            if (result?.Evaluation is { } evaluation)
            {
                results.Add(evaluation);
            }
            else
            {
                unreported.Add(target.Id);
            }

            if (result?.IsOverdue ?? target.Deadline is { } deadline && deadline.HasPassed(asOf))
            {
                overdue.Add(target);
            }
        }

        return new ComplianceReport(asOf, results.ToValueList(), overdue.ToValueList(), unreported.ToValueList());
    }

    /// <summary>
    /// The observations as entries of a tracking log: each is the province's (全省) figure for its target, recorded on
    /// the day it is about. This is the way from the 1.x single-figure report to the tracking model (see the release
    /// notes' migration section).
    /// </summary>
    /// <param name="catalog">The catalog whose targets the ids name.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">An entry names a target the catalog does not have.</exception>
    /// <exception cref="ArgumentException">
    /// An entry's target binds each county (<see cref="Targets.TargetBinding.EachCounty"/>): one province figure cannot
    /// say whether every county meets it, so such figures are reported per county in a <see cref="Tracking.TrackingLog"/>.
    /// </exception>
    public Tracking.TrackingLog ToTrackingLog(PolicyCatalog catalog)
    {
        Guard.Against.Null(catalog);
        var entries = new List<Tracking.ProgressObservation>(Entries.Count);
        foreach (var entry in Entries)
        {
            var target = catalog.GetTarget(entry.TargetId);
            if (target.Binding != Targets.TargetBinding.Province)
            {
                throw new ArgumentException($"Target {target.Id} binds each county; one figure for the province cannot say whether every county meets it. Report it per county in a TrackingLog.", nameof(catalog));
            }

            entries.Add(new Tracking.ProgressObservation(target.Id, Tracking.Subject.Province, entry.Observation));
        }

        return new Tracking.TrackingLog(entries, []);
    }

    /// <summary>Evaluates the targets in <paramref name="scope"/> as of today in China Standard Time by <paramref name="clock"/>.</summary>
    /// <param name="scope">What to evaluate.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">An entry names a target the scope's catalog does not have.</exception>
    /// <exception cref="ArgumentException">An observation cannot measure its target.</exception>
    public ComplianceReport Evaluate(Tracking.TrackingScope scope, IClock clock)
    {
        Guard.Against.Null(scope);
        return Evaluate(scope, ComplianceCalendar.Today(clock));
    }

    /// <summary>Readable form: the number of observations.</summary>
    public override string ToString() => $"ProgressReport: {Entries.Count} observation(s)";

    private static bool Try(Func<ProgressReport> read, [NotNullWhen(true)] out ProgressReport? report, [NotNullWhen(false)] out PolicyDataException? error)
    {
        try
        {
            report = read();
            error = null;
            return true;
        }
        catch (PolicyDataException e)
        {
            report = null;
            error = e;
            return false;
        }
    }
}
