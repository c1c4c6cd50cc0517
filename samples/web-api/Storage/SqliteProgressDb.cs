using Jilin.Urbanization.WebApi.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jilin.Urbanization.WebApi.Storage;

/// <summary>The progress store in a SQLite file, the embedded default; its schema is the migrations in <c>Migrations/Sqlite</c>.</summary>
/// <param name="options">The options (the file comes from configuration).</param>
public sealed class SqliteProgressDb(DbContextOptions<SqliteProgressDb> options) : ProgressDb(options)
{
    /// <summary>The triggers that make SQLite refuse an UPDATE or DELETE of any row (an edit is a new row: a correction or a withdrawal).</summary>
    public static IEnumerable<string> AppendOnlyTriggers =>
        from table in Tables
        from action in (string[])["UPDATE", "DELETE"]
        select $"CREATE TRIGGER IF NOT EXISTS {table}_no_{action.ToLowerInvariant()} BEFORE {action} ON {table} " +
               $"BEGIN SELECT RAISE(ABORT, '{table} is append-only: send a correction or a withdrawal'); END;";
}

/// <summary>Makes <see cref="SqliteProgressDb"/> for <c>dotnet ef migrations add … --context SqliteProgressDb</c> without starting the app.</summary>
public sealed class SqliteProgressDbFactory : IDesignTimeDbContextFactory<SqliteProgressDb>
{
    /// <inheritdoc/>
    public SqliteProgressDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteProgressDb>().UseSqlite("Data Source=design-time.db").Options);
}
