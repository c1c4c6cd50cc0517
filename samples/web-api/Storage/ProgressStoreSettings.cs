using Jilin.Urbanization.WebApi.Progress;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jilin.Urbanization.WebApi.Storage;

/// <summary>
/// Where progress is stored, from configuration: <c>Progress:Provider</c> <c>Sqlite</c> (the default: a file,
/// <c>Progress:Database</c>, by default <c>progress.db</c> in <c>Progress:DataFolder</c>, by default the user's
/// local application data folder, <c>~/.local/share/jilin-urbanization</c>, never the source tree) or
/// <c>PostgreSql</c> (<c>ConnectionStrings:Progress</c>).
/// </summary>
/// <param name="Provider">Sqlite or PostgreSql.</param>
/// <param name="ConnectionString">The connection string.</param>
/// <param name="Description">What the start-up log and /health say: the provider and the file or host and database, never a password.</param>
public sealed record ProgressStoreSettings(string Provider, string ConnectionString, string Description)
{
    /// <summary>The SQLite provider's name.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>The PostgreSQL provider's name.</summary>
    public const string PostgreSql = "PostgreSql";

    /// <summary>The settings from configuration.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <exception cref="InvalidOperationException">An unknown provider, or PostgreSQL without a connection string.</exception>
    public static ProgressStoreSettings From(IConfiguration configuration)
    {
        var provider = configuration["Progress:Provider"] ?? Sqlite;
        if (provider.Equals(PostgreSql, StringComparison.OrdinalIgnoreCase) || provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var connection = configuration.GetConnectionString("Progress")
                ?? throw new InvalidOperationException("Progress:Provider is PostgreSql but ConnectionStrings:Progress is not set (e.g. Host=localhost;Database=progress;Username=progress;Password=…).");
            var builder = new NpgsqlConnectionStringBuilder(connection);
            return new ProgressStoreSettings(PostgreSql, connection, $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}");
        }

        if (!provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Progress:Provider is '{provider}'; use {Sqlite} or {PostgreSql}.");
        }

        var folder = configuration["Progress:DataFolder"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create) is { Length: > 0 } data ? data : Path.GetTempPath(), "jilin-urbanization");
        var file = Path.GetFullPath(Path.Combine(folder, configuration["Progress:Database"] ?? "progress.db"));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return new ProgressStoreSettings(Sqlite, $"Data Source={file}", $"SQLite file {file}");
    }

    /// <summary>Registers the provider's context as <see cref="ProgressDb"/>.</summary>
    /// <param name="services">The services.</param>
    public void Register(IServiceCollection services)
    {
        services.AddSingleton(this);
        if (Provider == PostgreSql)
        {
            services.AddDbContext<PostgresProgressDb>(o => o.UseNpgsql(ConnectionString));
            services.AddScoped<ProgressDb>(s => s.GetRequiredService<PostgresProgressDb>());
        }
        else
        {
            services.AddDbContext<SqliteProgressDb>(o => o.UseSqlite(ConnectionString));
            services.AddScoped<ProgressDb>(s => s.GetRequiredService<SqliteProgressDb>());
        }
    }

    /// <summary>Readable form: <see cref="Description"/>.</summary>
    public override string ToString() => Description;
}
