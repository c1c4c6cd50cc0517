using System.Net;
using System.Net.Http.Json;
using System.Text;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Tracking;
using Jilin.Urbanization.WebApi.Progress;
using Jilin.Urbanization.WebApi.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jilin.Urbanization.WebApi.Tests;

/// <summary>
/// The process's tracker (<see cref="TrackerCache"/>): a request records only the rows stored since it was cached, so
/// two servers over one store see each other's uploads; a refused upload leaves it as it was; after uploads,
/// corrections and withdrawals it holds the same log as a fresh load of every row.
/// </summary>
public abstract class TrackerCacheTests(StoreKind store) : IDisposable
{
    private const string FiveG = "jilin-2022-county-urbanization/68/t1";
    private const string Report = "/reports/implementation?asOf=2025-12-31&document=jilin-2022-county-urbanization";
    private readonly Server server = new(store);

    public void Dispose()
    {
        server.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task An_upload_through_one_server_is_in_the_other_servers_next_report()
    {
        await using var first = server.Start();
        await using var second = server.Start();
        var one = await Server.ClientAsync(first);
        var two = await Server.ClientAsync(second);
        var before = await two.GetStringAsync(Report);   // the second server caches its tracker now

        (await one.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn\n{FiveG},全省,77.5,%,2025-12-31"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var after = await two.GetStringAsync(Report);

        after.Should().NotBe(before, "the target now has the province's figure (not meeting 80%)").And.Be(await one.GetStringAsync(Report));
        (await two.GetStringAsync($"/history/targets/{FiveG}/220000")).Should().Contain("77.5");
        (await CachedAsync(second)).Log.Should().Be(await FreshAsync(second));
    }

    [Fact]
    public async Task Uploads_through_two_servers_at_once_are_each_stored_once_and_both_caches_hold_them_all()
    {
        await using var first = server.Start();
        await using var second = server.Start();
        var clients = new[] { await Server.ClientAsync(first), await Server.ClientAsync(second) };
        var days = Enumerable.Range(0, 20).Select(i => new NodaTime.LocalDate(2025, 1, 1).PlusDays(i * 7)).ToList();

        var responses = await Task.WhenAll(days.Select((day, i) =>
            clients[i % 2].PostAsync("/progress", Csv($"target,subject,value,unit,observedOn\n{FiveG},全省,{60 + i},%,{NodaTime.Text.LocalDatePattern.Iso.Format(day)}"))));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Created);
        var fresh = await FreshAsync(first);
        fresh.Observations.Select(o => o.ObservedOn).Should().BeEquivalentTo(days, "each upload is stored once");
        (await CachedAsync(first)).Log.Should().Be(fresh);
        (await CachedAsync(second)).Log.Should().Be(fresh);
    }

    [Fact]
    public async Task An_upload_through_the_other_server_is_checked_against_the_rows_it_stored()
    {
        await using var first = server.Start();
        await using var second = server.Start();
        var one = await Server.ClientAsync(first);
        var two = await Server.ClientAsync(second);
        (await two.GetStringAsync(Report)).Should().NotBeEmpty();   // cached before the first server's upload

        (await one.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn\n{FiveG},全省,77.5,%,2025-12-31"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var conflicting = await two.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn\n{FiveG},全省,70,%,2025-12-31"));

        conflicting.StatusCode.Should().Be(HttpStatusCode.Conflict, "the second server caught up with the first's row before checking");
    }

