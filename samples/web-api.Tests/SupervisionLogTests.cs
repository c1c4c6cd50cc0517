using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tracking;
using Jilin.Urbanization.WebApi.Progress;
using Jilin.Urbanization.WebApi.Supervision;
using Jilin.Urbanization.WebApi.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Jilin.Urbanization.WebApi.Tests.SecurityTests;

namespace Jilin.Urbanization.WebApi.Tests;

/// <summary>
/// The stored supervision log (督查督办台账): the provincial office issues a body's notice, records its reply, verifies
/// (销号) and reopens an item; each is the library's entry (checked by <see cref="Supervisor.Record(ISupervisionEntry)"/>),
/// and the GETs answer over the stored log, so a body's next notice escalates as the library says. Others: 403.
/// </summary>
public abstract class SupervisionLogTests(StoreKind store) : IDisposable
{
    private static readonly LocalDate QuarterEnd = new(2025, 12, 31);
    private static readonly LocalDate Today = new(2026, 1, 15);   // the server's clock; the quarter is recorded that day
    private static readonly JsonSerializerOptions DomainJsonOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureDomainJson();
    private readonly Server server = new(store);

    public void Dispose()
    {
        server.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task An_issued_notice_is_stored_and_the_bodys_next_notice_after_an_unanswered_deadline_is_orange_and_follows_it()
    {
        var (app, client, supervisor) = await QuarterAsync();
        await using var _ = app;
        var body = supervisor.DraftNotices(QuarterEnd, Today)[0].Body;
        var path = $"/supervision/notices/{Uri.EscapeDataString(body.ToString())}";

        var issued = await client.PostAsync($"{path}/issue?asOf=2025-12-31", null);

        issued.StatusCode.Should().Be(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        var notice = await NoticeAsync(issued);
        var expected = supervisor.DraftNotices(QuarterEnd, Today).Single(n => n.Body == body) with { RecordedOn = Today };
        notice.Should().Be(expected with { Number = "督办〔2025〕1号" });
        var shown = await client.GetAsync($"{path}?asOf=2025-12-31");
        shown.Headers.GetValues("X-Notice").Single().Should().Be("issued");
        (await NoticeAsync(shown)).Should().Be(notice);

        // The reply deadline (10 days) passed on 2026-01-10 without a reply: the library's next colour is orange.
        var next = await client.GetAsync($"{path}?asOf=2026-01-15");
        next.StatusCode.Should().Be(HttpStatusCode.OK, await next.Content.ReadAsStringAsync());
        next.Headers.GetValues("X-Notice").Single().Should().Be("draft");
        var escalated = await NoticeAsync(next);
        escalated.Level.Should().Be(supervisor.Record(notice).NextNoticeLevel(body, Today, Today)).And.Be(NoticeLevel.Orange);
        escalated.Follows.Should().Be(notice.Number);
        var second = await client.PostAsync($"{path}/issue?asOf=2026-01-15", null);
        second.StatusCode.Should().Be(HttpStatusCode.Created);
        (await NoticeAsync(second)).Should().Be(escalated with { RecordedOn = Today });
    }

    [Fact]
    public async Task A_reply_by_the_deadline_makes_the_next_notice_blue_again_and_a_second_reply_is_refused_by_the_library()
    {
        var (app, client, supervisor) = await QuarterAsync();
        await using var _ = app;
        var body = supervisor.DraftNotices(QuarterEnd, Today)[0].Body;
        var path = $"/supervision/notices/{Uri.EscapeDataString(body.ToString())}";
        var notice = await NoticeAsync(await client.PostAsync($"{path}/issue?asOf=2025-12-31", null));

        var reply = await client.PostAsJsonAsync($"{path}/replies", new { notice = notice.Number, repliedOn = "2026-01-08", text = "已制定整改方案" });

        reply.StatusCode.Should().Be(HttpStatusCode.Created, await reply.Content.ReadAsStringAsync());
        var next = await NoticeAsync(await client.GetAsync($"{path}?asOf=2026-01-15"));
        next.Level.Should().Be(NoticeLevel.Blue, "the last notice was answered by its reply deadline");
        next.Follows.Should().Be(notice.Number);
        (await client.PostAsJsonAsync($"{path}/replies", new { notice = notice.Number, repliedOn = "2026-01-08", text = "已制定整改方案" }))
            .StatusCode.Should().Be(HttpStatusCode.OK, "the same reply again is the stored one");
        await ExpectProblemAsync(await client.PostAsJsonAsync($"{path}/replies", new { notice = notice.Number, repliedOn = "2026-01-09", text = "补充" }), HttpStatusCode.Conflict, "already has a reply");
        await ExpectProblemAsync(await client.PostAsJsonAsync($"{path}/replies", new { notice = "督办〔2025〕9号", text = "?" }), HttpStatusCode.NotFound, "No notice 督办〔2025〕9号");
        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<ProgressDb>().NoticeReplies.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task A_verification_closes_a_met_item_a_reopening_opens_it_again_and_an_unmet_item_is_refused_by_the_library()
    {
        var (app, client, supervisor) = await QuarterAsync();
        await using var _ = app;
        var lights = supervisor.Lights(supervisor.Tracker.Scope(), QuarterEnd, Today);
        var met = lights.Items.First(l => l.Reason is LightReason.Met or LightReason.Completed);
        var red = lights.Items.First(l => l.Light == Light.Red);
        var path = $"/supervision/notices/{Uri.EscapeDataString(met.ResponsibleBody.ToString())}";

        var verified = await client.PostAsJsonAsync($"{path}/verifications", Item(met.Item, "2025-12-31", note: "资料核查"));

        verified.StatusCode.Should().Be(HttpStatusCode.Created, await verified.Content.ReadAsStringAsync());
        var verification = new Verification { Item = met.Item, VerifiedOn = QuarterEnd, RecordedOn = Today, RecordedBy = Subject.Province, Note = "资料核查" };
        var expected = supervisor.Record(verification).Lights(supervisor.Tracker.Scope(), QuarterEnd, Today);
        using (var after = JsonDocument.Parse(await client.GetStringAsync("/supervision/lights?asOf=2025-12-31")))
        {
            after.RootElement.GetProperty("items").GetArrayLength().Should().Be(expected.Items.Count).And.Be(lights.Items.Count - 1);
            after.RootElement.GetProperty("closed").GetArrayLength().Should().Be(expected.Closed.Count).And.Be(lights.Closed.Count + 1);
        }

        var reopened = await client.PostAsJsonAsync($"{path}/reopenings", Item(met.Item, "2026-01-15", reason: "核查发现问题反弹"));
        reopened.StatusCode.Should().Be(HttpStatusCode.Created, await reopened.Content.ReadAsStringAsync());
        using (var again = JsonDocument.Parse(await client.GetStringAsync("/supervision/lights?asOf=2026-01-15")))
        {
            again.RootElement.GetProperty("closed").GetArrayLength().Should().Be(lights.Closed.Count);
        }

        var redPath = $"/supervision/notices/{Uri.EscapeDataString(red.ResponsibleBody.ToString())}";
        await ExpectProblemAsync(await client.PostAsJsonAsync($"{redPath}/verifications", Item(red.Item, "2025-12-31")), HttpStatusCode.Conflict, "only a met target or a completed measure is closed");
    }

    [Fact]
    public async Task Issuing_the_same_day_again_answers_the_stored_notice_and_stores_nothing()
    {
        var (app, client, supervisor) = await QuarterAsync();
        await using var _ = app;
        var path = $"/supervision/notices/{Uri.EscapeDataString(supervisor.DraftNotices(QuarterEnd, Today)[0].Body.ToString())}";
        var first = await client.PostAsync($"{path}/issue?asOf=2025-12-31", null);

        var again = await client.PostAsync($"{path}/issue?asOf=2025-12-31", null);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        await ExpectProblemAsync(await client.PostAsync($"{path}/issue?asOf=2026-01-05", null), HttpStatusCode.Conflict, "awaits the reply to 督办〔2025〕1号");
        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<ProgressDb>().Notices.CountAsync()).Should().Be(1);
    }

    [Theory]
    [InlineData("梅河口")]
    [InlineData("住建厅")]
    public async Task Only_the_provincial_office_writes_the_supervision_log(string caller)
    {
        var (app, _, supervisor) = await QuarterAsync();
        await using var __ = app;
        var office = await Server.ClientAsync(app, caller);
        var path = $"/supervision/notices/{Uri.EscapeDataString(supervisor.DraftNotices(QuarterEnd, Today)[0].Body.ToString())}";

        await ExpectProblemAsync(await office.PostAsync($"{path}/issue?asOf=2025-12-31", null), HttpStatusCode.Forbidden, "may not call POST");
        await ExpectProblemAsync(await office.PostAsJsonAsync($"{path}/replies", new { notice = "督办〔2025〕1号" }), HttpStatusCode.Forbidden, "may not call POST");
        await ExpectProblemAsync(await office.PostAsJsonAsync($"{path}/verifications", new { measure = "jilin-2022-county-urbanization/26" }), HttpStatusCode.Forbidden, "may not call POST");
        (await office.GetAsync($"{path}?asOf=2025-12-31")).StatusCode.Should().Be(HttpStatusCode.OK, "every office reads the notices");
        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<ProgressDb>().Notices.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Bad_writes_are_problems_naming_the_parameter()
    {
        var (app, client, supervisor) = await QuarterAsync();
        await using var _ = app;
        var path = $"/supervision/notices/{Uri.EscapeDataString(supervisor.DraftNotices(QuarterEnd, Today)[0].Body.ToString())}";

        await ExpectProblemAsync(await client.PostAsync($"{path}/issue", null), HttpStatusCode.BadRequest, "asOf is required");
        await ExpectProblemAsync(await client.PostAsync($"{path}/issue?asOf=2026-02-01", null), HttpStatusCode.BadRequest, "after today");
        await ExpectProblemAsync(await client.PostAsync("/supervision/notices/梅河/issue?asOf=2025-12-31", null), HttpStatusCode.NotFound, "梅河");
        await ExpectProblemAsync(await client.PostAsJsonAsync($"{path}/replies", new { text = "?" }), HttpStatusCode.BadRequest, "notice is required");
        await ExpectProblemAsync(await client.PostAsync($"{path}/replies", new StringContent("notice=1", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType, "application/json");
        await ExpectProblemAsync(await client.PostAsJsonAsync($"{path}/verifications", new { target = "not-a-target" }), HttpStatusCode.BadRequest, "'not-a-target' is not a target id");
        await ExpectProblemAsync(await client.PostAsJsonAsync($"{path}/verifications", new { note = "?" }), HttpStatusCode.BadRequest, "Name the item");
        await ExpectProblemAsync(await client.PostAsJsonAsync($"{path}/reopenings", new { measure = "jilin-2022-county-urbanization/26" }), HttpStatusCode.BadRequest, "reason is required");
    }

    [Fact]
    public async Task The_stored_log_reads_back_equal_to_the_entries_answered_after_a_restart()
    {
        var (app, client, supervisor) = await QuarterAsync();
        var lights = supervisor.Lights(supervisor.Tracker.Scope(), QuarterEnd, Today);
        var met = lights.Items.First(l => l.Reason is LightReason.Met or LightReason.Completed);
        var body = supervisor.DraftNotices(QuarterEnd, Today)[0].Body;
        var path = $"/supervision/notices/{Uri.EscapeDataString(body.ToString())}";
        var notice = await NoticeAsync(await client.PostAsync($"{path}/issue?asOf=2025-12-31", null));
        var reply = await EntryAsync<NoticeReply>(await client.PostAsJsonAsync($"{path}/replies", new { notice = notice.Number, text = "已整改" }));
        var verification = await EntryAsync<Verification>(await client.PostAsJsonAsync($"/supervision/notices/{Uri.EscapeDataString(met.ResponsibleBody.ToString())}/verifications", Item(met.Item, "2025-12-31")));
        var lightsBefore = await client.GetStringAsync("/supervision/lights?asOf=2026-01-15");
        await app.DisposeAsync();

        await using var restarted = server.Start();
        using var scope = restarted.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<SupervisionStore>().LoadAsync(CancellationToken.None);

        stored.Should().Be(SupervisionLog.Empty.With(notice).With(reply).With(verification));
        (await (await Server.ClientAsync(restarted)).GetStringAsync("/supervision/lights?asOf=2026-01-15")).Should().Be(lightsBefore);
    }

    [Fact]
    public async Task A_notice_issued_through_one_server_is_the_issued_one_on_another_over_the_same_store()
    {
        var (app, client, supervisor) = await QuarterAsync();
        await using var _ = app;
        await using var other = server.Start();
        var otherClient = await Server.ClientAsync(other);
        var path = $"/supervision/notices/{Uri.EscapeDataString(supervisor.DraftNotices(QuarterEnd, Today)[0].Body.ToString())}";
        (await otherClient.GetAsync($"{path}?asOf=2025-12-31")).Headers.GetValues("X-Notice").Single().Should().Be("draft");

        var notice = await NoticeAsync(await client.PostAsync($"{path}/issue?asOf=2025-12-31", null));

        var shown = await otherClient.GetAsync($"{path}?asOf=2025-12-31");
        shown.Headers.GetValues("X-Notice").Single().Should().Be("issued");
        (await NoticeAsync(shown)).Should().Be(notice);
        (await otherClient.PostAsync($"{path}/issue?asOf=2025-12-31", null)).StatusCode.Should().Be(HttpStatusCode.OK, "the other server finds it stored");
    }

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_any_row_of_the_supervision_log()
    {
        var (app, client, supervisor) = await QuarterAsync();
        await using var _ = app;
        var path = $"/supervision/notices/{Uri.EscapeDataString(supervisor.DraftNotices(QuarterEnd, Today)[0].Body.ToString())}";
        var notice = await NoticeAsync(await client.PostAsync($"{path}/issue?asOf=2025-12-31", null));
        (await client.PostAsJsonAsync($"{path}/replies", new { notice = notice.Number, text = "已整改" })).StatusCode.Should().Be(HttpStatusCode.Created);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProgressDb>();

        foreach (var sql in new[]
        {
            "UPDATE supervision_notices SET \"Level\" = 'Red'",
            "DELETE FROM supervision_notice_items",
            "UPDATE supervision_replies SET \"Text\" = ''",
            "DELETE FROM supervision_notices",
        })
        {
            var edit = () => db.Database.ExecuteSqlRawAsync(sql);
            (await edit.Should().ThrowAsync<System.Data.Common.DbException>(sql)).Which.Message.Should().Contain("append-only");
        }

        (await NoticeAsync(await client.GetAsync($"{path}?asOf=2025-12-31"))).Should().Be(notice);
    }

    private static object Item(SupervisedItem item, string day, string? note = null, string? reason = null) =>
        new { target = item.Target?.ToString(), measure = item.Target is null ? item.Measure.ToString() : null, subject = item.Subject.ToString(), day, note, reason };

    private static Task<Notice> NoticeAsync(HttpResponseMessage response) => EntryAsync<Notice>(response);

    private static async Task<T> EntryAsync<T>(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(text);
        return JsonSerializer.Deserialize<T>(text, DomainJsonOptions)!;
    }

    // The sample quarter uploaded by the provincial office (recorded 2026-01-15), and the library's supervisor over it with an empty log.
    private async Task<(WebApplicationFactory<Program> App, HttpClient Client, Supervisor Supervisor)> QuarterAsync()
    {
        var app = server.Start();
        var client = await Server.ClientAsync(app);
        foreach (var (path, file) in new[] { ("/progress", "2025-q4-observations.csv"), ("/status", "2025-q4-status.csv") })
        {
            var sent = await client.PostAsync(path, new StringContent(File.ReadAllText(Path.Combine(Repository.Root, "samples", "data", file)), Encoding.UTF8, "text/csv"));
            sent.IsSuccessStatusCode.Should().BeTrue(await sent.Content.ReadAsStringAsync());
        }

        using var scope = app.Services.CreateScope();
        var tracker = await scope.ServiceProvider.GetRequiredService<ProgressStore>().TrackerAsync(CancellationToken.None);
        return (app, client, new Supervisor(tracker, SupervisionLog.Empty));
    }
}

/// <summary>The supervision log in a SQLite file.</summary>
public sealed class SqliteSupervisionLogTests() : SupervisionLogTests(StoreKind.Sqlite);

/// <summary>The supervision log in PostgreSQL.</summary>
public sealed class PostgresSupervisionLogTests() : SupervisionLogTests(StoreKind.PostgreSql);
