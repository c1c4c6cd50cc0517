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
/// figure and status, and every withdrawal) are loaded into a <see cref="TrackingLog"/>; an upload is recorded through
/// <see cref="ImplementationTracker.Record(TrackingLog)"/>, which says what each entry does, and only the entries that
/// are not <see cref="EntryEffect.Duplicate"/> are inserted. Nothing is ever updated or deleted.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="catalog">The catalog the ids belong to.</param>
public sealed class ProgressStore(ProgressDb db, PolicyCatalog catalog)
{
    // Load, record and insert are one step per process: two uploads never check against the same stored log.
    private static readonly SemaphoreSlim Writer = new(1, 1);

    /// <summary>Everything stored, as a log.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The log: every version, in upload order.</returns>
    public async Task<TrackingLog> LoadAsync(CancellationToken cancellationToken)
    {
        var observations = await db.Observations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var updates = await db.StatusUpdates.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var withdrawals = await db.Withdrawals.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellationToken);
        return new TrackingLog(
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
    }

    /// <summary>A tracker over everything stored.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The tracker.</returns>
    public async Task<ImplementationTracker> TrackerAsync(CancellationToken cancellationToken) =>
        new(catalog, await LoadAsync(cancellationToken));

    /// <summary>
    /// Records <paramref name="upload"/> with what is stored (a tracker over both: responsibility, the rules of
    /// corrections and withdrawals) and inserts every entry that is not a duplicate, all or none.
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
            // so two servers never check an upload against the same stored log. The unique indexes back this up.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db is PostgresProgressDb)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(27)", cancellationToken);
            }

            // The library's rules decide: a same-day conflict is its EntryConflictException (answered 409).
            var result = new ImplementationTracker(catalog, await LoadAsync(cancellationToken)).Record(upload);
            await InsertAsync(result, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
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

    // Inserts every entry that is not a duplicate, in one transaction.
    private async Task InsertAsync(RecordResult result, CancellationToken cancellationToken)
    {
        for (var i = 0; i < result.Entries.Count; i++)
        {
            if (result.Effects[i] != EntryEffect.Duplicate)
            {
                Add(result.Entries[i]);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(ITrackingEntry entry)
    {
        switch (entry)
        {
            case ProgressObservation o:
                db.Observations.Add(new ObservationRow
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
                db.StatusUpdates.Add(new StatusUpdateRow
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
                db.Withdrawals.Add(new WithdrawalRow
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
