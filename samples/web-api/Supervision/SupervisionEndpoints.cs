using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tracking;
using Jilin.Urbanization.WebApi.Http;
using Jilin.Urbanization.WebApi.Progress;
using Jilin.Urbanization.WebApi.Security;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.WebApi.Supervision;

/// <summary>
/// The supervision endpoints (督查督办, issue 28 point 7) over what the store holds: the lights (三色预警) with their
/// roll-ups, the notice (督办单) due for a body, the ranking (考评) and a body's calendar (.ics). Each is the library's
/// answer for the days asked (asOf, knownOn), stated in X-As-Of / X-Known-On headers like the reports. The server keeps
/// no supervision log yet (notices issued, replies, verifications), so every answer is over an empty one: notices are
/// drafts, blue for a body's first, and nothing is closed (销号).
/// </summary>
public static class SupervisionEndpoints
{
    /// <summary>iCalendar (RFC 5545).</summary>
    public const string Calendar = "text/calendar";

    /// <summary>Maps the endpoints under <c>/supervision</c>, for any authenticated office (<see cref="AuthSetup.Reader"/>).</summary>
    /// <param name="app">The app.</param>
    public static void MapSupervision(this WebApplication app)
    {
        // GET /supervision/lights?asOf=2025-12-31[&knownOn=…][&document=…][&department=住建厅][&subject=梅河口]: every
        // open item's light and why, the counts, and the roll-ups per county, department and chapter.
        app.MapGet("/supervision/lights", async (HttpContext context, ProgressStore progress, string? asOf, string? knownOn, string? document, string? department, string? subject, CancellationToken cancellationToken) =>
        {
            if (Days(asOf, knownOn, out var day, out var known) is { } bad)
            {
                return bad;
            }

            var supervisor = new Supervisor(await progress.TrackerAsync(cancellationToken), SupervisionLog.Empty);
            if (ScopeOf(supervisor.Tracker, document, department, subject, out var scope) is { } badScope)
            {
                return badScope;
            }

            var lights = known is { } on ? supervisor.Lights(scope, day, on) : supervisor.Lights(scope, day);
            Stated(context, lights.AsOf, lights.KnownOn);
            return Results.Ok(lights);
        })
        .RequireAuthorization(AuthSetup.Reader)
        .WithMetadata(new Negotiation.Offers(Negotiation.Json))
        .WithName("SupervisionLights");

        // GET /supervision/notices/{body}?asOf=2025-12-31[&knownOn=…]: the notice due for a county or department (a
        // name, a division code or department:<id>), as JSON or as the printable A4 page (Accept: text/html); 404 when
        // the body has no yellow or red item.
        app.MapGet("/supervision/notices/{body}", async (HttpContext context, ProgressStore progress, string body, string? asOf, string? knownOn, CancellationToken cancellationToken) =>
        {
            if (Days(asOf, knownOn, out var day, out var known) is { } bad)
            {
                return bad;
            }

            var supervisor = new Supervisor(await progress.TrackerAsync(cancellationToken), SupervisionLog.Empty);
            var subject = supervisor.Tracker.Subjects.Resolve(body);   // an unknown name: 404 with suggestions
            var on = known ?? supervisor.Tracker.Log.LastRecordedOn ?? day;   // everything stored (the empty supervision log adds no day)
            var notice = supervisor.DraftNotices(day, on).FirstOrDefault(n => n.Body == subject);
            Stated(context, day, on);
            if (notice is null)
            {
                return Problems.Of(StatusCodes.Status404NotFound, "no-notice", $"{supervisor.Tracker.Subjects.NameOf(subject)} has no yellow or red item as of {Iso(day)} as known on {Iso(on)}: no notice (督办单) is due.", "route body");
            }

            return Negotiation.Choose(context.Request, [Negotiation.Json, Negotiation.Html]) == Negotiation.Html
                ? Results.Content(notice.ToHtml(), "text/html; charset=utf-8")
                : Results.Ok(notice);
        })
        .RequireAuthorization(AuthSetup.Reader)
        .WithMetadata(new Negotiation.Offers(Negotiation.Json, Negotiation.Html))
        .WithName("SupervisionNotice");

        // GET /supervision/ranking?from=2025-10-01&to=2025-12-31[&knownOn=…]: the counties' and departments' scores,
        // best first, ties explained; Accept: text/html gives the page with the ranking charts.
        app.MapGet("/supervision/ranking", async (HttpContext context, ProgressStore progress, string? from, string? to, string? knownOn, CancellationToken cancellationToken) =>
        {
            if (Date(from) is not { } start)
            {
                return Problems.BadParameter("from", "query", "from is required: the first day of the period scored, an ISO date (yyyy-MM-dd).");
            }

            if (Date(to) is not { } end || end < start)
            {
                return Problems.BadParameter("to", "query", "to is required: the last day of the period scored, an ISO date (yyyy-MM-dd), not before from.");
            }

            LocalDate? known = null;
            if (knownOn is not null && (known = Date(knownOn)) is null)
            {
                return Problems.BadParameter("knownOn", "query", $"knownOn '{Quote(knownOn)}' is not an ISO date (yyyy-MM-dd); leave it out for the period's end plus the report due days.");
            }

            var supervisor = new Supervisor(await progress.TrackerAsync(cancellationToken), SupervisionLog.Empty);
            var period = new DateInterval(start, end);
            var ranking = known is { } on ? supervisor.Rank(period, ScoreWeights.Default, on) : supervisor.Rank(period);
            Stated(context, end, ranking.KnownOn);
            if (Negotiation.Choose(context.Request, [Negotiation.Json, Negotiation.Html]) != Negotiation.Html)
            {
                return Results.Ok(ranking);
            }

            var page = new HtmlReport(
                "考评排名",
                [
                    new ReportSection("县（市）", [ranking.ToString(), ranking.Weights.ToString()], [RankingChart.Counties(ranking)]),
                    new ReportSection("部门", charts: [RankingChart.Departments(ranking)]),
                ],
                $"{Iso(start)}至{Iso(end)}",
                System.Globalization.CultureInfo.GetCultureInfo("zh-CN"));
            return Results.Content(page.ToHtml(), "text/html; charset=utf-8");
        })
        .RequireAuthorization(AuthSetup.Reader)
        .WithMetadata(new Negotiation.Offers(Negotiation.Json, Negotiation.Html))
        .WithName("SupervisionRanking");

        // GET /supervision/calendar/{body}[?from=…&to=…&knownOn=…]: what is due when for the body (report days, deadlines,
        // reply deadlines) as an .ics file office calendars import; by default a year from today (China Standard Time).
        app.MapGet("/supervision/calendar/{body}", async (HttpContext context, ProgressStore progress, IClock clock, string body, string? from, string? to, string? knownOn, CancellationToken cancellationToken) =>
        {
            var today = ComplianceCalendar.Today(clock);
            if ((from is null ? today : Date(from)) is not { } start)
            {
                return Problems.BadParameter("from", "query", $"from '{Quote(from!)}' is not an ISO date (yyyy-MM-dd); leave it out for today.");
            }

            if ((to is null ? start.PlusYears(1).PlusDays(-1) : Date(to)) is not { } end || end < start)
            {
                return Problems.BadParameter("to", "query", "to is an ISO date (yyyy-MM-dd), not before from; leave it out for a year from from.");
            }

            if ((knownOn is null ? today : Date(knownOn)) is not { } known)
            {
                return Problems.BadParameter("knownOn", "query", $"knownOn '{Quote(knownOn!)}' is not an ISO date (yyyy-MM-dd); leave it out for today.");
            }

            var supervisor = new Supervisor(await progress.TrackerAsync(cancellationToken), SupervisionLog.Empty);
            var subject = supervisor.Tracker.Subjects.Resolve(body);
            var ics = supervisor.Calendar(subject, new DateInterval(start, end), known, clock);
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{subject.ToString().Replace(':', '-')}.ics\"";
            Stated(context, start, known);
            return Results.Text(ics, "text/calendar; charset=utf-8");
        })
        .RequireAuthorization(AuthSetup.Reader)
        .WithMetadata(new Negotiation.Offers(Calendar))
        .WithName("SupervisionCalendar");
    }

