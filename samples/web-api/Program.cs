using Jilin.Urbanization.Domain;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using Jilin.Urbanization.WebApi.Progress;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

var builder = WebApplication.CreateBuilder(args);

// The library's types in JSON: ids as strings, enums by name, dates as ISO strings (source-generated, AOT-safe).
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureDomainJson());
builder.Services.AddOpenApi();
builder.Services.AddSingleton(PolicyCatalog.Default);
builder.Services.AddSingleton<IClock>(SystemClock.Instance);

// The SQLite file comes from configuration (Progress:Database), so a restart keeps what was uploaded.
var database = builder.Configuration["Progress:Database"] ?? "progress.db";
builder.Services.AddDbContext<ProgressDb>(o => o.UseSqlite($"Data Source={database}"));
builder.Services.AddScoped<ProgressStore>();

var app = builder.Build();
using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<ProgressDb>().EnsureAppendOnly();
}

app.MapOpenApi();

// Unknown names answer 404 with the nearest names; bad input 400 with where it is wrong.
app.Use(async (context, next) =>
{
    try
    {
        await next(context);
    }
    catch (NameNotFoundException e)
    {
        await Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound, extensions: new Dictionary<string, object?> { ["suggestions"] = e.Suggestions })
            .ExecuteAsync(context);
    }
    catch (PolicyDataException e)
    {
        await Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["location"] = e.Location })
            .ExecuteAsync(context);
    }
    catch (KeyNotFoundException e) when (!context.Response.HasStarted)
    {
        // An unknown document, measure or target id in the query.
        await Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound).ExecuteAsync(context);
    }
    catch (ArgumentException e) when (!context.Response.HasStarted)
    {
        // A bad argument from the caller's text (an ambiguous name such as 吉林, a blank one): the library names it.
        await Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
    }
});

// GET /measures?department=住建厅[&lead=true]: the measures that list (or are led by) a department, named any way.
app.MapGet("/measures", (PolicyCatalog catalog, string? department, bool? lead) =>
    department is null ? catalog.Measures
    : lead == true ? catalog.Query().LedBy(department).ToList()
    : (IReadOnlyList<Measure>)catalog.Query().Involving(department).ToList())
    .WithName("Measures");

// GET /measures/jilin-2022-county-urbanization/30: the id binds through MeasureId's TryParse (a catch-all: ids hold '/').
app.MapGet("/measures/{**id}", (PolicyCatalog catalog, MeasureId id) =>
    catalog.TryGetMeasure(id, out var measure) ? Results.Ok(measure) : Results.NotFound())
    .WithName("Measure");

// GET /subjects/220581, /subjects/department:housing: a subject's canonical text binds through Subject's TryParse
// (a name such as 梅河口 does not: names go through the subject= parameter of the reports); answers its name.
app.MapGet("/subjects/{subject}", async (ProgressStore store, Subject subject, CancellationToken cancellationToken) =>
{
    var tracker = await store.TrackerAsync(cancellationToken);
    return Results.Ok(new Dictionary<string, string> { ["subject"] = subject.ToString(), ["name"] = tracker.Subjects.NameOf(subject) });
})
.WithName("Subject");

// GET /targets/due?from=2025-01-01&to=2025-12-31: targets whose deadline falls in the range, both days included.
app.MapGet("/targets/due", (PolicyCatalog catalog, string from, string to) =>
    Date(from) is { } start && Date(to) is { } end && start <= end
        ? Results.Ok<IReadOnlyList<TargetIndicator>>(catalog.TargetsDueIn(new DateInterval(start, end)))
        : Results.Problem("from and to are ISO dates (yyyy-MM-dd), from not after to.", statusCode: StatusCodes.Status400BadRequest))
    .WithName("TargetsDue");

// GET /targets/jilin-2022-county-urbanization/68/t1
app.MapGet("/targets/{**id}", (PolicyCatalog catalog, TargetId id) =>
    catalog.TryGetTarget(id, out var target) ? Results.Ok(target) : Results.NotFound())
    .WithName("Target");

// Progress is append-only (issue 22): every upload is recorded on the server's day (填报日期, from the injected IClock)
// unless its rows carry their own recordedOn/填报日期, and by each row's subject or reporter unless they carry
// recordedBy/填报单位. A correction (更正) is simply a later upload of the same key (target × subject × observedOn, or
// measure × reporter × reportedOn), with an optional reason/更正原因; re-sending the same file is a no-op (duplicate);
// a different value for a key already recorded the same day is 409 naming both. Rows are only inserted: nothing is
// updated or deleted, so every report once issued can be issued again (knownOn).
// The answer counts what the entries did: {"recordedOn", "observations", "statusUpdates", "withdrawals" (rows stored),
// "new", "corrected", "withdrawn", "unchanged", "duplicate"}; 201 when something was stored, 200 when nothing was.

