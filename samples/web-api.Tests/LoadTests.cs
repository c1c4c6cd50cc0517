using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Tracking;
using Jilin.Urbanization.WebApi.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Xunit.Abstractions;

namespace Jilin.Urbanization.WebApi.Tests;

/// <summary>
/// Issue 27, load: county and department clients upload and read reports at once over loopback (Kestrel) for a fixed
/// time; afterwards every acknowledged entry is stored exactly once, about and by the client that sent it, nothing
/// else is stored, and no answer was a 5xx. Small in CI (6 counties, 5 departments, 3 s); the full size (60 counties,
/// 50 departments, 60 s) with JILIN_LOAD=full, which also measures a baseline endpoint (a fixed JSON document) under the
/// same clients. Figures: benchmarks/README.md, "Server under load (issue 27)".
/// </summary>
public abstract class LoadTests(StoreKind store, ITestOutputHelper output) : IDisposable
{
    private const string CareHomes = "jilin-2022-county-urbanization/43/t1"; // each county
    private static readonly bool Full = Environment.GetEnvironmentVariable("JILIN_LOAD") == "full";
    private readonly Server server = new(store);

    public void Dispose()
    {
        server.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Counties_and_departments_uploading_and_reading_at_once_lose_duplicate_and_misattribute_nothing_with_no_server_error()
    {
        var (counties, departments, seconds) = Full ? (60, 50, 60) : (6, 5, 3);
        var port = OperationsTests.FreePort();
        await using var app = server.Start(new Dictionary<string, string>
        {
            ["urls"] = $"http://127.0.0.1:{port}",
            ["Limits:RequestsPerWindow"] = "1000000",
        });
        app.UseKestrel();
        app.StartServer();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var catalog = PolicyCatalog.Default;
        var countySubjects = DivisionRegistry.Default.Counties.Take(counties).Select(d => Subject.OfDivision(d.Code)).ToList();
        var departmentMeasures = catalog.Departments.All
            .Select(d => (Subject: Subject.OfDepartment(d.Id), Measure: catalog.Measures.FirstOrDefault(m => m.Responsibility.Involves(d.Id))))
            .Where(p => p.Measure is not null).Take(departments).ToList();
        var clients = countySubjects.Select(s => new LoadClient(s, null))
            .Concat(departmentMeasures.Select(p => new LoadClient(p.Subject, p.Measure!.Id.ToString()))).ToList();
        var tokens = new Dictionary<Subject, string>();
        foreach (var client in clients)
        {
            tokens[client.Subject] = await Server.TokenAsync(http, client.Subject.ToString());
        }

        var latencies = new ConcurrentBag<(string Kind, double Ms, int Status)>();
        var acknowledged = new ConcurrentBag<(Subject Client, string Item, Subject About, LocalDate Day)>();

        if (Full)
        {
            await RunAsync(clients, seconds, async (client, i) => await TimedAsync(latencies, "baseline", () => http.GetAsync("/baseline")));
        }

        await RunAsync(clients, seconds, async (client, i) =>
        {
            var token = tokens[client.Subject];
            if (i % 2 == 1)
            {
                await TimedAsync(latencies, "report", () => Send(http, HttpMethod.Get, $"/reports/implementation?asOf=2025-12-31&subject={client.Subject}", token, null));
                return;
            }

            var day = new LocalDate(2025, 12, 31).PlusDays(-i / 2);
            var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            (string Path, string Csv, string Item) upload = client.Measure is null
                ? ("/progress", $"target,subject,value,unit,observedOn\n{CareHomes},{client.Subject},{i % 3},所,{iso}", CareHomes)
                : ("/status", $"measure,reporter,status,reportedOn,narrative\n{client.Measure},{client.Subject},推进中,{iso},第{i}次报送", client.Measure);
            var response = await TimedAsync(latencies, "upload", () => Send(http, HttpMethod.Post, upload.Path, token, new StringContent(upload.Csv, Encoding.UTF8, "text/csv")));
            if (response.StatusCode == HttpStatusCode.Created)
            {
                acknowledged.Add((client.Subject, upload.Item, client.Subject, day));
            }
        });

        latencies.Where(l => l.Status >= 500).Should().BeEmpty("no server errors");
        latencies.Where(l => l.Kind == "upload").Should().OnlyContain(l => l.Status == 201, "every upload is a new key of its own client");
        var db = Server.Db(app);
        var stored = (await db.Observations.ToListAsync()).Select(o => Key(o.RecordedBy, o.TargetId.ToString(), o.Subject, o.ObservedOn))
            .Concat((await db.StatusUpdates.ToListAsync()).Select(s => Key(s.RecordedBy, s.MeasureId.ToString(), s.Reporter, s.ReportedOn))).ToList();
        stored.Should().OnlyHaveUniqueItems("nothing is stored twice");
        stored.Order().Should().Equal(acknowledged.Select(a => Key(a.Client, a.Item, a.About, a.Day)).Order(), "every acknowledged entry is stored once, by and about its client, and nothing else");
        acknowledged.Should().NotBeEmpty();

        foreach (var kind in latencies.Select(l => l.Kind).Distinct().Order())
        {
            var ms = latencies.Where(l => l.Kind == kind).Select(l => l.Ms).Order().ToList();
            output.WriteLine(FormattableString.Invariant($"{store} {clients.Count} clients ({countySubjects.Count} counties, {departmentMeasures.Count} departments), {seconds} s: {kind}: {ms.Count} requests, {ms.Count / (double)seconds:F0}/s, p50 {ms[ms.Count / 2]:F1} ms, p99 {ms[Math.Min(ms.Count - 1, ms.Count * 99 / 100)]:F1} ms"));
        }

        output.WriteLine($"{store}: {stored.Count} entries stored, all acknowledged");
    }

    // Who recorded what about whom for which day, as one comparable text.
    private static string Key(Subject by, string item, Subject about, LocalDate day) => $"{by} {item} {about} {day:yyyy-MM-dd}";

    private sealed record LoadClient(Subject Subject, string? Measure);

    // Every client loops until the time is up; i counts its requests.
    private static async Task RunAsync<T>(IReadOnlyList<T> clients, int seconds, Func<T, int, Task> step)
    {
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            for (var i = 0; Stopwatch.GetTimestamp() < until; i++)
            {
                await step(client, i);
            }
        })));
    }

    private static async Task<HttpResponseMessage> TimedAsync(ConcurrentBag<(string, double, int)> latencies, string kind, Func<Task<HttpResponseMessage>> send)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await send();
        await response.Content.LoadIntoBufferAsync();
        latencies.Add((kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds, (int)response.StatusCode));
        return response;
    }

    private static Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string uri, string token, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }
}

/// <summary>The load test on a SQLite file.</summary>
public sealed class SqliteLoadTests(ITestOutputHelper output) : LoadTests(StoreKind.Sqlite, output);

/// <summary>The load test on PostgreSQL.</summary>
public sealed class PostgresLoadTests(ITestOutputHelper output) : LoadTests(StoreKind.PostgreSql, output);
