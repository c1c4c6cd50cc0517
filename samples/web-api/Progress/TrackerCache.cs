using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>
/// The one tracker of a server process (a singleton): uploads and reports start from it and load only the rows stored
/// after it (<see cref="HighWaterMarks"/>: another server's, on a shared PostgreSQL database), instead of every row per
/// request. It moves only to trackers over committed rows: a catch-up read, or an upload after its commit, never an
/// upload whose transaction failed.
/// </summary>
/// <param name="catalog">The catalog of the trackers.</param>
public sealed class TrackerCache(PolicyCatalog catalog)
{
    private CachedTracker current = new(new ImplementationTracker(catalog, TrackingLog.Empty), HighWaterMarks.None);

    /// <summary>One catch-up at a time: two requests that find the same new rows record them once.</summary>
    internal SemaphoreSlim CatchUp { get; } = new(1, 1);

    /// <summary>The tracker now cached.</summary>
    public CachedTracker Current => Volatile.Read(ref current);

    /// <summary>
    /// Caches <paramref name="next"/> unless the cache already holds more (a later upload or catch-up got there first;
    /// both are over committed rows, and the marks only rise).
    /// </summary>
    /// <param name="next">A tracker over committed rows.</param>
    /// <returns>What the cache holds now.</returns>
    internal CachedTracker Advance(CachedTracker next)
    {
        while (true)
        {
            var seen = Current;
            if (seen.Marks.Covers(next.Marks) || Interlocked.CompareExchange(ref current, next, seen) == seen)
            {
                return Current;
            }
        }
    }
}
