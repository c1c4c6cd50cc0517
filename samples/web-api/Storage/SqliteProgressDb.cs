using System.Globalization;
using Jilin.Urbanization.WebApi.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jilin.Urbanization.WebApi.Storage;

/// <summary>The progress store in a SQLite file, the embedded default; its schema is the migrations in <c>Migrations/Sqlite</c>.</summary>
/// <param name="options">The options (the file comes from configuration).</param>
public sealed class SqliteProgressDb(DbContextOptions<SqliteProgressDb> options) : ProgressDb(options)
{
    /// <summary>
    /// A figure's value as its exact invariant text (<c>1</c>, <c>1.50</c>): read back with the scale it was sent with,
    /// so a report over the rows read again is the same, byte for byte, as one over the entries recorded (the server
    /// keeps them in its tracker, <see cref="TrackerCache"/>). EF Core's SQLite default writes <c>1.0</c> for 1 and
    /// <c>1.5</c> for 1.50; rows it wrote read back as they were.
    /// </summary>
    public static readonly ValueConverter<decimal, string> ExactDecimalText =
        new(value => value.ToString(CultureInfo.InvariantCulture), text => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture));


    /// <summary>The triggers that make SQLite refuse an UPDATE or DELETE of any row (an edit is a new row: a correction or a withdrawal).</summary>
    public static IEnumerable<string> AppendOnlyTriggers =>
        from table in Tables
        from action in (string[])["UPDATE", "DELETE"]
        select $"CREATE TRIGGER IF NOT EXISTS {table}_no_{action.ToLowerInvariant()} BEFORE {action} ON {table} " +
               $"BEGIN SELECT RAISE(ABORT, '{table} is append-only: send a correction or a withdrawal'); END;";

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ObservationRow>().Property(o => o.Value).HasConversion(ExactDecimalText);
    }
}

/// <summary>Makes <see cref="SqliteProgressDb"/> for <c>dotnet ef migrations add … --context SqliteProgressDb</c> without starting the app.</summary>
public sealed class SqliteProgressDbFactory : IDesignTimeDbContextFactory<SqliteProgressDb>
{
    /// <inheritdoc/>
    public SqliteProgressDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteProgressDb>().UseSqlite("Data Source=design-time.db").Options);
}
