using System.Text.Json;
using System.Threading.RateLimiting;
using Jilin.Urbanization.Domain;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using Jilin.Urbanization.WebApi;
using Jilin.Urbanization.WebApi.Http;
using Jilin.Urbanization.WebApi.Progress;
using Jilin.Urbanization.WebApi.Security;
using Jilin.Urbanization.WebApi.Storage;
using Jilin.Urbanization.WebApi.Supervision;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

var builder = WebApplication.CreateBuilder(args);

// The library's types in JSON: ids as strings, enums by name, dates as ISO strings (source-generated, AOT-safe).
// The app's own types (Cards/TargetCards.cs) come after the library's in the resolver chain.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureDomainJson().TypeInfoResolverChain.Add(Jilin.Urbanization.WebApi.Cards.AppJsonContext.Default));
builder.Services.AddOpenApi();
builder.Services.AddSingleton(PolicyCatalog.Default);
builder.Services.AddSingleton<IClock>(SystemClock.Instance);

// Every 4xx and 5xx is an RFC 9457 problem: the endpoints' own, exceptions (ProblemExceptionHandler) and empty
// answers of the framework (404 no route, 405, …) through the status code pages.
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c => ServerProblems.Complete(c.HttpContext, c.ProblemDetails));
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

// Storage (SQLite file in a data folder, or PostgreSQL), schema by migrations; /health asks the store.
var store = ProgressStoreSettings.From(builder.Configuration);
store.Register(builder.Services);
builder.Services.AddScoped<ProgressStore>();
builder.Services.AddSingleton<TrackerCache>();
builder.Services.AddScoped<SupervisionStore>();   // one tracker per process; each request adds only the rows stored since
builder.Services.AddHealthChecks().AddDbContextCheck<ProgressDb>("store");

// Bearer tokens (keys from configuration) and limits (body size, rows per upload, requests per caller).
var auth = builder.Services.AddServerAuthentication(builder.Configuration);
var limits = ServerLimits.From(builder.Configuration);
builder.Services.AddSingleton(limits);
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
builder.Services.AddRateLimiter(o =>
{
    o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        RateLimitPartition.GetFixedWindowLimiter(
            // Per caller: the token's subject; an anonymous caller by its address (used for the partition only, never logged).
            Callers.TryGet(context.User, out var subject) ? subject.ToString() : "anonymous " + context.Connection.RemoteIpAddress,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.RequestsPerWindow, Window = limits.Window, QueueLimit = 0 }));
    o.OnRejected = async (context, cancellationToken) =>
    {
        context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(limits.Window.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Problems.Of(
            StatusCodes.Status429TooManyRequests,
            "too-many-requests",
            $"More than {limits.RequestsPerWindow} requests in {limits.Window.TotalSeconds:0} s from this caller (Limits:RequestsPerWindow); try again after the Retry-After seconds.",
            extensions: new Dictionary<string, object?> { ["limit"] = limits.RequestsPerWindow, ["windowSeconds"] = limits.Window.TotalSeconds })
            .ExecuteAsync(context.HttpContext);
    };
});

var app = builder.Build();
using (var scope = app.Services.CreateScope())
{
    ProgressSchema.Migrate(scope.ServiceProvider.GetRequiredService<ProgressDb>());
}

// The start-up log names where the server listens and what it stores in.
app.Lifetime.ApplicationStarted.Register(() =>
{
    if (app.Logger.IsEnabled(LogLevel.Information))
    {
        // The addresses the server really listens on (a port 0 resolved), not the configured ones.
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses;
        var urls = string.Join(", ", (addresses ?? []).DefaultIfEmpty("(in-process test server)"));
        ServerLog.Started(app.Logger, urls, store.Description, auth.DevelopmentIssuer);
    }
});

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLog();
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseNegotiation();

app.MapOpenApi();

// GET /health: 200 {"status":"Healthy","store":…} when the store answers; otherwise a 503 problem.
app.MapHealthChecks("/health", new HealthCheckOptions
{
    ResponseWriter = async (context, report) =>
    {
        if (report.Status == HealthStatus.Healthy)
        {
            await context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["status"] = report.Status.ToString(), ["store"] = store.Description });
            return;
        }

        await Problems.Of(StatusCodes.Status503ServiceUnavailable, "store-unavailable", $"The progress store ({store.Description}) does not answer.").ExecuteAsync(context);
    },
}).DisableRateLimiting();

