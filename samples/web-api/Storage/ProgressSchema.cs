using Jilin.Urbanization.WebApi.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Jilin.Urbanization.WebApi.Storage;

/// <summary>
/// Brings the store to the newest schema at start-up with the provider's EF Core migrations. A SQLite file made before
/// migrations (by <c>EnsureCreated</c>, issues 13 and 22) is first upgraded to the first migration's tables and marked
/// as at that migration, so its rows are kept.
/// </summary>
public static class ProgressSchema
{
    /// <summary>Applies the pending migrations.</summary>
    /// <param name="db">The store.</param>
    public static void Migrate(ProgressDb db)
    {
        if (db is SqliteProgressDb sqlite && IsUnmigrated(sqlite))
        {
            sqlite.UpgradeUnmigratedSqlite();
            var first = sqlite.Database.GetMigrations().First();
            var history = sqlite.GetService<IHistoryRepository>();
#pragma warning disable EF1002 // the script is EF Core's own
            sqlite.Database.ExecuteSqlRaw(history.GetCreateIfNotExistsScript());
            sqlite.Database.ExecuteSqlRaw(history.GetInsertScript(new HistoryRow(first, ProductInfo.GetVersion())));
#pragma warning restore EF1002
            foreach (var trigger in SqliteProgressDb.AppendOnlyTriggers)
            {
                sqlite.Database.ExecuteSqlRaw(trigger);
            }
        }

        db.Database.Migrate();
        if (db is SqliteProgressDb)
        {
            // Readers do not wait for the writer (write-ahead log): reports keep answering during uploads.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }
    }

    // Tables but no migration history: a file made by EnsureCreated.
    private static bool IsUnmigrated(SqliteProgressDb db) =>
        db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'observations'").AsEnumerable().First() == 1
        && db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'").AsEnumerable().First() == 0;
}
