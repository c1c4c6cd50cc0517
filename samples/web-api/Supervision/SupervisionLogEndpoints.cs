using System.Text.Json;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using Jilin.Urbanization.WebApi.Http;
using Jilin.Urbanization.WebApi.Security;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;
using static Jilin.Urbanization.WebApi.Supervision.SupervisionEndpoints;

namespace Jilin.Urbanization.WebApi.Supervision;

/// <summary>
/// The writes of the supervision log (督查督办台账), for the provincial office only (<see cref="AuthSetup.ProvincialOffice"/>;
/// others: 403): issue a body's notice (督办), record its reply (回复), verify an item (核查, 销号), reopen one. Each is
/// recorded on the server's day by the caller, checked by the library (<see cref="Supervisor.Record(ISupervisionEntry)"/>:
/// a refusal is a 409 <c>conflict</c> quoting it) and stored append-only; the very same request again answers the stored
/// entry (200) and stores nothing.
/// </summary>
public static class SupervisionLogEndpoints
{
    /// <summary>Maps the endpoints under <c>/supervision/notices/{body}</c>.</summary>
    /// <param name="app">The app.</param>
    public static void MapSupervisionLog(this WebApplication app)
    {
        // POST /supervision/notices/{body}/issue?asOf=2026-01-15: issues the notice due for the body that day (GET
        // /supervision/notices/{body} shows it first), recorded today; asOf is today or earlier. 201 with the notice;
        // 200 with it when it was issued already; 404 when none is due; 409 while the last awaits its reply.
        app.MapPost("/supervision/notices/{body}/issue", async (HttpContext context, PolicyCatalog catalog, SupervisionStore supervision, IClock clock, string body, string? asOf, CancellationToken cancellationToken) =>
        {
            var today = ComplianceCalendar.Today(clock);
            if (asOf is null)
            {
                return Problems.BadParameter("asOf", "query", "asOf is required: the issue day (签发日期), an ISO date (yyyy-MM-dd), today or earlier.");
            }

            if (DayOf(asOf, today, "asOf", "query", out var day) is { } bad)
            {
                return bad;
            }

            var subject = SubjectsOf(catalog).Resolve(body);   // an unknown name: 404 with suggestions
            var caller = Caller(context);
            return await WriteAsync<Notice>(supervision, "query asOf", $"/supervision/notices/{Uri.EscapeDataString(subject.ToString())}?asOf={Iso(day)}", s =>
            {
                if (IssuedOn(s.Log, subject, day, today) is { } issued)
                {
                    return SupervisionChange.Existing(issued);
                }

                if (DueNotice(s, subject, day, today) is { } due)
                {
                    return SupervisionChange.New(due with { RecordedOn = today, RecordedBy = caller });
                }

                var why = NoNotice(s, subject, day, today);
                return SupervisionChange.Refused(s.NextNoticeLevel(subject, day, today) is null
                    ? Problems.Of(StatusCodes.Status409Conflict, "conflict", $"{why}: no notice is issued before then.", "route body")
                    : Problems.Of(StatusCodes.Status404NotFound, "no-notice", $"{why}: no notice (督办单) is due.", "route body"));
            }, cancellationToken);
        })
        .RequireAuthorization(AuthSetup.ProvincialOffice)
        .WithName("IssueNotice");

        // POST /supervision/notices/{body}/replies {"notice", "repliedOn", "text"}: the body's reply to its notice, one
        // per notice; on time when received by the notice's reply deadline (then its next notice is blue again).
        app.MapPost("/supervision/notices/{body}/replies", async (HttpRequest request, PolicyCatalog catalog, SupervisionStore supervision, IClock clock, ServerLimits limits, IOptions<JsonOptions> json, string body, CancellationToken cancellationToken) =>
        {
            if (NotJson(request) is { } unsupported)
            {
                return unsupported;
            }

            var today = ComplianceCalendar.Today(clock);
            var subject = SubjectsOf(catalog).Resolve(body);
            var sent = await ReadAsync<NoticeReplyRequest>(request, limits, json, "{\"notice\", \"repliedOn\", \"text\"}", cancellationToken);
            if (string.IsNullOrWhiteSpace(sent.Notice))
            {
                return Problems.Of(StatusCodes.Status400BadRequest, "bad-parameter", "notice is required: the number of the notice replied to (督办〔2026〕1号).", "body notice");
            }

            if (DayOf(sent.RepliedOn, today, "repliedOn", "body", out var day) is { } bad)
            {
                return bad;
            }

            var reply = new NoticeReply { Notice = sent.Notice, RepliedOn = day, RecordedOn = today, RecordedBy = Caller(request.HttpContext), Text = sent.Text ?? string.Empty };
            return await WriteAsync<NoticeReply>(supervision, "body notice", $"/supervision/notices/{Uri.EscapeDataString(subject.ToString())}?asOf={Iso(day)}", s =>
            {
                var notice = s.Log.Notices.FirstOrDefault(n => n.Number == reply.Notice);
                if (notice is null || notice.Body != subject)
                {
                    return SupervisionChange.Refused(Problems.Of(StatusCodes.Status404NotFound, "not-found", $"No notice {SupervisionEndpoints.Quote(reply.Notice)} was issued to {s.Tracker.Subjects.NameOf(subject)}.", "body notice"));
                }

                var stored = s.Log.Replies.FirstOrDefault(r => r.Notice == reply.Notice && r.RepliedOn == reply.RepliedOn && r.Text == reply.Text);
                return stored is null ? SupervisionChange.New(reply) : SupervisionChange.Existing(stored);
            }, cancellationToken);
        })
        .RequireAuthorization(AuthSetup.ProvincialOffice)
        .WithName("ReplyToNotice");

        // POST /supervision/notices/{body}/verifications {"target"|"measure", "subject", "day", "note"}: the office's
        // verification (核查) of one of the body's items, which closes it (销号) when the library finds it met or completed.
        app.MapPost("/supervision/notices/{body}/verifications", async (HttpRequest request, PolicyCatalog catalog, SupervisionStore supervision, IClock clock, ServerLimits limits, IOptions<JsonOptions> json, string body, CancellationToken cancellationToken) =>
        {
            if (NotJson(request) is { } unsupported)
            {
                return unsupported;
            }

            var today = ComplianceCalendar.Today(clock);
            var subjects = SubjectsOf(catalog);
            var subject = subjects.Resolve(body);
            var sent = await ReadAsync<ItemRequest>(request, limits, json, "{\"target\" or \"measure\", \"subject\", \"day\", \"note\"}", cancellationToken);
            if (ItemOf(catalog, subjects, subject, sent, out var item) is { } badItem)
            {
                return badItem;
            }

            if (DayOf(sent.Day, today, "day", "body", out var day) is { } bad)
            {
                return bad;
            }

            var verification = new Verification { Item = item, VerifiedOn = day, RecordedOn = today, RecordedBy = Caller(request.HttpContext), Note = sent.Note ?? string.Empty };
            return await WriteAsync<Verification>(supervision, "body", $"/supervision/lights?asOf={Iso(day)}", s =>
                NotTheBodys(s, subject, item, day, today) is { } refusal ? SupervisionChange.Refused(refusal)
                : s.Log.Verifications.FirstOrDefault(v => v.Item == item && v.VerifiedOn == day && v.Note == verification.Note) is { } stored ? SupervisionChange.Existing(stored)
                : SupervisionChange.New(verification),
                cancellationToken);
        })
        .RequireAuthorization(AuthSetup.ProvincialOffice)
        .WithName("VerifyItem");

        // POST /supervision/notices/{body}/reopenings {"target"|"measure", "subject", "day", "reason"}: a closed item of
        // the body is supervised again (重新列入督办) from the day.
        app.MapPost("/supervision/notices/{body}/reopenings", async (HttpRequest request, PolicyCatalog catalog, SupervisionStore supervision, IClock clock, ServerLimits limits, IOptions<JsonOptions> json, string body, CancellationToken cancellationToken) =>
        {
            if (NotJson(request) is { } unsupported)
            {
                return unsupported;
            }

            var today = ComplianceCalendar.Today(clock);
            var subjects = SubjectsOf(catalog);
            var subject = subjects.Resolve(body);
            var sent = await ReadAsync<ItemRequest>(request, limits, json, "{\"target\" or \"measure\", \"subject\", \"day\", \"reason\"}", cancellationToken);
            if (ItemOf(catalog, subjects, subject, sent, out var item) is { } badItem)
            {
                return badItem;
            }

            if (DayOf(sent.Day, today, "day", "body", out var day) is { } bad)
            {
                return bad;
            }

            if (string.IsNullOrWhiteSpace(sent.Reason))
            {
                return Problems.Of(StatusCodes.Status400BadRequest, "bad-parameter", "reason is required: why the item is supervised again (核查发现问题反弹).", "body reason");
            }

            var reopening = new Reopening { Item = item, ReopenedOn = day, RecordedOn = today, RecordedBy = Caller(request.HttpContext), Reason = sent.Reason };
            return await WriteAsync<Reopening>(supervision, "body", $"/supervision/lights?asOf={Iso(day)}", s =>
                NotTheBodys(s, subject, item, day, today) is { } refusal ? SupervisionChange.Refused(refusal)
                : s.Log.Reopenings.FirstOrDefault(o => o.Item == item && o.ReopenedOn == day && o.Reason == reopening.Reason) is { } stored ? SupervisionChange.Existing(stored)
                : SupervisionChange.New(reopening),
                cancellationToken);
        })
        .RequireAuthorization(AuthSetup.ProvincialOffice)
        .WithName("ReopenItem");
    }