// GET /baseline: a fixed JSON document, the load test's measure of what the server costs without the domain's work.
app.MapGet("/baseline", () => Results.Text("""{"service":"jilin-urbanization-progress","status":"ok"}""", "application/json"))
    .ExcludeFromDescription();

// POST /dev/tokens?subject=梅河口: a token for any subject (name or canonical text), only when Auth:DevelopmentIssuer is on.
if (auth.DevelopmentIssuer)
{
    app.MapPost("/dev/tokens", (PolicyCatalog catalog, TokenIssuer issuer, string? subject) =>
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return Problems.BadParameter("subject", "query", "Name the subject the token acts for: 全省/220000 (the provincial office), a county (梅河口, 220581) or a department (住建厅, department:housing).");
        }

        var tracker = new ImplementationTracker(catalog, TrackingLog.Empty);
        var resolved = tracker.Subjects.Resolve(subject);
        var token = issuer.Issue(resolved, out var expires);
        return Results.Ok(new IssuedToken(token, resolved.ToString(), tracker.Subjects.NameOf(resolved), Callers.RoleFor(resolved), InstantPattern.General.Format(expires)));
    })
    .WithName("DevelopmentToken");
}

// The catalog is public (the documents are): no token needed.
// GET /measures?department=住建厅[&lead=true]: the measures that list (or are led by) a department, named any way.
app.MapGet("/measures", (PolicyCatalog catalog, string? department, bool? lead) =>
    department is null ? catalog.Measures
    : lead == true ? catalog.Query().LedBy(department).ToList()
    : (IReadOnlyList<Measure>)catalog.Query().Involving(department).ToList())
    .WithName("Measures");

// GET /measures/jilin-2022-county-urbanization/30 (a catch-all: ids hold '/').
app.MapGet("/measures/{**id}", (PolicyCatalog catalog, string id) =>
    !MeasureId.TryParse(id, out var measureId)
        ? Problems.BadParameter("id", "route", $"'{Quote(id)}' is not a measure id; ids are '<document>/<number>', e.g. jilin-2022-county-urbanization/30.")
        : catalog.TryGetMeasure(measureId, out var measure) ? Results.Ok(measure)
        : Problems.Of(StatusCodes.Status404NotFound, "not-found", $"No measure has the id '{measureId}'; GET /measures lists them.", "route id"))
    .WithName("Measure");

// GET /subjects/220581, /subjects/department:housing: a subject's canonical text (a name such as 梅河口 is a 400: names
// go through the subject= parameter of the reports); answers its name.
app.MapGet("/subjects/{subject}", (PolicyCatalog catalog, string subject) =>
{
    if (!Subject.TryParse(subject, out var parsed))
    {
        return Problems.BadParameter("subject", "route", $"'{Quote(subject)}' is not a subject's canonical text: 220000 (the province), a division code of Jilin such as 220581, or department:<id> such as department:housing. Names go in the subject= query of the reports.");
    }

    var subjects = new ImplementationTracker(catalog, TrackingLog.Empty).Subjects;
    return subjects.TryResolve(parsed.ToString(), out _)
        ? Results.Ok(new Dictionary<string, string> { ["subject"] = parsed.ToString(), ["name"] = subjects.NameOf(parsed) })
        : Problems.Of(StatusCodes.Status404NotFound, "not-found", $"{parsed} is no division of Jilin and no department.", "route subject");
})
.WithName("Subject");

// GET /targets/due?from=2025-01-01&to=2025-12-31: targets whose deadline falls in the range, both days included.
app.MapGet("/targets/due", (PolicyCatalog catalog, string? from, string? to) =>
    Date(from) is not { } start ? Problems.BadParameter("from", "query", "from is required: an ISO date (yyyy-MM-dd), the first day of the range.")
    : Date(to) is not { } end ? Problems.BadParameter("to", "query", "to is required: an ISO date (yyyy-MM-dd), the last day of the range.")
    : start > end ? Problems.BadParameter("from", "query", "from is after to.")
    : Results.Ok<IReadOnlyList<TargetIndicator>>(catalog.TargetsDueIn(new DateInterval(start, end))))
    .WithName("TargetsDue");

