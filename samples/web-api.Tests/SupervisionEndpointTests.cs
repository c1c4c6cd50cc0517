using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tracking;
using Jilin.Urbanization.WebApi.Progress;
using Jilin.Urbanization.WebApi.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Jilin.Urbanization.WebApi.Tests.SecurityTests;

namespace Jilin.Urbanization.WebApi.Tests;

/// <summary>
/// The supervision endpoints (督查督办, issue 28 point 7) over the sample quarter as stored: lights with roll-ups,
/// a body's notice (JSON and the printable page), the ranking (JSON and the page with charts), a body's calendar —
/// each the library's own answer over the stored tracker, as of / known on the days asked; bad input is problem+json.
/// </summary>
public sealed class SupervisionEndpointTests : IDisposable
{
    private static readonly LocalDate AsOf = new(2025, 12, 31);
    private readonly Server server = new(StoreKind.Sqlite);

    public void Dispose() => server.Dispose();

    private static async Task<(WebApplicationFactory<Program> App, HttpClient Client, ImplementationTracker Tracker)> QuarterAsync(Server server)
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
        return (app, client, tracker);
    }

    [Fact]
    public async Task Lights_are_the_librarys_with_counts_and_roll_ups_and_both_days_stated()
    {
        var (app, client, tracker) = await QuarterAsync(server);
        await using var _ = app;

        var response = await client.GetAsync("/supervision/lights?asOf=2025-12-31&knownOn=2026-01-15&subject=梅河口");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var supervisor = new Supervisor(tracker, SupervisionLog.Empty);
        var expected = supervisor.Lights(tracker.Scope().ForSubject("梅河口"), AsOf, new LocalDate(2026, 1, 15));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("items").GetArrayLength().Should().Be(expected.Items.Count).And.BeGreaterThan(0);
        json.RootElement.GetProperty("counties").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Should().Equal(expected.Counties.Select(c => c.Name));
        json.RootElement.GetProperty("departments").GetArrayLength().Should().Be(expected.Departments.Count);
        json.RootElement.GetProperty("chapters").GetArrayLength().Should().Be(expected.Chapters.Count);
        json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("light").GetString())
            .Should().Equal(expected.Items.Select(i => JsonNamingPolicy.CamelCase.ConvertName(i.Light.ToString())));
        response.Headers.GetValues("X-As-Of").Single().Should().Be("2025-12-31");
        response.Headers.GetValues("X-Known-On").Single().Should().Be("2026-01-15");
    }

    [Fact]
    public async Task Lights_known_on_a_day_before_anything_was_stored_are_all_grey_or_red_by_deadline_alone()
    {
        var (app, client, tracker) = await QuarterAsync(server);
        await using var _ = app;

        using var json = JsonDocument.Parse(await client.GetStringAsync("/supervision/lights?asOf=2025-12-31&knownOn=2026-01-14"));

        var expected = new Supervisor(tracker, SupervisionLog.Empty).Lights(tracker.Scope(), AsOf, new LocalDate(2026, 1, 14));
        expected.CountOf(Light.Green).Should().Be(0, "the quarter was recorded on 2026-01-15");
        json.RootElement.GetProperty("items").EnumerateArray().Should().OnlyContain(i => i.GetProperty("light").GetString() != "green");
    }

    [Fact]
    public async Task A_bodys_notice_is_the_drafted_one_as_json_or_the_printable_page()
    {
        var (app, client, tracker) = await QuarterAsync(server);
        await using var _ = app;
        var supervisor = new Supervisor(tracker, SupervisionLog.Empty);
        var expected = supervisor.DraftNotices(AsOf, new LocalDate(2026, 1, 15))[0];
        var body = Uri.EscapeDataString(expected.Body.ToString());

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/supervision/notices/{body}?asOf=2025-12-31&knownOn=2026-01-15"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/supervision/notices/{body}?asOf=2025-12-31&knownOn=2026-01-15");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var page = await client.SendAsync(request);

        json.RootElement.GetProperty("number").GetString().Should().Be(expected.Number);
        json.RootElement.GetProperty("items").GetArrayLength().Should().Be(expected.Items.Count);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await page.Content.ReadAsStringAsync()).Should().Be(expected.ToHtml()).And.Contain("size: A4");
    }

    [Fact]
    public async Task A_body_with_nothing_yellow_or_red_has_no_notice_and_an_unknown_body_is_404_with_suggestions()
    {
        var (app, client, tracker) = await QuarterAsync(server);
        await using var _ = app;
        var supervisor = new Supervisor(tracker, SupervisionLog.Empty);
        var notified = supervisor.DraftNotices(AsOf, new LocalDate(2026, 1, 15)).Select(n => n.Body).ToHashSet();
        var calm = supervisor.Lights(tracker.Scope(), AsOf, new LocalDate(2026, 1, 15)).Items.Select(i => i.ResponsibleBody).Distinct().First(b => !notified.Contains(b));

        await ExpectProblemAsync(await client.GetAsync($"/supervision/notices/{Uri.EscapeDataString(calm.ToString())}?asOf=2025-12-31&knownOn=2026-01-15"), HttpStatusCode.NotFound, "no notice (督办单) is due");
        var unknown = await client.GetAsync("/supervision/notices/梅河?asOf=2025-12-31");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("suggestions");
    }

    [Fact]
    public async Task The_ranking_is_the_librarys_with_ties_explained_and_the_page_draws_its_charts()
    {
        var (app, client, tracker) = await QuarterAsync(server);
        await using var _ = app;

        using var json = JsonDocument.Parse(await client.GetStringAsync("/supervision/ranking?from=2025-10-01&to=2025-12-31&knownOn=2026-01-15"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/supervision/ranking?from=2025-10-01&to=2025-12-31&knownOn=2026-01-15");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var page = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        var expected = new Supervisor(tracker, SupervisionLog.Empty).Rank(new DateInterval(new LocalDate(2025, 10, 1), AsOf), ScoreWeights.Default, new LocalDate(2026, 1, 15));
        var counties = json.RootElement.GetProperty("counties").EnumerateArray().ToList();
        counties.Select(c => (c.GetProperty("name").GetString(), c.GetProperty("rank").GetInt32())).Should().Equal(expected.Counties.Select(c => ((string?)c.Name, c.Rank)));
        counties.Where(c => c.TryGetProperty("tieNote", out var note) && note.ValueKind == JsonValueKind.String).Should().HaveCount(expected.Counties.Count(c => c.TieNote is not null)).And.NotBeEmpty();
        page.Should().Contain("<svg").And.Contain(RankingChart.Counties(expected).Title);
    }

    [Fact]
    public async Task A_bodys_calendar_is_an_ics_file_of_its_days()
    {
        var (app, client, tracker) = await QuarterAsync(server);
        await using var _ = app;

        var response = await client.GetAsync("/supervision/calendar/梅河口?from=2025-10-01&to=2026-12-31&knownOn=2026-01-15");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        var ics = await response.Content.ReadAsStringAsync();
        var expected = new Supervisor(tracker, SupervisionLog.Empty).Calendar(tracker.Subjects.Resolve("梅河口"), new DateInterval(new LocalDate(2025, 10, 1), new LocalDate(2026, 12, 31)), new LocalDate(2026, 1, 15), server.Clock);
        ics.Should().Be(expected).And.StartWith("BEGIN:VCALENDAR");
        ics.Should().Contain("BEGIN:VEVENT");
    }

    [Fact]
    public async Task Bad_days_are_problems_naming_the_parameter()
    {
        var (app, client, _) = await QuarterAsync(server);
        await using var __ = app;

        await ExpectProblemAsync(await client.GetAsync("/supervision/lights"), HttpStatusCode.BadRequest, "asOf is required");
        await ExpectProblemAsync(await client.GetAsync("/supervision/lights?asOf=2025-12-31&knownOn=yesterday"), HttpStatusCode.BadRequest, "knownOn 'yesterday'");
        await ExpectProblemAsync(await client.GetAsync("/supervision/lights?asOf=2025-12-31&document=2021"), HttpStatusCode.BadRequest, "document '2021'");
        await ExpectProblemAsync(await client.GetAsync("/supervision/ranking?from=2025-12-31&to=2025-10-01"), HttpStatusCode.BadRequest, "not before from");
        await ExpectProblemAsync(await client.GetAsync("/supervision/calendar/梅河口?from=2025-02-30"), HttpStatusCode.BadRequest, "from '2025-02-30'");
        await ExpectProblemAsync(await client.GetAsync("/supervision/notices/梅河口?asOf=31.12.2025"), HttpStatusCode.BadRequest, "asOf '31.12.2025'");
    }
}
