using Jilin.Urbanization.Domain.Collections;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// The one place of the log's rules (更正, 撤回, 重复): an append-only store of entries shared by the
/// <see cref="TrackingLog"/> values made from one another. A log is a view of its first <c>count</c> entries, so
/// appending to the newest log is amortised O(1) (one dictionary probe per key, a short walk of that key's
/// versions) and older logs never see what was appended after them; appending to an older log copies its prefix
/// first. Entries below a view's count never change, and the storage is chunked (<see cref="ChunkedArray{T}"/>: no
/// large object, so reading a quarter's file starts no gen-2 collection) and published whole, so views read without a lock.
/// </summary>
internal sealed class Ledger
{
    // Status pairs are numbered apart from figure pairs; the number sits in the high half of the key (see TrackingRules.Key).
    private const long StatusBit = 1L << 30;

    private readonly Lock gate = new();
    private readonly Dictionary<(TargetId Target, Subject Subject), int> figurePairs = [];
    private readonly Dictionary<(MeasureId Measure, Subject Reporter), int> statusPairs = [];
    private readonly LongIndexMap lastOfKey;
    private readonly ChunkedArray<ITrackingEntry> items;
    private readonly ChunkedArray<int> previous;
    private int count;

    public Ledger(int capacity = 0)
    {
        items = new ChunkedArray<ITrackingEntry>(capacity);
        previous = new ChunkedArray<int>(capacity);
        lastOfKey = new LongIndexMap(capacity);
    }

    /// <summary>How many entries the ledger holds (the newest view's count).</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The first <paramref name="viewCount"/> entries, as a view reads them.</summary>
    public ChunkedPrefix<ITrackingEntry> Entries(int viewCount) => items.Prefix(viewCount);

    /// <summary>
    /// Appends <paramref name="entries"/> after the first <paramref name="viewCount"/> entries, all or none: null when
    /// another view appended first (the caller copies its prefix into a new ledger and tries there), otherwise each
    /// entry's effect (<see cref="EntryEffect.Duplicate"/> ones are not stored). A conflict or a withdrawal of nothing
    /// throws <see cref="LedgerException"/> naming both entries (a withdrawal of nothing only with <paramref name="withdrawnMustExist"/>: a
    /// file may withdraw what an earlier file reported, so only the tracker, which holds everything, can tell) by their index in <paramref name="entries"/> (or
    /// <c>-1 - i</c> for an entry already in the ledger at <c>i</c>) and leaves the ledger as it was.
    /// </summary>
    public EntryEffect[]? TryAppend(int viewCount, IReadOnlyList<ITrackingEntry> entries, bool withdrawnMustExist = false)
    {
        lock (gate)
        {
            if (viewCount != count)
            {
                return null;
            }

            var effects = new EntryEffect[entries.Count];
            var start = count;
            try
            {
                for (var i = 0; i < entries.Count; i++)
                {
                    effects[i] = Append(entries[i], start, i, withdrawnMustExist);
                }
            }
            catch (LedgerException)
            {
                Truncate(start);
                throw;
            }

            return effects;
        }
    }

    /// <summary>
    /// Appends one entry to a ledger that only its builder sees (a reader's): its effect, or
    /// <see cref="LedgerException"/> with <see cref="LedgerException.Other"/> the index of the stored entry it conflicts with.
    /// </summary>
    public EntryEffect Add(ITrackingEntry entry) => Append(entry, 0, count, withdrawnMustExist: false);

    /// <summary>A new ledger holding the first <paramref name="viewCount"/> entries of this one.</summary>
    public Ledger CopyPrefix(int viewCount, int extra)
    {
        var copy = new Ledger(viewCount + extra);
        var source = Entries(viewCount);
        for (var i = 0; i < viewCount; i++)
        {
            copy.Append(source[i], 0, i, withdrawnMustExist: false);
        }

        return copy;
    }

