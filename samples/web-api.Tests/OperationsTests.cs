using System.Net;
using System.Text.Json;
using Jilin.Urbanization.WebApi.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Jilin.Urbanization.WebApi.Tests;

/// <summary>Issue 27, operations: the start-up log names the URLs and the store, /health asks the store, one structured line per request without personal data.</summary>
public sealed class OperationsTests : IDisposable
{
    private readonly Server sqlite = new(StoreKind.Sqlite);
    private readonly Server postgres = new(StoreKind.PostgreSql);

    public void Dispose()
    {
        sqlite.Dispose();
        postgres.Dispose();
    }

    [Fact]
    public async Task The_start_up_log_names_the_urls_and_the_store_and_the_sqlite_file_is_in_the_data_folder_not_the_source_tree()
    {
        var log = new LogCollector();
        var port = FreePort();
        await using var app = Logged(sqlite, log, $"http://127.0.0.1:{port}");
        app.UseKestrel();
        app.StartServer();

        var started = log.Lines.Single(l => l.Message.StartsWith("Progress server listening on", StringComparison.Ordinal)).Message;
        started.Should().MatchRegex($@"listening on http://(localhost|127\.0\.0\.1):{port}\b").And.Contain("SQLite file " + sqlite.SqliteFile);
        File.Exists(sqlite.SqliteFile).Should().BeTrue();
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "samples", "web-api"), "*.db", SearchOption.AllDirectories).Should().BeEmpty("nothing is stored in the source tree");
    }

    [Fact]
    public async Task Health_asks_the_store_on_both_stores_and_is_a_503_problem_when_postgresql_is_gone()
    {
        foreach (var (server, name) in new[] { (sqlite, "SQLite file"), (postgres, "PostgreSQL database") })
        {
            await using var app = server.Start();
            using var health = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/health"));
            health.RootElement.GetProperty("status").GetString().Should().Be("Healthy");
            health.RootElement.GetProperty("store").GetString().Should().StartWith(name);
        }

        await using var broken = postgres.Start();
        var client = broken.CreateClient();
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        var database = new NpgsqlConnectionStringBuilder(postgres.Settings().Single(s => s.Key == "ConnectionStrings:Progress").Value).Database;
        NpgsqlConnection.ClearAllPools();
        await using (var admin = new NpgsqlConnection($"Host=127.0.0.1;Port={PostgresCluster.Instance.Port};Database=postgres;Username=postgres;Pooling=false"))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        await SecurityTests.ExpectProblemAsync(await client.GetAsync("/health"), HttpStatusCode.ServiceUnavailable, "does not answer");
    }

    [Fact]
    public async Task Each_request_is_one_structured_line_with_route_status_and_caller_but_no_query_token_or_address()
    {
        var log = new LogCollector();
        await using var app = Logged(sqlite, log);
        var client = await Server.ClientAsync(app, "梅河口");
        (await client.GetAsync("/reports/implementation?asOf=2025-12-31&subject=梅河口&department=住建厅")).StatusCode.Should().Be(HttpStatusCode.OK);

        var line = log.Lines.Where(l => l.Category == "Jilin.Urbanization.WebApi.Requests").Select(l => l.Message).Last();
        line.Should().StartWith("GET /reports/implementation answered 200 in ").And.EndWith("for county 220581");
        var all = string.Join('\n', log.Lines.Select(l => l.Message));
        all.Should().NotContain("住建厅").And.NotContain("asOf=").And.NotContain(client.DefaultRequestHeaders.Authorization!.Parameter!).And.NotContain("Bearer ");
    }

    internal static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static WebApplicationFactory<Program> Logged(Server server, LogCollector log, string? urls = null) =>
        server.Start(new Dictionary<string, string>
        {
            ["urls"] = urls ?? "http://127.0.0.1:0",
            ["Logging:LogLevel:Jilin.Urbanization.WebApi"] = "Information",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        }).WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(log))));
}
