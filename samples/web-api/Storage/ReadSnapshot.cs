using Jilin.Urbanization.WebApi.Progress;
using Microsoft.EntityFrameworkCore;

namespace Jilin.Urbanization.WebApi.Storage;

/// <summary>
/// Runs several reads in one read-only snapshot of the database (PostgreSQL: REPEATABLE READ; SQLite: a deferred
/// transaction, which never takes the write lock), so rows another server commits meanwhile are either all seen or
/// none: a withdrawal is never read without the figure it takes back, a reply never without its notice.
/// </summary>
public static class ReadSnapshot
{
    /// <summary>Runs <paramref name="read"/> in a snapshot (in the caller's transaction when there is one).</summary>
    /// <typeparam name="T">What is read.</typeparam>
    /// <param name="db">The store.</param>
    /// <param name="read">The reads.</param>
    /// <param name="cancellationToken">Cancels them.</param>
    /// <returns>What was read.</returns>
    public static async Task<T> RunAsync<T>(ProgressDb db, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await read();
        }

        if (db is PostgresProgressDb)
        {
            await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            var value = await read();
            await snapshot.CommitAsync(cancellationToken);
            return value;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
            await using var deferred = connection.BeginTransaction(deferred: true);
            await db.Database.UseTransactionAsync(deferred, cancellationToken);
            try
            {
                var value = await read();
                await deferred.CommitAsync(cancellationToken);
                return value;
            }
            finally
            {
                await db.Database.UseTransactionAsync(null, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