// GET /targets/jilin-2022-county-urbanization/68/t1
app.MapGet("/targets/{**id}", (PolicyCatalog catalog, string id) =>
    !TargetId.TryParse(id, out var targetId)
        ? Problems.BadParameter("id", "route", $"'{Quote(id)}' is not a target id; ids are '<measure-id>/t<n>', e.g. jilin-2022-county-urbanization/68/t1.")
        : catalog.TryGetTarget(targetId, out var target) ? Results.Ok(target)
        : Problems.Of(StatusCodes.Status404NotFound, "not-found", $"No target has the id '{targetId}'.", "route id"))
    .WithName("Target");

// Progress is append-only (issue 22) and every write acts for the caller's subject (issue 27): rows are recorded on
// the server's day (填报日期, from the injected IClock) and by the caller (填报单位); a row may name its own recordedOn
// or recordedBy only where the caller may set it (the provincial office: any; others: today and themselves). Each
// entry must be one the caller may report (ReportingRights, the library's rule): else 403 naming the entry.
// A correction (更正) is a later upload of the same key; re-sending a file is a no-op (duplicate); a different value for a
// key already recorded the same day is 409 naming both. The answer counts what the entries did (UploadResult).

// The upload endpoints check Content-Type themselves (Unsupported): with .Accepts(…) metadata the framework's matcher
// would answer 415 before them, without saying which types are accepted.

// POST /progress: observations as CSV (text/csv) or a JSON tracking file (application/json).
app.MapPost("/progress", async (HttpRequest request, PolicyCatalog catalog, ProgressStore progress, IClock clock, ServerLimits limits, CancellationToken cancellationToken) =>
{
    if (Unsupported(request, [Negotiation.Csv, Negotiation.Json]) is { } unsupported)
    {
        return unsupported;
    }

    var caller = Caller(request.HttpContext);
    var options = Recording(clock, caller);
    using var body = await Body.ReadAsync(request, limits.MaxBodyBytes, cancellationToken);
    var upload = IsType(request, Negotiation.Json)
        ? TrackingLogReader.ReadJson(catalog, body, options)
        : TrackingLogReader.ReadObservationsCsv(catalog, new StreamReader(body), options);
    return await StoreAsync(catalog, progress, limits, caller, options.RecordedOn!.Value, upload, cancellationToken);
})
.RequireAuthorization(AuthSetup.Reader)
.WithName("UploadProgress");

// POST /status: measure status updates (督查督办) as CSV: measure, reporter, status, reportedOn, narrative, source.
app.MapPost("/status", async (HttpRequest request, PolicyCatalog catalog, ProgressStore progress, IClock clock, ServerLimits limits, CancellationToken cancellationToken) =>
{
    if (Unsupported(request, [Negotiation.Csv]) is { } unsupported)
    {
        return unsupported;
    }

    var caller = Caller(request.HttpContext);
    var options = Recording(clock, caller);
    using var body = await Body.ReadAsync(request, limits.MaxBodyBytes, cancellationToken);
    var upload = TrackingLogReader.ReadStatusUpdatesCsv(catalog, new StreamReader(body), options);
    return await StoreAsync(catalog, progress, limits, caller, options.RecordedOn!.Value, upload, cancellationToken);
})
.RequireAuthorization(AuthSetup.Reader)
.WithName("UploadStatus");

