using Jilin.Urbanization.Domain;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Targets;
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

// POST /progress: a progress report as CSV (text/csv) or JSON (application/json); every row is checked, then stored.
app.MapPost("/progress", async (HttpRequest request, PolicyCatalog catalog, ProgressStore store, CancellationToken cancellationToken) =>
{
    var type = request.ContentType ?? string.Empty;
    ProgressReport report;
    if (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
    {
        using var reader = new StreamReader(request.Body);
        report = await ProgressReport.ReadCsvAsync(reader, catalog, cancellationToken);
    }
    else if (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
    {
        report = await ProgressReport.ReadJsonAsync(request.Body, catalog, cancellationToken);
    }
    else
    {
        return Results.Problem("Send text/csv or application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
    }

    var stored = await store.AddAsync(report, type, cancellationToken);
    return Results.Created("/compliance", new Dictionary<string, int> { ["stored"] = stored });
})
.Accepts<string>("text/csv", "application/json")
.WithName("UploadProgress");

// GET /compliance?asOf=2025-12-31: the stored progress evaluated as of a day (today in China by default);
// JSON, or CSV when the client accepts text/csv.
app.MapGet("/compliance", async (HttpContext context, PolicyCatalog catalog, ProgressStore store, IClock clock, string? asOf, CancellationToken cancellationToken) =>
{
    var day = asOf is null ? ComplianceCalendar.Today(clock) : Date(asOf);
    if (day is not { } date)
    {
        await Results.Problem("asOf is an ISO date (yyyy-MM-dd).", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
        return;
    }

    var report = (await store.ReportAsOfAsync(date, cancellationToken)).Evaluate(catalog, date);
    if (context.Request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true))
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        await ComplianceTable.From(report).WriteCsvAsync(context.Response.Body, cancellationToken);
    }
    else
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await report.WriteJsonAsync(context.Response.Body, cancellationToken);
    }
})
.WithName("Compliance");

app.Run();

static LocalDate? Date(string text) => LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

/// <summary>The entry point, public so integration tests can start the app (WebApplicationFactory).</summary>
public partial class Program;
