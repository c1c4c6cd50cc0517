using System.Net.Http.Headers;
using System.Net.Http.Json;
using Jilin.Urbanization.WebApi.Progress;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Jilin.Urbanization.WebApi.Tests.Hosting;

/// <summary>
/// The server under test on one store (a SQLite file in its own data folder, or a database of the test run's
/// PostgreSQL cluster) that outlives restarts: <see cref="Start"/> again is a restart on the same data. Tokens come
/// from the development issuer, as a client of the sample would get them.
/// </summary>
public sealed class Server : IDisposable
{
    /// <summary>The signing key of the tests (configuration, as in production).</summary>
    public const string SigningKey = "a signing key for the tests, 32 bytes or more";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"jilin-web-{Guid.NewGuid():N}");
    private readonly string? postgres;

    /// <summary>Creates the store.</summary>
    /// <param name="store">Which store.</param>
    public Server(StoreKind store)
    {
        Store = store;
        postgres = store == StoreKind.PostgreSql ? PostgresCluster.Instance.NewDatabase() : null;
    }

    /// <summary>The store.</summary>
    public StoreKind Store { get; }

    /// <summary>The SQLite file (on <see cref="StoreKind.Sqlite"/>).</summary>
    public string SqliteFile => Path.Combine(folder, "progress.db");

    /// <summary>The server's clock: 2026-01-15 in China unless a test moves it.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 1, 15, 2, 0));

    /// <summary>Starts (or restarts) the server.</summary>
    /// <param name="settings">More configuration (limits, …).</param>
    public WebApplicationFactory<Program> Start(IReadOnlyDictionary<string, string>? settings = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in Settings(settings))
            {
                b.UseSetting(key, value);
            }

            b.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
        });

    /// <summary>The configuration of the store, the key and the development issuer, and <paramref name="more"/>.</summary>
    /// <param name="more">More settings, or null.</param>
    public IEnumerable<KeyValuePair<string, string>> Settings(IReadOnlyDictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Auth:SigningKey"] = SigningKey,
            ["Auth:DevelopmentIssuer"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Jilin.Urbanization.WebApi"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        };
        if (postgres is null)
        {
            settings["Progress:Provider"] = "Sqlite";
            settings["Progress:DataFolder"] = folder;
        }
        else
        {
            settings["Progress:Provider"] = "PostgreSql";
            settings["ConnectionStrings:Progress"] = postgres;
        }

        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A client acting for <paramref name="subject"/> (a name or canonical text), with a token from <c>POST /dev/tokens</c>.</summary>
    /// <param name="app">The running server.</param>
    /// <param name="subject">Who calls: 全省 (the provincial office), a county, a department.</param>
    public static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> app, string subject = "全省")
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, subject));
        return client;
    }

    /// <summary>A token from the development issuer.</summary>
    /// <param name="client">A client of the server.</param>
    /// <param name="subject">The subject.</param>
    public static async Task<string> TokenAsync(HttpClient client, string subject)
    {
        var response = await client.PostAsync($"/dev/tokens?subject={Uri.EscapeDataString(subject)}", null);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<Security.IssuedToken>();
        return token!.Token;
    }

    /// <summary>A scope's store.</summary>
    /// <param name="app">The server.</param>
    public static ProgressDb Db(WebApplicationFactory<Program> app) => app.Services.CreateScope().ServiceProvider.GetRequiredService<ProgressDb>();

    /// <inheritdoc/>
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
