using Jilin.Urbanization.Domain;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using Jilin.Urbanization.WebApi.Storage;
using Microsoft.EntityFrameworkCore;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>
/// The one place that maps stored rows to and from the library's tracking model. The rows (every version of every
/// figure and status, and every withdrawal) make a <see cref="TrackingLog"/>; the process keeps one tracker over them
/// (<see cref="TrackerCache"/>) and each request first records into it the rows stored since (ids above its
/// <see cref="HighWaterMarks"/>). An upload is recorded through <see cref="ImplementationTracker.Record(TrackingLog)"/>,
/// which says what each entry does, and only the entries that are not <see cref="EntryEffect.Duplicate"/> are
/// inserted. Nothing is ever updated or deleted.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="cache">The process's tracker (over the catalog the ids belong to).</param>
public sealed class ProgressStore(ProgressDb db, TrackerCache cache)
{
    // Catch up, record and insert are one step per process: two uploads never check against the same stored log.
    private static readonly SemaphoreSlim Writer = new(1, 1);

    /// <summary>Everything stored, as a log read afresh (not the cached tracker's): every row, in one read snapshot.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The log: every version, in upload order.</returns>
    public async Task<TrackingLog> LoadAsync(CancellationToken cancellationToken) =>
        (await ReadSnapshot.RunAsync(db, () => ReadAfterAsync(HighWaterMarks.None, cancellationToken), cancellationToken)).Log;

    /// <summary>A tracker over everything stored: the process's cached tracker, after recording the rows stored since it was cached.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The tracker.</returns>
    public async Task<ImplementationTracker> TrackerAsync(CancellationToken cancellationToken) =>
        (await CatchUpAsync(cancellationToken)).Tracker;

    /// <summary>
    /// The cached tracker with the rows stored since recorded into it (another server's, or this one's before a
    /// restart of the cache); caches the result. The new rows are read in one snapshot, so a withdrawal never comes
    /// without the figure it takes back.
    /// </summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The tracker and the rows it holds.</returns>
    public async Task<CachedTracker> CatchUpAsync(CancellationToken cancellationToken)
    {
        await cache.CatchUp.WaitAsync(cancellationToken);
        try
        {
            var cached = cache.Current;
            var caught = await ReadSnapshot.RunAsync(db, () => CatchUpFromAsync(cached, cancellationToken), cancellationToken);
            return ReferenceEquals(caught, cached) ? cached : cache.Advance(caught);
        }
        finally
        {
            cache.CatchUp.Release();
        }
    }

    /// <summary>
    /// Records <paramref name="upload"/> with what is stored (a tracker over both: responsibility, the rules of
    /// corrections and withdrawals) and inserts every entry that is not a duplicate, all or none. The cache moves to
    /// the new tracker only once the insert is committed.
    /// </summary>
    /// <param name="upload">The uploaded entries (already checked on their own by their reader).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>What the tracker did: each entry with its effect.</returns>
    /// <exception cref="EntryConflictException">An entry is another version of a stored key recorded on the same day; the message names both. Nothing is stored.</exception>
    /// <exception cref="ArgumentException">An entry does not fit the catalog, or withdraws nothing; the message names it. Nothing is stored.</exception>
    public async Task<RecordResult> RecordAsync(TrackingLog upload, CancellationToken cancellationToken)
    {
        await Writer.WaitAsync(cancellationToken);
        try
        {
            // One writer at a time across processes too: PostgreSQL serialises on an advisory lock held to the commit,
            // SQLite on its write lock (BEGIN IMMEDIATE), so two servers never check an upload against the same stored
            // log, and the rows above the marks read here are all another server stored. The unique indexes back this up.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db is PostgresProgressDb)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(27)", cancellationToken);
            }

            var caught = await CatchUpFromAsync(cache.Current, cancellationToken);

            // The library's rules decide: a same-day conflict is its EntryConflictException (answered 409).
            var result = caught.Tracker.Record(upload);
            var (observations, statusUpdates, withdrawals) = await InsertAsync(result, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            cache.Advance(new CachedTracker(
                result.Tracker,
                caught.Marks.Raise(observations.Select(r => r.Id), statusUpdates.Select(r => r.Id), withdrawals.Select(r => r.Id))));
            return result;
        }
        finally
        {
            Writer.Release();
        }
    }

    /// <summary>Records one withdrawal (撤回) of a stored figure or status (see <see cref="RecordAsync"/>).</summary>
    /// <param name="withdrawal">The withdrawal.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>What the tracker did.</returns>
    /// <exception cref="EntryConflictException">A version of the key was recorded the same day; the message names both.</exception>
    /// <exception cref="ArgumentException">The key does not fit the catalog, or nothing of it was recorded before.</exception>
    public Task<RecordResult> WithdrawAsync(Withdrawal withdrawal, CancellationToken cancellationToken) =>
        RecordAsync(new TrackingLog([], [], [withdrawal]), cancellationToken);