    [Fact]
    public async Task A_conflicting_upload_leaves_the_cache_unchanged_and_the_next_report_equals_a_fresh_servers()
    {
        await using var app = server.Start();
        var client = await Server.ClientAsync(app);
        (await client.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn\n{FiveG},全省,77.5,%,2025-12-31"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var cached = app.Services.GetRequiredService<TrackerCache>().Current;

        // One new figure and one conflicting with the stored one (another value, the same day): all or none.
        var refused = await client.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn\n{FiveG},全省,60,%,2025-06-30\n{FiveG},全省,70,%,2025-12-31"));

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        app.Services.GetRequiredService<TrackerCache>().Current.Should().BeSameAs(cached);
        var report = await client.GetStringAsync(Report);
        await using var fresh = server.Start();
        report.Should().Be(await (await Server.ClientAsync(fresh)).GetStringAsync(Report)).And.NotContain("\"60");
        (await CachedAsync(app)).Log.Should().Be(await FreshAsync(app));
    }

    [Fact]
    public async Task The_cached_trackers_log_equals_a_fresh_load_after_uploads_corrections_and_withdrawals()
    {
        await using var app = server.Start();
        var client = await Server.ClientAsync(app);
        var steps = new List<Func<Task<HttpResponseMessage>>>
        {
            () => client.PostAsync("/progress", Csv(File.ReadAllText(Path.Combine(Repository.Root, "samples", "data", "2025-q4-observations.csv")))),
            () => client.PostAsync("/status", Csv(File.ReadAllText(Path.Combine(Repository.Root, "samples", "data", "2025-q4-status.csv")))),
            () => client.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn,source,reason\n{FiveG},全省,81,%,2025-12-31,省通信管理局,统计口径调整")),
            () => client.PostAsJsonAsync("/progress/withdrawals", new { target = FiveG, subject = "全省", observedOn = "2025-12-31", reason = "重复填报" }),
            () => client.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn\n{FiveG},全省,82,%,2025-12-31")),
        };

        foreach (var step in steps)
        {
            server.Clock.AdvanceDays(1);   // each on its own day: a correction (更正) is a later day's version
            client.DefaultRequestHeaders.Authorization = new("Bearer", await Server.TokenAsync(client, "全省"));
            var response = await step();
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

            var cached = app.Services.GetRequiredService<TrackerCache>().Current;
            cached.Tracker.Log.Should().Be(await FreshAsync(app));
            cached.Marks.Should().Be(await MarksAsync(app));
        }

        (await FreshAsync(app)).Withdrawals.Should().ContainSingle();
    }

    [Fact]
    public async Task Answers_over_the_cached_tracker_equal_a_restarted_servers_byte_for_byte_values_and_their_scale_included()
    {
        await using var app = server.Start();
        var client = await Server.ClientAsync(app);
        (await client.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn\n{FiveG},全省,77.50,%,2025-09-30\n{FiveG},全省,79,%,2025-12-31"))).StatusCode.Should().Be(HttpStatusCode.Created);
        const string Lights = "/supervision/lights?asOf=2025-12-31&subject=全省";
        var cached = await client.GetStringAsync(Lights);

        await using var restarted = server.Start();
        var fresh = await (await Server.ClientAsync(restarted)).GetStringAsync(Lights);

        fresh.Should().Be(cached).And.Contain("\"latest\":79,");
        (await (await Server.ClientAsync(restarted)).GetStringAsync($"/history/targets/{FiveG}/220000")).Should().Contain("77.50");
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static async Task<ImplementationTracker> CachedAsync(WebApplicationFactory<Program> app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ProgressStore>().TrackerAsync(CancellationToken.None);
    }

    // Every row read again, as the store did before the cache, checked by a new tracker.
    private static async Task<TrackingLog> FreshAsync(WebApplicationFactory<Program> app)
    {
        using var scope = app.Services.CreateScope();
        var log = await scope.ServiceProvider.GetRequiredService<ProgressStore>().LoadAsync(CancellationToken.None);
        return new ImplementationTracker(PolicyCatalog.Default, log).Log;
    }

    private static async Task<HighWaterMarks> MarksAsync(WebApplicationFactory<Program> app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProgressDb>();
        return new HighWaterMarks(
            await db.Observations.MaxAsync(o => (long?)o.Id) ?? 0,
            await db.StatusUpdates.MaxAsync(s => (long?)s.Id) ?? 0,
            await db.Withdrawals.MaxAsync(w => (long?)w.Id) ?? 0);
    }
}

/// <summary>The cache on a SQLite file shared by two servers.</summary>
public sealed class SqliteTrackerCacheTests() : TrackerCacheTests(StoreKind.Sqlite);

/// <summary>The cache on a PostgreSQL database shared by two servers.</summary>
public sealed class PostgresTrackerCacheTests() : TrackerCacheTests(StoreKind.PostgreSql);