    // One entry, under the lock: finds its key's versions, refuses a conflict, classifies, stores.
    private EntryEffect Append(ITrackingEntry entry, int firstOfBatch, int batchIndex, bool withdrawnMustExist)
    {
        var key = KeyOf(entry.Key);
        var head = lastOfKey.TryGetValue(key, out var last) ? last : -1;
        var before = -1;
        var anyFigureBefore = false;
        for (var i = head; i >= 0; i = previous[i])
        {
            var other = items[i];
            if (other.RecordedOn == entry.RecordedOn)
            {
                if (other.Equals(entry))
                {
                    return EntryEffect.Duplicate;
                }

                throw new LedgerException(
                    $"{Describe(entry)} conflicts with {Describe(other)}: two different versions of {entry.Key} recorded on the same day ({LocalDatePattern.Iso.Format(entry.RecordedOn)}); send a correction on a later day, or keep one.",
                    batchIndex,
                    i >= firstOfBatch ? i - firstOfBatch : -1 - i)
                { Entry = entry, Existing = other };
            }

            if (other.RecordedOn < entry.RecordedOn)
            {
                anyFigureBefore |= other is not Withdrawal;
                if (before < 0 || other.RecordedOn > items[before].RecordedOn)
                {
                    before = i;
                }
            }
        }

        if (withdrawnMustExist && entry is Withdrawal && !anyFigureBefore)
        {
            throw new LedgerException(
                $"{Describe(entry)} withdraws nothing: no version of {entry.Key} was recorded before {LocalDatePattern.Iso.Format(entry.RecordedOn)}.",
                batchIndex,
                null);
        }

        // Grown before the entry is stored: a view never sees a count whose entries are not in the published chunks.
        previous.EnsureCapacity(count + 1);
        items.EnsureCapacity(count + 1);
        items[count] = entry;
        previous[count] = head;
        lastOfKey.Set(key, count);
        Volatile.Write(ref count, count + 1);
        return Effect(entry, before < 0 ? null : items[before]);
    }

    /// <summary>What <paramref name="entry"/> does after <paramref name="before"/>, the version of its key recorded last before it (or null).</summary>
    internal static EntryEffect Effect(ITrackingEntry entry, ITrackingEntry? before) => (entry, before) switch
    {
        (Withdrawal, Withdrawal) => EntryEffect.Unchanged,
        (Withdrawal, _) => EntryEffect.Withdrawal,
        (_, null or Withdrawal) => EntryEffect.New,
        (ProgressObservation o, ProgressObservation p) when o.SameContent(p) => EntryEffect.Unchanged,
        (StatusUpdate u, StatusUpdate v) when u.SameContent(v) => EntryEffect.Unchanged,
        _ => EntryEffect.Correction,
    };

    /// <summary>An entry in one line for messages: its kind, key, recording day and body.</summary>
    internal static string Describe(ITrackingEntry entry) => entry switch
    {
        ProgressObservation o => $"the figure {o.Value} for {o.Key} (recorded on {LocalDatePattern.Iso.Format(o.RecordedOn)} by {o.RecordedBy})",
        StatusUpdate u => $"the status {u.Status} of {u.Key} (recorded on {LocalDatePattern.Iso.Format(u.RecordedOn)} by {u.RecordedBy})",
        _ => $"the withdrawal of {entry.Key} (recorded on {LocalDatePattern.Iso.Format(entry.RecordedOn)} by {entry.RecordedBy})",
    };

    private void Truncate(int start)
    {
        for (var i = count - 1; i >= start; i--)
        {
            var key = KeyOf(items[i].Key);
            if (previous[i] >= 0)
            {
                lastOfKey.Set(key, previous[i]);
            }
            else
            {
                lastOfKey.Remove(key);
            }

            items[i] = null!;
        }

        Volatile.Write(ref count, start);
    }

    /// <summary>A key as one long: its (target or measure, subject) pair numbered once, and the packed day.</summary>
    private long KeyOf(EntryKey key)
    {
        long pair;
        if (key.Kind == EntryKind.Figure)
        {
            if (!figurePairs.TryGetValue((key.Target, key.Subject), out var n))
            {
                figurePairs[(key.Target, key.Subject)] = n = figurePairs.Count;
            }

            pair = n;
        }
        else
        {
            if (!statusPairs.TryGetValue((key.Measure, key.Subject), out var n))
            {
                statusPairs[(key.Measure, key.Subject)] = n = statusPairs.Count;
            }

            pair = StatusBit | (uint)n;
        }

        return TrackingRules.Key(pair, key.Day);
    }
}

/// <summary>A ledger rule broken: the message, the entry's index in the batch, and the other entry's (see <see cref="Ledger.TryAppend"/>).</summary>
internal sealed class LedgerException(string message, int index, int? other) : Exception(message)
{
    public int Index { get; } = index;

    public int? Other { get; } = other;

    /// <summary>The entry refused.</summary>
    public ITrackingEntry? Entry { get; init; }

    /// <summary>For a conflict, the version of the same key recorded the same day; null for a withdrawal of nothing.</summary>
    public ITrackingEntry? Existing { get; init; }

    /// <summary>The exception a public method throws: <see cref="EntryConflictException"/> for a conflict, else <see cref="ArgumentException"/>.</summary>
    public ArgumentException ToArgumentException(string parameter) =>
        Entry is not null && Existing is not null
            ? new EntryConflictException(Message, parameter, Entry, Existing)
            : new ArgumentException(Message, parameter, this);
}