    // Inserts every entry that is not a duplicate (in the transaction of the caller); the rows, with their new ids.
    private async Task<(List<ObservationRow> Observations, List<StatusUpdateRow> StatusUpdates, List<WithdrawalRow> Withdrawals)> InsertAsync(RecordResult result, CancellationToken cancellationToken)
    {
        var rows = (Observations: new List<ObservationRow>(), StatusUpdates: new List<StatusUpdateRow>(), Withdrawals: new List<WithdrawalRow>());
        for (var i = 0; i < result.Entries.Count; i++)
        {
            if (result.Effects[i] != EntryEffect.Duplicate)
            {
                Add(result.Entries[i], rows);
            }
        }

        db.Observations.AddRange(rows.Observations);
        db.StatusUpdates.AddRange(rows.StatusUpdates);
        db.Withdrawals.AddRange(rows.Withdrawals);
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }

    // The rows above the cached tracker's marks, recorded into it with the library's rules (Record: the catalog's
    // checks, corrections, withdrawals); the cached tracker itself when nothing is new.
    private async Task<CachedTracker> CatchUpFromAsync(CachedTracker cached, CancellationToken cancellationToken)
    {
        var (log, marks) = await ReadAfterAsync(cached.Marks, cancellationToken);
        return log.Count == 0 ? cached : new CachedTracker(cached.Tracker.Record(log).Tracker, marks);
    }

    // The rows with ids above the marks, as a log, and the marks raised to them.
    private async Task<(TrackingLog Log, HighWaterMarks Marks)> ReadAfterAsync(HighWaterMarks after, CancellationToken cancellationToken)
    {
        var observations = await db.Observations.AsNoTracking().Where(o => o.Id > after.Observations).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var updates = await db.StatusUpdates.AsNoTracking().Where(s => s.Id > after.StatusUpdates).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var withdrawals = await db.Withdrawals.AsNoTracking().Where(w => w.Id > after.Withdrawals).OrderBy(w => w.Id).ToListAsync(cancellationToken);
        var log = new TrackingLog(
            observations.Select(o => new ProgressObservation(o.TargetId, o.Subject, new Observation(o.Value, Unit.Parse(o.Unit), o.ObservedOn), o.Source, o.Note)
            {
                RecordedOn = o.RecordedOn,
                RecordedBy = o.RecordedBy,
                Reason = o.Reason,
            }),
            updates.Select(s => new StatusUpdate(s.MeasureId, s.Reporter, s.ReportedOn, s.Status, s.Narrative, s.Source)
            {
                RecordedOn = s.RecordedOn,
                RecordedBy = s.RecordedBy,
                Reason = s.Reason,
            }),
            withdrawals.Select(w => new Withdrawal(
                w.Kind == EntryKind.Figure ? EntryKey.Figure(TargetId.Parse(w.Item), w.Subject, w.Day) : EntryKey.Status(MeasureId.Parse(w.Item), w.Subject, w.Day),
                w.RecordedOn,
                w.RecordedBy,
                w.Reason)));
        return (log, after.Raise(observations.Select(o => o.Id), updates.Select(s => s.Id), withdrawals.Select(w => w.Id)));
    }

    private void Add(ITrackingEntry entry, (List<ObservationRow> Observations, List<StatusUpdateRow> StatusUpdates, List<WithdrawalRow> Withdrawals) rows)
    {
        switch (entry)
        {
            case ProgressObservation o:
                rows.Observations.Add(new ObservationRow
                {
                    TargetId = o.TargetId,
                    Subject = o.Subject,
                    ObservedOn = o.ObservedOn,
                    Value = o.Value.Value,
                    Unit = o.Value.Unit.Symbol,
                    Source = o.Source,
                    Note = o.Note,
                    RecordedOn = o.RecordedOn,
                    RecordedBy = o.RecordedBy,
                    Reason = o.Reason,
                });
                break;
            case StatusUpdate s:
                rows.StatusUpdates.Add(new StatusUpdateRow
                {
                    MeasureId = s.Measure,
                    Reporter = s.Reporter,
                    ReportedOn = s.ReportedOn,
                    Status = s.Status,
                    Narrative = s.Narrative,
                    Source = s.Source,
                    RecordedOn = s.RecordedOn,
                    RecordedBy = s.RecordedBy,
                    Reason = s.Reason,
                });
                break;
            case Withdrawal w:
                rows.Withdrawals.Add(new WithdrawalRow
                {
                    Kind = w.Entry.Kind,
                    Item = w.Entry.Kind == EntryKind.Figure ? w.Entry.Target.ToString() : w.Entry.Measure.ToString(),
                    Subject = w.Entry.Subject,
                    Day = w.Entry.Day,
                    RecordedOn = w.RecordedOn,
                    RecordedBy = w.RecordedBy,
                    Reason = w.Reason,
                });
                break;
            default:
                throw new ArgumentException($"Unknown entry {entry}.", nameof(entry));
        }
    }
}