// POST /progress/withdrawals: withdraws (撤回) one figure, {"target", "subject", "observedOn", "reason"}, or one status,
// {"measure", "reporter", "reportedOn", "reason"}. The withdrawn row stays; from the recording day on the key is no
// longer known. 400 when nothing was recorded before.
app.MapPost("/progress/withdrawals", async (HttpRequest request, PolicyCatalog catalog, ProgressStore progress, IClock clock, ServerLimits limits, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
{
    if (Unsupported(request, [Negotiation.Json]) is { } unsupported)
    {
        return unsupported;
    }

    var caller = Caller(request.HttpContext);
    using var buffer = await Body.ReadAsync(request, limits.MaxBodyBytes, cancellationToken);
    var body = await JsonSerializer.DeserializeAsync<WithdrawalRequest>(buffer, json.Value.SerializerOptions, cancellationToken)
        ?? throw new JsonException("The body is null; send {\"target\", \"subject\", \"observedOn\"} or {\"measure\", \"reporter\", \"reportedOn\"}.");
    var today = ComplianceCalendar.Today(clock);
    var withdrawal = body.ToWithdrawal(new ImplementationTracker(catalog, TrackingLog.Empty), today, caller);
    return await StoreAsync(catalog, progress, limits, caller, today, new TrackingLog([], [], [withdrawal]), cancellationToken);
})
.RequireAuthorization(AuthSetup.Reader)
.WithName("WithdrawProgress");

// GET /progress: the listings of stored entries. Each lists, a page at a time (page from 1, pageSize up to 500,
// default 100), the entries the caller may see: the provincial office all; others those they recorded or may report.
app.MapGet("/progress", () => Results.Ok(new Dictionary<string, string>
{
    ["observations"] = "/progress/observations?page=1",
    ["statusUpdates"] = "/progress/status-updates?page=1",
    ["withdrawals"] = "/progress/withdrawals?page=1",
}))
.RequireAuthorization(AuthSetup.Reader)
.WithName("ProgressListings");

app.MapGet("/progress/observations", (HttpContext context, PolicyCatalog catalog, ProgressStore progress, int? page, int? pageSize, CancellationToken cancellationToken) =>
    ListAsync(context, catalog, progress, log => log.Observations, page, pageSize, cancellationToken))
    .RequireAuthorization(AuthSetup.Reader)
    .WithName("ListObservations");

app.MapGet("/progress/status-updates", (HttpContext context, PolicyCatalog catalog, ProgressStore progress, int? page, int? pageSize, CancellationToken cancellationToken) =>
    ListAsync(context, catalog, progress, log => log.StatusUpdates, page, pageSize, cancellationToken))
    .RequireAuthorization(AuthSetup.Reader)
    .WithName("ListStatusUpdates");

app.MapGet("/progress/withdrawals", (HttpContext context, PolicyCatalog catalog, ProgressStore progress, int? page, int? pageSize, CancellationToken cancellationToken) =>
    ListAsync(context, catalog, progress, log => log.Withdrawals, page, pageSize, cancellationToken))
    .RequireAuthorization(AuthSetup.Reader)
    .WithName("ListWithdrawals");

// GET /history/targets/jilin-2022-county-urbanization/43/t1/梅河口: every version of the target's figures about the
// subject (the last segment: canonical text or name), by day then recording day, with what each did. The caller must
// be one that may report the key (a county: its own; a department: its measures'; the provincial office: any).
app.MapGet("/history/targets/{**path}", async (HttpContext context, PolicyCatalog catalog, ProgressStore progress, string path, CancellationToken cancellationToken) =>
{
    var (item, subjectText) = SplitLast(path);
    if (!TargetId.TryParse(item, out var targetId) || subjectText.Length == 0)
    {
        return Problems.BadParameter("path", "route", $"'{Quote(path)}' is not /history/targets/{{targetId}}/{{subject}}, e.g. /history/targets/jilin-2022-county-urbanization/43/t1/梅河口.");
    }

    var tracker = await progress.TrackerAsync(cancellationToken);
    var target = tracker.Catalog.GetTarget(targetId);
    var subject = tracker.Subjects.Resolve(subjectText);
    return MaySee(catalog, Caller(context), EntryKey.Figure(target.Id, subject, TrackingFirstDay))
        ? Results.Ok(tracker.Log.Versions(target.Id, subject).Select(HistoryEntry.From).ToList())
        : NotYours(context, $"the figures of target {target.Id} about {tracker.Subjects.NameOf(subject)}");
})
.RequireAuthorization(AuthSetup.Reader)
.WithName("TargetHistory");

// GET /history/measures/jilin-2022-county-urbanization/26/梅河口: every version of the measure's status by the reporter.
app.MapGet("/history/measures/{**path}", async (HttpContext context, PolicyCatalog catalog, ProgressStore progress, string path, CancellationToken cancellationToken) =>
{
    var (item, reporterText) = SplitLast(path);
    if (!MeasureId.TryParse(item, out var measureId) || reporterText.Length == 0)
    {
        return Problems.BadParameter("path", "route", $"'{Quote(path)}' is not /history/measures/{{measureId}}/{{reporter}}, e.g. /history/measures/jilin-2022-county-urbanization/26/梅河口.");
    }

    var tracker = await progress.TrackerAsync(cancellationToken);
    var measure = tracker.Catalog.GetMeasure(measureId);
    var reporter = tracker.Subjects.Resolve(reporterText);
    return MaySee(catalog, Caller(context), EntryKey.Status(measure.Id, reporter, TrackingFirstDay))
        ? Results.Ok(tracker.Log.Versions(measure.Id, reporter).Select(HistoryEntry.From).ToList())
        : NotYours(context, $"the status of measure {measure.Id} by {tracker.Subjects.NameOf(reporter)}");
})
.RequireAuthorization(AuthSetup.Reader)
.WithName("MeasureHistory");

// GET /changes?after=2025-10-01&through=2025-12-31[&asOf=…][&document=…][&department=…][&subject=…]: every entry recorded
// after one day and on or before another, with what it did, and the statuses (as of asOf; default through, stated in
// the X-As-Of header) that changed. JSON or CSV by Accept. Any authenticated office may read it.
app.MapGet("/changes", async (HttpContext context, PolicyCatalog catalog, ProgressStore progress, string? after, string? through, string? asOf, string? document, string? department, string? subject, CancellationToken cancellationToken) =>
{
    if (Date(after) is not { } from)
    {
        return Problems.BadParameter("after", "query", "after is required: an ISO date (yyyy-MM-dd); entries recorded after it are listed.");
    }

    if (Date(through) is not { } to || to < from)
    {
        return Problems.BadParameter("through", "query", "through is required: an ISO date (yyyy-MM-dd), not before after; entries recorded on or before it are listed.");
    }

    if ((asOf is null ? to : Date(asOf)) is not { } day)
    {
        return Problems.BadParameter("asOf", "query", "asOf is an ISO date (yyyy-MM-dd); without it, the statuses are as of through.");
    }

    if (DocumentOf(catalog, document, out var documentId) is { } bad)
    {
        return bad;
    }

    var tracker = await progress.TrackerAsync(cancellationToken);
    var changes = tracker.Changes(Scope(tracker, documentId, department, subject), day, from, to);
    context.Response.Headers["X-As-Of"] = IsoText(day);
    return new TableResult<ChangeRow>(ChangeTable.From(changes), null);
})
.RequireAuthorization(AuthSetup.Reader)
.WithMetadata(new Negotiation.Offers(Negotiation.Json, Negotiation.Csv))
.WithName("Changes");

// GET /reports/implementation?asOf=2025-12-31[&knownOn=2026-01-15][&document=…][&department=住建厅][&subject=梅河口]:
// the roll-up of every target in scope, as known on knownOn (default: everything stored). asOf is required. The
// X-As-Of and X-Known-On headers state both days: asking again with them reproduces the report byte for byte.
// JSON, CSV or HTML by Accept. Any authenticated office may read the reports.
app.MapGet("/reports/implementation", async (HttpContext context, PolicyCatalog catalog, ProgressStore progress, string? asOf, string? knownOn, string? document, string? department, string? subject, CancellationToken cancellationToken) =>
{
    if (ReportDays(asOf, knownOn, out var day, out var known) is { } bad)
    {
        return bad;
    }

    if (DocumentOf(catalog, document, out var documentId) is { } badDocument)
    {
        return badDocument;
    }

    var tracker = await progress.TrackerAsync(cancellationToken);
    var scope = Scope(tracker, documentId, department, subject);
    var report = known is { } on ? tracker.Report(scope, day, on) : tracker.Report(scope, day);
    return Stated(context, report, TargetRollupTable.From);
})
.RequireAuthorization(AuthSetup.Reader)
.WithMetadata(new Negotiation.Offers(Negotiation.Json, Negotiation.Csv, Negotiation.Html))
.WithName("ImplementationReport");

// GET /reports/departments?asOf=2025-12-31[&knownOn=…]: per department, the targets and measures it leads or shares.
app.MapGet("/reports/departments", async (HttpContext context, ProgressStore progress, string? asOf, string? knownOn, CancellationToken cancellationToken) =>
{
    if (ReportDays(asOf, knownOn, out var day, out var known) is { } bad)
    {
        return bad;
    }

    var tracker = await progress.TrackerAsync(cancellationToken);
    var report = known is { } on ? tracker.Report(tracker.Scope(), day, on) : tracker.Report(day);
    return Stated(context, report, DepartmentProgressTable.From);
})
.RequireAuthorization(AuthSetup.Reader)
.WithMetadata(new Negotiation.Offers(Negotiation.Json, Negotiation.Csv, Negotiation.Html))
.WithName("DepartmentReport");

// GET /reports/counties?asOf=2025-12-31[&knownOn=…]: per county, its results on the per-county targets and its latest statuses.
app.MapGet("/reports/counties", async (HttpContext context, ProgressStore progress, string? asOf, string? knownOn, CancellationToken cancellationToken) =>
{
    if (ReportDays(asOf, knownOn, out var day, out var known) is { } bad)
    {
        return bad;
    }

    var tracker = await progress.TrackerAsync(cancellationToken);
    var report = known is { } on ? tracker.Report(tracker.Scope(), day, on) : tracker.Report(day);
    return Stated(context, report, CountyProgressTable.From);
})
.RequireAuthorization(AuthSetup.Reader)
.WithMetadata(new Negotiation.Offers(Negotiation.Json, Negotiation.Csv, Negotiation.Html))
.WithName("CountyReport");

// /supervision/lights, /supervision/notices/{body}, /supervision/ranking, /supervision/calendar/{body} (督查督办).
app.MapSupervision();

// The app's own type, serialised next to the library's (DomainJson composed with the app's context).
Jilin.Urbanization.WebApi.Cards.TargetCards.MapTargetCards(app);

app.Run();

static LocalDate? Date(string? text) => text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

// At most 64 characters of what the caller sent, in a message.
static string Quote(string text) => text.Length <= 64 ? text : text[..64] + "…";

// asOf is required (the day the report is about); knownOn optional (default: everything stored, stated in X-Known-On).
static IResult? ReportDays(string? asOf, string? knownOn, out LocalDate day, out LocalDate? known)
{
    known = null;
    day = default;
    if (asOf is null)
    {
        return Problems.BadParameter("asOf", "query", "asOf is required: the day the report is about, an ISO date (yyyy-MM-dd), e.g. asOf=2025-12-31.");
    }

    if (Date(asOf) is not { } parsed)
    {
        return Problems.BadParameter("asOf", "query", $"asOf '{Quote(asOf)}' is not an ISO date (yyyy-MM-dd).");
    }

    day = parsed;
    if (knownOn is not null)
    {
        known = Date(knownOn);
        if (known is null)
        {
            return Problems.BadParameter("knownOn", "query", $"knownOn '{Quote(knownOn)}' is not an ISO date (yyyy-MM-dd); leave it out for everything stored.");
        }
    }

    return null;
}

// document= must be the id of a document of the catalog: anything else is a 400 naming the ids.
static IResult? DocumentOf(PolicyCatalog catalog, string? text, out DocumentId? document)
{
    document = null;
    if (text is null)
    {
        return null;
    }

    if (DocumentId.TryParse(text, out var id) && catalog.Documents.Any(d => d.Id == id))
    {
        document = id;
        return null;
    }

    var ids = catalog.Documents.Select(d => d.Id.ToString()).ToList();
    return Problems.Of(StatusCodes.Status400BadRequest, "bad-parameter", $"document '{Quote(text)}' is not a document of the catalog; use one of {string.Join(", ", ids)}.", "query document", new Dictionary<string, object?> { ["documents"] = ids });
}

// The scope of a report or of the changes: a document, the measures a department leads, one subject.
static TrackingScope Scope(ImplementationTracker tracker, DocumentId? document, string? department, string? subject)
{
    var scope = tracker.Scope();
    scope = document is { } documentId ? scope.InDocument(documentId) : scope;
    scope = department is null ? scope : scope.LedBy(department);
    return subject is null ? scope : scope.ForSubject(subject);
}

// A report's table (or its HTML page), with both of its days stated in the X-As-Of and X-Known-On headers.
static IResult Stated<TRow>(HttpContext context, ImplementationReport report, Func<ImplementationReport, ExportTable<TRow>> table)
{
    context.Response.Headers["X-As-Of"] = IsoText(report.AsOf);
    context.Response.Headers["X-Known-On"] = IsoText(report.KnownOn);
    return new TableResult<TRow>(table(report), report);
}

static string IsoText(LocalDate date) => LocalDatePattern.Iso.Format(date);

// The reader's defaults for an upload: recorded today (China Standard Time by the injected clock) by the caller.
static TrackingReadOptions Recording(IClock clock, Subject caller) => new() { RecordedOn = ComplianceCalendar.Today(clock), RecordedBy = caller };

static Subject Caller(HttpContext context) =>
    Callers.TryGet(context.User, out var subject) ? subject : throw new InvalidOperationException("An authorised endpoint ran without a subject.");

// "jilin-2022-county-urbanization/43/t1/梅河口" → the id and the last segment.
static (string Item, string Last) SplitLast(string path)
{
    var slash = path.TrimEnd('/').LastIndexOf('/');
    return slash < 0 ? (path, string.Empty) : (path[..slash], path[(slash + 1)..]);
}

static bool IsType(HttpRequest request, string type) =>
    request.ContentType is { } contentType && contentType.StartsWith(type, StringComparison.OrdinalIgnoreCase);

// 415 naming the types the endpoint reads (also in an Accept-Post header, RFC 9110's sibling of Accept-Patch).
static IResult? Unsupported(HttpRequest request, string[] accepted)
{
    if (accepted.Any(type => IsType(request, type)))
    {
        return null;
    }

    request.HttpContext.Response.Headers["Accept-Post"] = string.Join(", ", accepted);
    return Problems.Of(
        StatusCodes.Status415UnsupportedMediaType,
        "unsupported-media-type",
        $"This endpoint reads {string.Join(" or ", accepted)}; the request's Content-Type is {(string.IsNullOrEmpty(request.ContentType) ? "missing" : $"'{Quote(request.ContentType)}'")}.",
        "header Content-Type",
        new Dictionary<string, object?> { ["accepted"] = accepted });
}

// May the caller see (read the versions of) a key: the provincial office any; others the keys they may report.
static bool MaySee(PolicyCatalog catalog, Subject caller, EntryKey key) =>
    caller == Subject.Province || ReportingRights.MayReport(catalog, caller, new Withdrawal(key, key.Day, caller));

static IResult NotYours(HttpContext context, string what) =>
    Problems.Of(StatusCodes.Status403Forbidden, "not-your-entry", $"{Callers.RoleOf(context.User)} {Caller(context)} may not read {what}: an office reads the entries it may report.");

static async Task<IResult> ListAsync<TEntry>(HttpContext context, PolicyCatalog catalog, ProgressStore progress, Func<TrackingLog, IReadOnlyList<TEntry>> entries, int? page, int? pageSize, CancellationToken cancellationToken)
    where TEntry : ITrackingEntry
{
    if (page is < 1)
    {
        return Problems.BadParameter("page", "query", "page counts from 1.");
    }

    if (pageSize is < 1 or > 500)
    {
        return Problems.BadParameter("pageSize", "query", "pageSize is 1 to 500 (default 100).");
    }

    var (number, size) = (page ?? 1, pageSize ?? 100);
    var caller = Caller(context);
    var visible = entries((await progress.TrackerAsync(cancellationToken)).Log).Where(e => e.RecordedBy == caller || MaySee(catalog, caller, e.Key)).ToList();
    var items = visible.Skip((number - 1) * size).Take(size).ToList();
    var next = (long)number * size < visible.Count ? $"{context.Request.Path}?page={number + 1}&pageSize={size}" : null;
    return Results.Ok(new Page<TEntry>(items, number, size, visible.Count, next));
}

// Checks the upload against the caller's rights and the limits, then records it; answers what the entries did.
static async Task<IResult> StoreAsync(PolicyCatalog catalog, ProgressStore progress, ServerLimits limits, Subject caller, LocalDate today, TrackingLog upload, CancellationToken cancellationToken)
{
    var entries = Uploads.Named(upload);
    if (entries.Count > limits.RowsPerUpload)
    {
        return Problems.Of(StatusCodes.Status413PayloadTooLarge, "too-many-rows", $"The upload holds {entries.Count} entries; the server takes at most {limits.RowsPerUpload} per upload (Limits:RowsPerUpload). Split it.", "body", new Dictionary<string, object?> { ["limit"] = limits.RowsPerUpload, ["rows"] = entries.Count });
    }

    // Each figure and status on its own against the catalog, so a refusal names it by its place in the upload.
    var alone = new ImplementationTracker(catalog, TrackingLog.Empty);
    foreach (var (name, entry) in entries)
    {
        // API3: the recording day is the server's; only the provincial office records on another day (e.g. a migration).
        if (caller != Subject.Province && entry.RecordedOn != today)
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "property-not-allowed", $"{name} sets recordedOn (填报日期) to {IsoText(entry.RecordedOn)}; the server records on its day ({IsoText(today)}), and only the provincial office records on another day. Leave recordedOn out.", $"body {name} recordedOn");
        }

        if (ReportingRights.Refusal(catalog, caller, entry) is { } refusal)
        {
            var property = entry.RecordedBy != caller ? " recordedBy" : string.Empty;
            return Problems.Of(StatusCodes.Status403Forbidden, property.Length > 0 ? "property-not-allowed" : "not-your-entry", $"{name} ({entry.Key}): {refusal}", $"body {name}{property}");
        }

        try
        {
            _ = entry switch
            {
                ProgressObservation o => alone.Record(o),
                StatusUpdate u => alone.Record(u),
                _ => alone,
            };
        }
        catch (ArgumentException e)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "bad-entry", $"{name} of the upload: {e.Message}", $"body {name}");
        }
    }

    RecordResult result;
    try
    {
        result = await progress.RecordAsync(upload, cancellationToken);
    }
    catch (EntryConflictException e)
    {
        var refused = e.Entry is null ? "an entry" : entries.FirstOrDefault(n => ReferenceEquals(n.Entry, e.Entry) || n.Entry.Equals(e.Entry)).Name ?? "an entry";
        var existing = e.Existing is null ? "a stored version" : $"the version stored on {IsoText(e.Existing.RecordedOn)} by {e.Existing.RecordedBy} ({e.Existing})";
        return Problems.Of(StatusCodes.Status409Conflict, "conflict", $"{refused} of the upload ({e.Entry?.ToString() ?? "?"}) is another version of {existing}: two versions of one key cannot be recorded on the same day; send the correction (更正) on a later day.", $"body {refused}");
    }

    int Stored<T>() => result.Entries.Where((e, i) => e is T && result.Effects[i] != EntryEffect.Duplicate).Count();
    var body = new UploadResult(
        IsoText(today),
        Stored<ProgressObservation>(),
        Stored<StatusUpdate>(),
        Stored<Withdrawal>(),
        result.CountOf(EntryEffect.New),
        result.CountOf(EntryEffect.Correction),
        result.CountOf(EntryEffect.Withdrawal),
        result.CountOf(EntryEffect.Unchanged),
        result.CountOf(EntryEffect.Duplicate));
    return body.Observations + body.StatusUpdates + body.Withdrawals > 0 ? Results.Created("/progress/observations", body) : Results.Ok(body);
}

/// <summary>The entry point, public so integration tests can start the app (WebApplicationFactory).</summary>
public partial class Program
{
    // The first day an entry may be about: a day for the keys of the rights check, which does not depend on the day.
    private static readonly LocalDate TrackingFirstDay = new(2000, 1, 1);
}
