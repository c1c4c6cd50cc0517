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
    scope.ServiceProvider.GetRequiredService<ProgressDb>().Database.EnsureCreated();
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

// POST /progress: observations as CSV (text/csv) or a JSON tracking file (application/json, observations and status
// updates). Checked with what is already stored by an ImplementationTracker; stored only if all of it fits.
app.MapPost("/progress", async (HttpRequest request, PolicyCatalog catalog, ProgressStore store, CancellationToken cancellationToken) =>
{
    var type = request.ContentType ?? string.Empty;
    if (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
    {
        var text = await ReadTextAsync(request, cancellationToken);
        return await StoreAsync(store, TrackingLogReader.ReadObservationsCsv(catalog, new StringReader(text)), cancellationToken);
    }

    if (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
    {
        // The reader is synchronous and the request body forbids synchronous I/O: buffer it first.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return await StoreAsync(store, TrackingLogReader.ReadJson(catalog, buffer), cancellationToken);
    }

    return Results.Problem("Send text/csv or application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
})
.Accepts<string>("text/csv", "application/json")
.WithName("UploadProgress");

// POST /status: measure status updates (督查督办) as CSV: measure, reporter, status, reportedOn, narrative, source.
app.MapPost("/status", async (HttpRequest request, PolicyCatalog catalog, ProgressStore store, CancellationToken cancellationToken) =>
{
    var text = await ReadTextAsync(request, cancellationToken);
    return await StoreAsync(store, TrackingLogReader.ReadStatusUpdatesCsv(catalog, new StringReader(text)), cancellationToken);
})
.Accepts<string>("text/csv")
.WithName("UploadStatus");

// GET /reports/implementation?asOf=2025-12-31[&document=…][&department=住建厅][&subject=梅河口]: the roll-up of every
// target in scope (department: the measures it leads; subject: one county, the province or a department).
app.MapGet("/reports/implementation", async (HttpContext context, ProgressStore store, IClock clock, string? asOf, DocumentId? document, string? department, string? subject, CancellationToken cancellationToken) =>
{
    if (Day(asOf, clock) is not { } day)
    {
        await BadDate().ExecuteAsync(context);
        return;
    }

    var tracker = await store.TrackerAsync(cancellationToken);
    var scope = tracker.Scope();
    scope = document is { } documentId ? scope.InDocument(documentId) : scope;
    scope = department is null ? scope : scope.LedBy(department);
    scope = subject is null ? scope : scope.ForSubject(subject);
    await WriteAsync(context, TargetRollupTable.From(tracker.Report(scope, day)), cancellationToken);
})
.WithName("ImplementationReport");

// GET /reports/departments?asOf=2025-12-31: per department, the targets and measures it leads or shares.
app.MapGet("/reports/departments", async (HttpContext context, ProgressStore store, IClock clock, string? asOf, CancellationToken cancellationToken) =>
{
    if (Day(asOf, clock) is not { } day)
    {
        await BadDate().ExecuteAsync(context);
        return;
    }

    var tracker = await store.TrackerAsync(cancellationToken);
    await WriteAsync(context, DepartmentProgressTable.From(tracker.Report(day)), cancellationToken);
})
.WithName("DepartmentReport");

// GET /reports/counties?asOf=2025-12-31: per county, its results on the per-county targets and its latest statuses.
app.MapGet("/reports/counties", async (HttpContext context, ProgressStore store, IClock clock, string? asOf, CancellationToken cancellationToken) =>
{
    if (Day(asOf, clock) is not { } day)
    {
        await BadDate().ExecuteAsync(context);
        return;
    }

    var tracker = await store.TrackerAsync(cancellationToken);
    await WriteAsync(context, CountyProgressTable.From(tracker.Report(day)), cancellationToken);
})
.WithName("CountyReport");

app.Run();

static LocalDate? Date(string text) => LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

// asOf defaults to today in China.
static LocalDate? Day(string? asOf, IClock clock) => asOf is null ? ComplianceCalendar.Today(clock) : Date(asOf);

static IResult BadDate() => Results.Problem("asOf is an ISO date (yyyy-MM-dd).", statusCode: StatusCodes.Status400BadRequest);

static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
{
    using var reader = new StreamReader(request.Body);
    return await reader.ReadToEndAsync(cancellationToken);
}

// A reader's PolicyDataException (with its location) is answered by the middleware; an entry that does not fit what
// is stored (a department not responsible for the measure, a second figure for the same day) is an ArgumentException.
static async Task<IResult> StoreAsync(ProgressStore store, TrackingLog upload, CancellationToken cancellationToken)
{
    try
    {
        var (observations, statusUpdates) = await store.AddAsync(upload, cancellationToken);
        return Results.Created("/reports/implementation", new Dictionary<string, int> { ["observations"] = observations, ["statusUpdates"] = statusUpdates });
    }
    catch (ArgumentException e)
    {
        return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
    }
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
