using Jilin.Urbanization.WebApi.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jilin.Urbanization.WebApi.Storage;

/// <summary>The progress store in PostgreSQL, for a province's server; its schema is the migrations in <c>Migrations/PostgreSql</c>.</summary>
/// <param name="options">The options (the connection string comes from configuration).</param>
public sealed class PostgresProgressDb(DbContextOptions<PostgresProgressDb> options) : ProgressDb(options)
{
    /// <summary>The trigger function and triggers that make PostgreSQL refuse an UPDATE or DELETE of any row (as the first migration made them).</summary>
    public static IEnumerable<string> AppendOnlyTriggers =>
        new[]
        {
            "CREATE OR REPLACE FUNCTION progress_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only: send a correction or a withdrawal', TG_TABLE_NAME; END $$;",
        }.Concat(Tables.Select(table =>
            $"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION progress_append_only();"));
}

/// <summary>Makes <see cref="PostgresProgressDb"/> for <c>dotnet ef migrations add … --context PostgresProgressDb</c> (no server needed to add a migration).</summary>
public sealed class PostgresProgressDbFactory : IDesignTimeDbContextFactory<PostgresProgressDb>
{
    /// <inheritdoc/>
    public PostgresProgressDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresProgressDb>().UseNpgsql("Host=localhost;Database=progress").Options);
}
