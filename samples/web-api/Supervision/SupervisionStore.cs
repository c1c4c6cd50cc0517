using Jilin.Urbanization.Domain;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.WebApi.Progress;
using Jilin.Urbanization.WebApi.Storage;
using Microsoft.EntityFrameworkCore;

namespace Jilin.Urbanization.WebApi.Supervision;

/// <summary>
/// The supervision log (督查督办台账) in the store: notices issued, replies, verifications (核查, 销号) and reopenings,
/// append-only. Read back as the library's <see cref="SupervisionLog"/> and checked by a <see cref="Supervisor"/> over
/// the stored progress; every new entry is checked by <see cref="Supervisor.Record(ISupervisionEntry)"/> before it is
/// inserted, one writer at a time (PostgreSQL: an advisory lock held to the commit, across servers).
/// </summary>
/// <param name="db">The store.</param>
/// <param name="progress">The progress, for the supervisor's tracker.</param>
public sealed class SupervisionStore(ProgressDb db, ProgressStore progress)
{
    private static readonly SemaphoreSlim Writer = new(1, 1);

    /// <summary>The stored supervision log, every entry in the order recorded, read in one snapshot.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The log.</returns>
    public Task<SupervisionLog> LoadAsync(CancellationToken cancellationToken) =>
        ReadSnapshot.RunAsync(db, () => ReadAsync(cancellationToken), cancellationToken);

    /// <summary>A supervisor over the stored progress and the stored supervision log.</summary>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The supervisor.</returns>
    public async Task<Supervisor> SupervisorAsync(CancellationToken cancellationToken) =>
        new(await progress.TrackerAsync(cancellationToken), await LoadAsync(cancellationToken));

    /// <summary>
    /// Decides a write over the log as stored now (<paramref name="decide"/>, under the writer lock) and stores the new
    /// entry it names, after the library's check.
    /// </summary>
    /// <param name="decide">What to record, given the supervisor over the stored logs.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>What was decided.</returns>
    /// <exception cref="ArgumentException">The library refuses the entry (<see cref="Supervisor.Record(ISupervisionEntry)"/>); the message says why. Nothing is stored.</exception>
    public async Task<SupervisionChange> AppendAsync(Func<Supervisor, SupervisionChange> decide, CancellationToken cancellationToken)
    {
        var tracker = await progress.TrackerAsync(cancellationToken);
        await Writer.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db is PostgresProgressDb)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(28)", cancellationToken);
            }

            var supervisor = new Supervisor(tracker, await ReadAsync(cancellationToken));
            var change = decide(supervisor);
            if (change.Entry is not { } entry || change.AlreadyStored)
            {
                return change;
            }

            supervisor.Record(entry);
            Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return change;
        }
        finally
        {
            Writer.Release();
        }
    }

    private async Task<SupervisionLog> ReadAsync(CancellationToken cancellationToken)
    {
        var notices = await db.Notices.AsNoTracking().Include(n => n.Items).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var replies = await db.NoticeReplies.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var verifications = await db.Verifications.AsNoTracking().OrderBy(v => v.Id).ToListAsync(cancellationToken);
        var reopenings = await db.Reopenings.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken);
        return new SupervisionLog
        {
            Notices = notices.Select(n => new Notice
            {
                Number = n.Number,
                Body = n.Body,
                BodyName = n.BodyName,
                Level = n.Level,
                IssuedOn = n.IssuedOn,
                ReplyBy = n.ReplyBy,
                Follows = n.Follows,
                Items = n.Items.OrderBy(i => i.Position).Select(i => new NoticeItem
                {
                    Item = new SupervisedItem(i.Measure, i.Target, i.Subject),
                    Light = i.Light,
                    Title = i.Title,
                    Situation = i.Situation,
                    Deadline = i.Deadline,
                }).ToValueList(),
                Action = n.Action,
                RecordedOn = n.RecordedOn,
                RecordedBy = n.RecordedBy,
            }).ToValueList(),
            Replies = replies.Select(r => new NoticeReply { Notice = r.Notice, RepliedOn = r.RepliedOn, RecordedOn = r.RecordedOn, RecordedBy = r.RecordedBy, Text = r.Text }).ToValueList(),
            Verifications = verifications.Select(v => new Verification { Item = new SupervisedItem(v.Measure, v.Target, v.Subject), VerifiedOn = v.VerifiedOn, RecordedOn = v.RecordedOn, RecordedBy = v.RecordedBy, Note = v.Note }).ToValueList(),
            Reopenings = reopenings.Select(o => new Reopening { Item = new SupervisedItem(o.Measure, o.Target, o.Subject), ReopenedOn = o.ReopenedOn, RecordedOn = o.RecordedOn, RecordedBy = o.RecordedBy, Reason = o.Reason }).ToValueList(),
        };
    }

    private void Add(ISupervisionEntry entry)
    {
        switch (entry)
        {
            case Notice n:
                db.Notices.Add(new NoticeRow
                {
                    Number = n.Number,
                    Body = n.Body,
                    BodyName = n.BodyName,
                    Level = n.Level,
                    IssuedOn = n.IssuedOn,
                    ReplyBy = n.ReplyBy,
                    Follows = n.Follows,
                    Action = n.Action,
                    RecordedOn = n.RecordedOn,
                    RecordedBy = n.RecordedBy,
                    Items = n.Items.Select((i, position) => new NoticeItemRow
                    {
                        Position = position,
                        Measure = i.Item.Measure,
                        Target = i.Item.Target,
                        Subject = i.Item.Subject,
                        Light = i.Light,
                        Title = i.Title,
                        Situation = i.Situation,
                        Deadline = i.Deadline,
                    }).ToList(),
                });
                break;
            case NoticeReply r:
                db.NoticeReplies.Add(new NoticeReplyRow { Notice = r.Notice, RepliedOn = r.RepliedOn, RecordedOn = r.RecordedOn, RecordedBy = r.RecordedBy, Text = r.Text });
                break;
            case Verification v:
                db.Verifications.Add(new VerificationRow { Measure = v.Item.Measure, Target = v.Item.Target, Subject = v.Item.Subject, VerifiedOn = v.VerifiedOn, RecordedOn = v.RecordedOn, RecordedBy = v.RecordedBy, Note = v.Note });
                break;
            case Reopening o:
                db.Reopenings.Add(new ReopeningRow { Measure = o.Item.Measure, Target = o.Item.Target, Subject = o.Item.Subject, ReopenedOn = o.ReopenedOn, RecordedOn = o.RecordedOn, RecordedBy = o.RecordedBy, Reason = o.Reason });
                break;
            default:
                throw new ArgumentException($"{entry.GetType().Name} is not a supervision entry the store keeps.", nameof(entry));
        }
    }
}