    private static LocalDate? Date(string? text) => text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

    private static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);

    private static string Quote(string text) => text.Length <= 64 ? text : text[..64] + "…";

    private static void Stated(HttpContext context, LocalDate asOf, LocalDate knownOn)
    {
        context.Response.Headers["X-As-Of"] = Iso(asOf);
        context.Response.Headers["X-Known-On"] = Iso(knownOn);
    }

    // asOf required, knownOn optional, as the reports take them.
    private static IResult? Days(string? asOf, string? knownOn, out LocalDate day, out LocalDate? known)
    {
        known = null;
        day = default;
        if (asOf is null)
        {
            return Problems.BadParameter("asOf", "query", "asOf is required: the day the lights describe, an ISO date (yyyy-MM-dd), e.g. asOf=2025-12-31.");
        }

        if (Date(asOf) is not { } parsed)
        {
            return Problems.BadParameter("asOf", "query", $"asOf '{Quote(asOf)}' is not an ISO date (yyyy-MM-dd).");
        }

        day = parsed;
        if (knownOn is not null && (known = Date(knownOn)) is null)
        {
            return Problems.BadParameter("knownOn", "query", $"knownOn '{Quote(knownOn)}' is not an ISO date (yyyy-MM-dd); leave it out for everything stored.");
        }

        return null;
    }

    // The scope as the reports take it: a document id, the measures a department leads, one subject.
    private static IResult? ScopeOf(ImplementationTracker tracker, string? document, string? department, string? subject, out TrackingScope scope)
    {
        scope = tracker.Scope();
        if (document is not null)
        {
            if (!DocumentId.TryParse(document, out var id) || !tracker.Catalog.Documents.Any(d => d.Id == id))
            {
                var ids = tracker.Catalog.Documents.Select(d => d.Id.ToString()).ToList();
                return Problems.Of(StatusCodes.Status400BadRequest, "bad-parameter", $"document '{Quote(document)}' is not a document of the catalog; use one of {string.Join(", ", ids)}.", "query document", new Dictionary<string, object?> { ["documents"] = ids });
            }

            scope = scope.InDocument(id);
        }

        scope = department is null ? scope : scope.LedBy(department);
        scope = subject is null ? scope : scope.ForSubject(subject);
        return null;
    }
}