// POST /progress: observations as CSV (text/csv; an action/操作 column of 撤回 withdraws a row's key) or a JSON tracking
// file (application/json: observations, statusUpdates and a withdrawals array of {target, subject, observedOn} or
// {measure, reporter, reportedOn}, with reason). Recorded with what is stored by an ImplementationTracker, all or none.
app.MapPost("/progress", async (HttpRequest request, PolicyCatalog catalog, ProgressStore store, IClock clock, CancellationToken cancellationToken) =>
{
    var type = request.ContentType ?? string.Empty;
    var options = Recording(clock);
    if (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
    {
        var text = await ReadTextAsync(request, cancellationToken);
        return await StoreAsync(store, options, TrackingLogReader.ReadObservationsCsv(catalog, new StringReader(text), options), cancellationToken);
    }

    if (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
    {
        // The reader is synchronous and the request body forbids synchronous I/O: buffer it first.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return await StoreAsync(store, options, TrackingLogReader.ReadJson(catalog, buffer, options), cancellationToken);
    }

    return Results.Problem("Send text/csv or application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
})
.Accepts<string>("text/csv", "application/json")
.WithName("UploadProgress");

// POST /progress/withdrawals: withdraws (撤回) one figure, {"target", "subject", "observedOn", "reason"}, or one status,
// {"measure", "reporter", "reportedOn", "reason"} (optional "recordedBy", "recordedOn"; names as in uploads). The
// withdrawn row stays; from the recording day on the key is no longer known. 400 when nothing was recorded before.
app.MapPost("/progress/withdrawals", async (PolicyCatalog catalog, ProgressStore store, IClock clock, WithdrawalRequest body, CancellationToken cancellationToken) =>
{
    var tracker = await store.TrackerAsync(cancellationToken);
    Withdrawal withdrawal;
    try
    {
        withdrawal = body.ToWithdrawal(tracker, ComplianceCalendar.Today(clock));
    }
    catch (FormatException e)
    {
        return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
    }

    return await Stored(withdrawal.RecordedOn, () => store.WithdrawAsync(withdrawal, cancellationToken));
})
.Accepts<WithdrawalRequest>("application/json")
.WithName("WithdrawProgress");

// POST /status: measure status updates (督查督办) as CSV: measure, reporter, status, reportedOn, narrative, source
// (optional recordedOn/填报日期, recordedBy/填报单位, reason/更正原因, action/操作).
app.MapPost("/status", async (HttpRequest request, PolicyCatalog catalog, ProgressStore store, IClock clock, CancellationToken cancellationToken) =>
{
    var text = await ReadTextAsync(request, cancellationToken);
    var options = Recording(clock);
    return await StoreAsync(store, options, TrackingLogReader.ReadStatusUpdatesCsv(catalog, new StringReader(text), options), cancellationToken);
})
.Accepts<string>("text/csv")
.WithName("UploadStatus");

// GET /history/targets/jilin-2022-county-urbanization/43/t1/梅河口: every version of the target's figures about the
// subject (the last segment: canonical text or name), by day then recording day, with what each did.
app.MapGet("/history/targets/{**path}", async (ProgressStore store, string path, CancellationToken cancellationToken) =>
{
    var (item, subjectText) = SplitLast(path);
    var tracker = await store.TrackerAsync(cancellationToken);
    if (!TargetId.TryParse(item, out var targetId) || subjectText.Length == 0)
    {
        return Results.Problem("Give /history/targets/{targetId}/{subject}.", statusCode: StatusCodes.Status400BadRequest);
    }

    var target = tracker.Catalog.GetTarget(targetId);
    var subject = tracker.Subjects.Resolve(subjectText);
    return Results.Ok(tracker.Log.Versions(target.Id, subject).Select(HistoryEntry.From).ToList());
})
.WithName("TargetHistory");

// GET /history/measures/jilin-2022-county-urbanization/26/梅河口: every version of the measure's status by the reporter.
app.MapGet("/history/measures/{**path}", async (ProgressStore store, string path, CancellationToken cancellationToken) =>
{
    var (item, reporterText) = SplitLast(path);
    var tracker = await store.TrackerAsync(cancellationToken);
    if (!MeasureId.TryParse(item, out var measureId) || reporterText.Length == 0)
    {
        return Results.Problem("Give /history/measures/{measureId}/{reporter}.", statusCode: StatusCodes.Status400BadRequest);
    }

    var measure = tracker.Catalog.GetMeasure(measureId);
    var reporter = tracker.Subjects.Resolve(reporterText);
    return Results.Ok(tracker.Log.Versions(measure.Id, reporter).Select(HistoryEntry.From).ToList());
})
.WithName("MeasureHistory");

// GET /changes?after=2025-10-01&through=2025-12-31[&asOf=…][&document=…][&department=…][&subject=…]: every entry recorded
// after one day and on or before another, with what it did, and the statuses (as of asOf, default through) that changed:
// the table sent with a quarterly report ("since the last report"). JSON, or CSV for Accept: text/csv.
app.MapGet("/changes", async (HttpContext context, ProgressStore store, string? after, string? through, string? asOf, DocumentId? document, string? department, string? subject, CancellationToken cancellationToken) =>
{
    if (after is null || through is null || Date(after) is not { } from || Date(through) is not { } to || to < from
        || (asOf is null ? to : Date(asOf)) is not { } day)
    {
        await Results.Problem("after and through are ISO dates (yyyy-MM-dd), after not later than through; asOf too if given.", statusCode: StatusCodes.Status400BadRequest)
            .ExecuteAsync(context);
        return;
    }

    var tracker = await store.TrackerAsync(cancellationToken);
    var changes = tracker.Changes(Scope(tracker, document, department, subject), day, from, to);
    context.Response.Headers["X-As-Of"] = LocalDatePattern.Iso.Format(day);
    await WriteAsync(context, ChangeTable.From(changes), cancellationToken);
})
.WithName("Changes");

// GET /reports/implementation?asOf=2025-12-31[&knownOn=2026-01-15][&document=…][&department=住建厅][&subject=梅河口]:
// the roll-up of every target in scope (department: the measures it leads; subject: one county, the province or a
// department), as known on knownOn (only entries recorded by then; default: everything stored). The X-As-Of and
// X-Known-On headers state both days: asking again with them reproduces the report byte for byte.
app.MapGet("/reports/implementation", async (HttpContext context, ProgressStore store, IClock clock, string? asOf, string? knownOn, DocumentId? document, string? department, string? subject, CancellationToken cancellationToken) =>
{
    if (Day(asOf, clock) is not { } day || !KnownOn(knownOn, out var known))
    {
        await BadDate().ExecuteAsync(context);
        return;
    }

    var tracker = await store.TrackerAsync(cancellationToken);
    var scope = Scope(tracker, document, department, subject);
    var report = known is { } on ? tracker.Report(scope, day, on) : tracker.Report(scope, day);
    await WriteAsync(context, Stated(context, report, TargetRollupTable.From), cancellationToken);
})
.WithName("ImplementationReport");

// GET /reports/departments?asOf=2025-12-31: per department, the targets and measures it leads or shares.
// knownOn as for the implementation report.
app.MapGet("/reports/departments", async (HttpContext context, ProgressStore store, IClock clock, string? asOf, string? knownOn, CancellationToken cancellationToken) =>
{
    if (Day(asOf, clock) is not { } day || !KnownOn(knownOn, out var known))
    {
        await BadDate().ExecuteAsync(context);
        return;
    }

    var tracker = await store.TrackerAsync(cancellationToken);
    var report = known is { } on ? tracker.Report(tracker.Scope(), day, on) : tracker.Report(day);
    await WriteAsync(context, Stated(context, report, DepartmentProgressTable.From), cancellationToken);
})
.WithName("DepartmentReport");

// GET /reports/counties?asOf=2025-12-31: per county, its results on the per-county targets and its latest statuses.
// knownOn as for the implementation report.
app.MapGet("/reports/counties", async (HttpContext context, ProgressStore store, IClock clock, string? asOf, string? knownOn, CancellationToken cancellationToken) =>
{
    if (Day(asOf, clock) is not { } day || !KnownOn(knownOn, out var known))
    {
        await BadDate().ExecuteAsync(context);
        return;
    }

    var tracker = await store.TrackerAsync(cancellationToken);
    var report = known is { } on ? tracker.Report(tracker.Scope(), day, on) : tracker.Report(day);
    await WriteAsync(context, Stated(context, report, CountyProgressTable.From), cancellationToken);
})
.WithName("CountyReport");

app.Run();

static LocalDate? Date(string text) => LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

// asOf defaults to today in China.
static LocalDate? Day(string? asOf, IClock clock) => asOf is null ? ComplianceCalendar.Today(clock) : Date(asOf);

static IResult BadDate() => Results.Problem("asOf and knownOn are ISO dates (yyyy-MM-dd).", statusCode: StatusCodes.Status400BadRequest);

// knownOn is optional: null when absent, false when present and not a date.
static bool KnownOn(string? text, out LocalDate? knownOn)
{
    knownOn = text is null ? null : Date(text);
    return text is null || knownOn is not null;
}

// The scope of a report or of the changes: a document, the measures a department leads, one subject.
static TrackingScope Scope(ImplementationTracker tracker, DocumentId? document, string? department, string? subject)
{
    var scope = tracker.Scope();
    scope = document is { } documentId ? scope.InDocument(documentId) : scope;
    scope = department is null ? scope : scope.LedBy(department);
    return subject is null ? scope : scope.ForSubject(subject);
}

// A report's table, with both of its days stated in the X-As-Of and X-Known-On headers.
static TTable Stated<TTable>(HttpContext context, ImplementationReport report, Func<ImplementationReport, TTable> table)
{
    context.Response.Headers["X-As-Of"] = IsoText(report.AsOf);
    context.Response.Headers["X-Known-On"] = IsoText(report.KnownOn);
    return table(report);
}

static string IsoText(LocalDate date) => LocalDatePattern.Iso.Format(date);

// The reader's defaults for an upload: recorded today (China Standard Time by the injected clock) where a row says not.
static TrackingReadOptions Recording(IClock clock) => new() { RecordedOn = ComplianceCalendar.Today(clock) };

// "jilin-2022-county-urbanization/43/t1/梅河口" → the id and the last segment.
static (string Item, string Last) SplitLast(string path)
{
    var slash = path.TrimEnd('/').LastIndexOf('/');
    return slash < 0 ? (path, string.Empty) : (path[..slash], path[(slash + 1)..]);
}

static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
{
    using var reader = new StreamReader(request.Body);
    return await reader.ReadToEndAsync(cancellationToken);
}

// A reader's PolicyDataException (with its location) is answered by the middleware; an entry that does not fit what
// is stored (a department not responsible for the measure, a second figure for the same day) is an ArgumentException.
// A conflict with a stored version recorded the same day is 409, naming both.
static Task<IResult> StoreAsync(ProgressStore store, TrackingReadOptions options, TrackingLog upload, CancellationToken cancellationToken) =>
    Stored(options.RecordedOn!.Value, () => store.RecordAsync(upload, cancellationToken));

static async Task<IResult> Stored(LocalDate recordedOn, Func<Task<RecordResult>> record)
{
    RecordResult result;
    try
    {
        result = await record();
    }
    catch (EntryConflictException e)
    {
        return Results.Problem(e.Message, statusCode: StatusCodes.Status409Conflict);
    }
    catch (ArgumentException e)
    {
        return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
    }

    int Stored<T>() => result.Entries.Where((e, i) => e is T && result.Effects[i] != EntryEffect.Duplicate).Count();
    var body = new UploadResult(
        LocalDatePattern.Iso.Format(recordedOn),
        Stored<ProgressObservation>(),
        Stored<StatusUpdate>(),
        Stored<Withdrawal>(),
        result.CountOf(EntryEffect.New),
        result.CountOf(EntryEffect.Correction),
        result.CountOf(EntryEffect.Withdrawal),
        result.CountOf(EntryEffect.Unchanged),
        result.CountOf(EntryEffect.Duplicate));
    return body.Observations + body.StatusUpdates + body.Withdrawals > 0 ? Results.Created("/reports/implementation", body) : Results.Ok(body);
}

// JSON, or CSV when the client accepts text/csv; both written asynchronously (the response body forbids sync I/O).
static async Task WriteAsync<TRow>(HttpContext context, ExportTable<TRow> table, CancellationToken cancellationToken)
{
    if (context.Request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true))
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        await table.WriteCsvAsync(context.Response.Body, cancellationToken);
    }
    else
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await table.WriteJsonAsync(context.Response.Body, cancellationToken);
    }
}

/// <summary>The entry point, public so integration tests can start the app (WebApplicationFactory).</summary>
public partial class Program;