    // Decides and stores under the writer lock; answers 201 (stored), 200 (stored before), the refusal, or 409 quoting the library.
    private static async Task<IResult> WriteAsync<TEntry>(SupervisionStore supervision, string location, string created, Func<Supervisor, SupervisionChange> decide, CancellationToken cancellationToken)
        where TEntry : ISupervisionEntry
    {
        SupervisionChange change;
        try
        {
            change = await supervision.AppendAsync(decide, cancellationToken);
        }
        catch (ArgumentException e)
        {
            return Problems.Of(StatusCodes.Status409Conflict, "conflict", $"The supervision log does not take it: {e.Message}", location);
        }

        return change switch
        {
            { Refusal: { } refusal } => refusal,
            { Entry: TEntry entry, AlreadyStored: true } => Results.Ok(entry),
            { Entry: TEntry entry } => Results.Created(created, entry),
            _ => throw new InvalidOperationException($"A {typeof(TEntry).Name} write decided {change}."),
        };
    }

    // The item must be one of the body's: the body responsible for it (a county's own targets and measures, a department's measures and the province-wide targets it leads).
    private static IResult? NotTheBodys(Supervisor supervisor, Subject body, SupervisedItem item, LocalDate day, LocalDate today)
    {
        ItemLight light;
        try
        {
            light = supervisor.Light(item, day, today);
        }
        catch (ArgumentException e)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "bad-parameter", $"The office does not supervise it: {e.Message}", "body");
        }

        return light.ResponsibleBody == body
            ? null
            : Problems.Of(StatusCodes.Status404NotFound, "not-found", $"{item} is an item of {supervisor.Tracker.Subjects.NameOf(light.ResponsibleBody)}, not of {supervisor.Tracker.Subjects.NameOf(body)}.", "route body");
    }

    // The item named by the body: a target (for its subject: the province for a department, else the body) or a measure (for the body).
    private static IResult? ItemOf(PolicyCatalog catalog, SubjectDirectory subjects, Subject body, ItemRequest sent, out SupervisedItem item)
    {
        item = null!;
        var subject = string.IsNullOrWhiteSpace(sent.Subject) ? (Subject?)null : subjects.Resolve(sent.Subject);
        if (sent.Target is not null)
        {
            if (!TargetId.TryParse(sent.Target, out var target))
            {
                return Problems.Of(StatusCodes.Status400BadRequest, "bad-parameter", $"'{SupervisionEndpoints.Quote(sent.Target)}' is not a target id; ids are '<measure-id>/t<n>', e.g. jilin-2022-county-urbanization/68/t1.", "body target");
            }

            if (!catalog.TryGetTarget(target, out _))
            {
                return Problems.Of(StatusCodes.Status404NotFound, "not-found", $"No target has the id '{target}'.", "body target");
            }

            item = SupervisedItem.OfTarget(target, subject ?? (body.Kind == SubjectKind.Department ? Subject.Province : body));
            return null;
        }

        if (sent.Measure is not null)
        {
            if (!MeasureId.TryParse(sent.Measure, out var measure))
            {
                return Problems.Of(StatusCodes.Status400BadRequest, "bad-parameter", $"'{SupervisionEndpoints.Quote(sent.Measure)}' is not a measure id; ids are '<document>/<number>', e.g. jilin-2022-county-urbanization/26.", "body measure");
            }

            if (!catalog.TryGetMeasure(measure, out _))
            {
                return Problems.Of(StatusCodes.Status404NotFound, "not-found", $"No measure has the id '{measure}'.", "body measure");
            }

            item = SupervisedItem.OfMeasure(measure, subject ?? body);
            return null;
        }

        return Problems.Of(StatusCodes.Status400BadRequest, "bad-parameter", "Name the item: \"target\" (with \"subject\" for a county's figure) or \"measure\".", "body");
    }

    // A day the caller names (default: today): an ISO date, not after today (the entry is recorded today).
    private static IResult? DayOf(string? text, LocalDate today, string name, string where, out LocalDate day)
    {
        day = today;
        if (text is null)
        {
            return null;
        }

        if (SupervisionEndpoints.Date(text) is not { } parsed)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "bad-parameter", $"{name} '{SupervisionEndpoints.Quote(text)}' is not an ISO date (yyyy-MM-dd).", $"{where} {name}");
        }

        day = parsed;
        return day > today
            ? Problems.Of(StatusCodes.Status400BadRequest, "bad-parameter", $"{name} {Iso(day)} is after today ({Iso(today)}): the office records what happened on or before the day it records it.", $"{where} {name}")
            : null;
    }

    private static async Task<T> ReadAsync<T>(HttpRequest request, ServerLimits limits, IOptions<JsonOptions> json, string expected, CancellationToken cancellationToken)
    {
        using var buffer = await Body.ReadAsync(request, limits.MaxBodyBytes, cancellationToken);
        return await JsonSerializer.DeserializeAsync<T>(buffer, json.Value.SerializerOptions, cancellationToken)
            ?? throw new JsonException($"The body is null; send {expected}.");
    }

    // 415 naming the one type these endpoints read (also in an Accept-Post header).
    private static IResult? NotJson(HttpRequest request)
    {
        if (request.ContentType is { } type && type.StartsWith(Negotiation.Json, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        request.HttpContext.Response.Headers["Accept-Post"] = Negotiation.Json;
        return Problems.Of(
            StatusCodes.Status415UnsupportedMediaType,
            "unsupported-media-type",
            $"This endpoint reads {Negotiation.Json}; the request's Content-Type is {(string.IsNullOrEmpty(request.ContentType) ? "missing" : $"'{SupervisionEndpoints.Quote(request.ContentType)}'")}.",
            "header Content-Type",
            new Dictionary<string, object?> { ["accepted"] = new[] { Negotiation.Json } });
    }

    private static SubjectDirectory SubjectsOf(PolicyCatalog catalog) => new ImplementationTracker(catalog, TrackingLog.Empty).Subjects;

    private static Subject Caller(HttpContext context) =>
        Callers.TryGet(context.User, out var subject) ? subject : throw new InvalidOperationException("An authorised endpoint ran without a subject.");
}
