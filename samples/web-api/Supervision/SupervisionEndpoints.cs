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
/// answer for the days asked (asOf, knownOn), stated in X-As-Of / X-Known-On headers like the reports, over the stored
/// progress and the stored supervision log (<see cref="SupervisionStore"/>). The provincial office records the log:
/// issues a body's notice (督办), records its reply (回复), verifies an item (核查, 销号) or reopens it; a body's next
/// notice escalates by the library's rules (<see cref="Supervisor.NextNoticeLevel"/>).
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
        app.MapGet("/supervision/lights", async (HttpContext context, SupervisionStore supervision, string? asOf, string? knownOn, string? document, string? department, string? subject, CancellationToken cancellationToken) =>
        {
            if (Days(asOf, knownOn, out var day, out var known) is { } bad)
            {
                return bad;
            }

            var supervisor = await supervision.SupervisorAsync(cancellationToken);
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

        // GET /supervision/notices/{body}?asOf=2025-12-31[&knownOn=…]: the notice of a county or department (a name, a
        // division code or department:<id>) for that day, as JSON or as the printable A4 page (Accept: text/html): the
        // one issued to it that day (X-Notice: issued), else the one due (X-Notice: draft); 404 when none is due (no
        // yellow or red item, or its last notice awaits the reply until its deadline).
        app.MapGet("/supervision/notices/{body}", async (HttpContext context, SupervisionStore supervision, string body, string? asOf, string? knownOn, CancellationToken cancellationToken) =>
        {
            if (Days(asOf, knownOn, out var day, out var known) is { } bad)
            {
                return bad;
            }

            var supervisor = await supervision.SupervisorAsync(cancellationToken);
            var subject = supervisor.Tracker.Subjects.Resolve(body);   // an unknown name: 404 with suggestions
            var on = known ?? KnownNow(supervisor, day);   // everything stored in either log
            Stated(context, day, on);
            var issued = IssuedOn(supervisor.Log, subject, day, on);
            var notice = issued ?? DueNotice(supervisor, subject, day, on);
            if (notice is null)
            {
                return Problems.Of(StatusCodes.Status404NotFound, "no-notice", $"{NoNotice(supervisor, subject, day, on)}: no notice (督办单) is due.", "route body");
            }

            context.Response.Headers["X-Notice"] = issued is null ? "draft" : "issued";
            return Negotiation.Choose(context.Request, [Negotiation.Json, Negotiation.Html]) == Negotiation.Html
                ? Results.Content(notice.ToHtml(), "text/html; charset=utf-8")
                : Results.Ok(notice);
        })
        .RequireAuthorization(AuthSetup.Reader)
        .WithMetadata(new Negotiation.Offers(Negotiation.Json, Negotiation.Html))
        .WithName("SupervisionNotice");

        app.MapSupervisionLog();

        // GET /supervision/ranking?from=2025-10-01&to=2025-12-31[&knownOn=…]: the counties' and departments' scores,
        // best first, ties explained; Accept: text/html gives the page with the ranking charts.
        app.MapGet("/supervision/ranking", async (HttpContext context, SupervisionStore supervision, string? from, string? to, string? knownOn, CancellationToken cancellationToken) =>
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

            var supervisor = await supervision.SupervisorAsync(cancellationToken);
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
        app.MapGet("/supervision/calendar/{body}", async (HttpContext context, SupervisionStore supervision, IClock clock, string body, string? from, string? to, string? knownOn, CancellationToken cancellationToken) =>
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

            var supervisor = await supervision.SupervisorAsync(cancellationToken);
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

    /// <summary>
    /// The notice due for <paramref name="body"/> on <paramref name="asOf"/> as known on <paramref name="knownOn"/>: the
    /// library's draft for it (<see cref="Supervisor.DraftNotices(LocalDate, LocalDate)"/>: its items, colour, reply
    /// deadline, the notice it follows), numbered the next of the year. The library numbers one day's drafts for every
    /// body as one batch by their place in it; the server issues one body's at a time, so its number is one more than
    /// the notices of the year in the log (督办〔2026〕n号, the library's form), never one issued before.
    /// </summary>
    /// <param name="supervisor">The supervisor over the stored logs.</param>
    /// <param name="body">The body.</param>
    /// <param name="asOf">The issue day.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <returns>The notice, or null when none is due.</returns>
    internal static Notice? DueNotice(Supervisor supervisor, Subject body, LocalDate asOf, LocalDate knownOn)
    {
        var draft = supervisor.DraftNotices(asOf, knownOn).FirstOrDefault(n => n.Body == body);
        if (draft is null)
        {
            return null;
        }

        var year = asOf.Year;
        var issued = supervisor.Log.Notices.Count(n => n.RecordedOn <= knownOn && n.IssuedOn.Year == year);
        return draft with { Number = $"督办〔{year}〕{issued + 1}号" };
    }

    /// <summary>The notice issued to <paramref name="body"/> on <paramref name="day"/> and recorded by <paramref name="knownOn"/>, or null.</summary>
    internal static Notice? IssuedOn(SupervisionLog log, Subject body, LocalDate day, LocalDate knownOn) =>
        log.NoticesTo(body, day, knownOn).LastOrDefault(n => n.IssuedOn == day);

    /// <summary>Why no notice is due, in the library's terms: awaiting the reply to the last notice, or no yellow or red item.</summary>
    internal static string NoNotice(Supervisor supervisor, Subject body, LocalDate asOf, LocalDate knownOn)
    {
        var name = supervisor.Tracker.Subjects.NameOf(body);
        return supervisor.NextNoticeLevel(body, asOf, knownOn) is null && supervisor.Log.NoticesTo(body, asOf, knownOn) is { Count: > 0 } notices
            ? $"{name} awaits the reply to {notices[^1].Number} until its reply deadline {Iso(notices[^1].ReplyBy)} (as of {Iso(asOf)}, as known on {Iso(knownOn)}); the next notice is due after it"
            : $"{name} has no yellow or red item as of {Iso(asOf)} as known on {Iso(knownOn)}";
    }

    /// <summary>The default day of knowledge: the last day either log recorded anything, else <paramref name="asOf"/>.</summary>
    internal static LocalDate KnownNow(Supervisor supervisor, LocalDate asOf) =>
        (supervisor.Tracker.Log.LastRecordedOn, supervisor.Log.LastRecordedOn) switch
        {
            (null, null) => asOf,
            var (tracked, supervised) => LocalDate.Max(tracked ?? LocalDate.MinIsoValue, supervised ?? LocalDate.MinIsoValue),
        };

    internal static LocalDate? Date(string? text) => text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

    internal static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);

    internal static string Quote(string text) => text.Length <= 64 ? text : text[..64] + "…";

    internal static void Stated(HttpContext context, LocalDate asOf, LocalDate knownOn)
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
