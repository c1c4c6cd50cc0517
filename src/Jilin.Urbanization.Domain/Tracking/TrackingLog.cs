using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Collections;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using Jilin.Urbanization.Domain.Threading;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// The progress data of a supervision office as an append-only set of entries: figures per target and subject over
/// time, status updates per measure and reporter, and withdrawals. Nothing is ever edited: a correction (更正) is a
/// later entry of the same <see cref="EntryKey"/> that supersedes the earlier one from its recording day on, a
/// withdrawal (撤回) removes a key from later knowledge, and every past state can be asked for with
/// <see cref="AsKnownOn"/>. Immutable: the <c>With…</c>, <see cref="Append"/> and <see cref="Merge"/> methods return a
/// new log. The rules (one place, applied by every way a log is made — constructors, <c>With…</c>, <see cref="Merge"/>,
/// the readers, the tracker and JSON):
/// <list type="bullet">
/// <item>the very same entry twice is kept once (<see cref="EntryEffect.Duplicate"/>);</item>
/// <item>two different versions of one key recorded on the same day conflict and are refused, naming both;</item>
/// <item>a withdrawal may stand in a log (a file) without the entry it takes back, which an earlier file holds; a
/// tracker refuses one that withdraws nothing it knows (see <see cref="ImplementationTracker.Record(Withdrawal)"/>);</item>
/// <item>a log is a set: the same entries in any order make equal logs (<c>==</c>).</item>
/// </list>
/// Checking against the catalog and evaluating are the <see cref="ImplementationTracker"/>'s job.
/// </summary>
public sealed class TrackingLog : IEquatable<TrackingLog>
{
    private readonly Ledger ledger;
    private readonly int count;
    private Views? views;
    private Lists? lists;
    private HashSet<ITrackingEntry>? set;
    private StrongBox<int>? hash;
    private RecordingOrder? recorded;

    /// <summary>The tracking-file format version, written by <c>DomainJson</c> so its JSON is a tracking file (<c>docs/tracking.schema.json</c>); reading takes versions 1 and 2.</summary>
    [JsonInclude]
    [JsonPropertyName("version")]
    [JsonPropertyOrder(-1)]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "System.Text.Json reads and writes instance properties only.")]
    internal int FormatVersion
    {
        get => TrackingLogReader.SupportedVersion;
        init
        {
            if (value is not (1 or TrackingLogReader.SupportedVersion))
            {
                throw new System.Text.Json.JsonException($"Tracking file version {value} is not supported; this library reads versions 1 and {TrackingLogReader.SupportedVersion}.");
            }
        }
    }

    /// <summary>For JSON (<c>DomainJson</c>): the lists as the properties hold them, checked by the log's rules.</summary>
    [JsonConstructor]
    internal TrackingLog(ValueList<ProgressObservation>? observations, ValueList<StatusUpdate>? statusUpdates, ValueList<Withdrawal>? withdrawals)
    {
        try
        {
            (ledger, count) = Build(observations ?? ValueList<ProgressObservation>.Empty, statusUpdates ?? ValueList<StatusUpdate>.Empty, withdrawals ?? ValueList<Withdrawal>.Empty);
        }
        catch (ArgumentException e)
        {
            throw new System.Text.Json.JsonException(e.Message, e);
        }

        ledger ??= new Ledger();
    }

    /// <summary>Creates a log of figures and status updates.</summary>
    /// <param name="observations">The observations, in any order.</param>
    /// <param name="statusUpdates">The status updates, in any order.</param>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">Two different versions of one key are recorded on the same day (the message names both).</exception>
    public TrackingLog(IEnumerable<ProgressObservation> observations, IEnumerable<StatusUpdate> statusUpdates)
        : this(observations, statusUpdates, [])
    {
    }

    /// <summary>Creates a log of figures, status updates and withdrawals.</summary>
    /// <param name="observations">The observations, in any order.</param>
    /// <param name="statusUpdates">The status updates, in any order.</param>
    /// <param name="withdrawals">The withdrawals, in any order.</param>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">Two different versions of one key are recorded on the same day (the message names both).</exception>
    public TrackingLog(IEnumerable<ProgressObservation> observations, IEnumerable<StatusUpdate> statusUpdates, IEnumerable<Withdrawal> withdrawals)
    {
        Guard.Against.Null(observations);
        Guard.Against.Null(statusUpdates);
        Guard.Against.Null(withdrawals);
        (ledger, count) = Build(observations, statusUpdates, withdrawals);
    }

    private TrackingLog(Ledger ledger, int count) => (this.ledger, this.count) = (ledger, count);

    /// <summary>A log with nothing in it.</summary>
    public static TrackingLog Empty { get; } = new([], [], []);

    /// <summary>How many entries the log holds (figures, status updates and withdrawals; every version).</summary>
    [JsonIgnore]
    public int Count => count;

    /// <summary>Every entry, in the order it was added: every version, superseded and withdrawn ones included.</summary>
    [JsonIgnore]
    public ValueList<ITrackingEntry> Entries => AllLists.Entries;

    /// <summary>Every figure, in the order it was added (every version; <see cref="History"/> gives the ones in force).</summary>
    public ValueList<ProgressObservation> Observations => AllLists.Observations;

    /// <summary>Every status update, in the order it was added (every version).</summary>
    public ValueList<StatusUpdate> StatusUpdates => AllLists.StatusUpdates;

    /// <summary>Every withdrawal, in the order it was added.</summary>
    public ValueList<Withdrawal> Withdrawals => AllLists.Withdrawals;

    /// <summary>The latest recording day of any entry, or null for an empty log: the knowledge a report "as known now" states.</summary>
    [JsonIgnore]
    public LocalDate? LastRecordedOn => AllLists.LastRecordedOn;

    /// <summary>True when both logs hold the same entries, in any order.</summary>
    /// <param name="left">A log, or null.</param>
    /// <param name="right">A log, or null.</param>
    public static bool operator ==(TrackingLog? left, TrackingLog? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True when the logs hold different entries.</summary>
    /// <param name="left">A log, or null.</param>
    /// <param name="right">A log, or null.</param>
    public static bool operator !=(TrackingLog? left, TrackingLog? right) => !(left == right);

    /// <summary>A log with <paramref name="entries"/> added (see the rules above), and what each did.</summary>
    /// <param name="entries">The entries: figures, status updates, withdrawals.</param>
    /// <param name="effects">For each entry in order: new, correction, withdrawal, unchanged or duplicate (not stored again).</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">An entry conflicts with one of this log or of <paramref name="entries"/> (an <see cref="EntryConflictException"/>); the log is unchanged and the message names both entries.</exception>
    public TrackingLog Append(IEnumerable<ITrackingEntry> entries, out ValueList<EntryEffect> effects)
    {
        Guard.Against.Null(entries);
        var batch = entries.ToList();
        for (var i = 0; i < batch.Count; i++)
        {
            Guard.Against.Null(batch[i], nameof(entries));
        }

        var (log, done) = AppendChecked(batch, nameof(entries));
        effects = done.ToValueList();
        return log;
    }

    /// <summary>A log with <paramref name="observations"/> added after the present entries.</summary>
    /// <param name="observations">The observations to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">An observation conflicts (see <see cref="Append"/>).</exception>
    public TrackingLog WithObservations(IEnumerable<ProgressObservation> observations)
    {
        Guard.Against.Null(observations);
        return Append(observations, out _);
    }

    /// <summary>A log with one observation added.</summary>
    /// <param name="observation">The observation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    /// <exception cref="ArgumentException">The observation conflicts (see <see cref="Append"/>).</exception>
    public TrackingLog WithObservation(ProgressObservation observation) => WithEntry(Guard.Against.Null(observation));

    /// <summary>A log with <paramref name="updates"/> added after the present entries.</summary>
    /// <param name="updates">The status updates to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="updates"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">An update conflicts (see <see cref="Append"/>).</exception>
    public TrackingLog WithStatusUpdates(IEnumerable<StatusUpdate> updates)
    {
        Guard.Against.Null(updates);
        return Append(updates, out _);
    }

    /// <summary>A log with one status update added.</summary>
    /// <param name="update">The update.</param>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is null.</exception>
    /// <exception cref="ArgumentException">The update conflicts (see <see cref="Append"/>).</exception>
    public TrackingLog WithStatusUpdate(StatusUpdate update) => WithEntry(Guard.Against.Null(update));

    /// <summary>A log with one withdrawal (撤回) added.</summary>
    /// <param name="withdrawal">The withdrawal.</param>
    /// <exception cref="ArgumentNullException"><paramref name="withdrawal"/> is null.</exception>
    /// <exception cref="ArgumentException">Another version of the key was recorded on the same day.</exception>
    public TrackingLog WithWithdrawal(Withdrawal withdrawal) => WithEntry(Guard.Against.Null(withdrawal));

    /// <summary>
    /// A log holding the entries of both (e.g. a county's re-sent file after the first): a set union, so
    /// <c>a.Merge(b) == b.Merge(a)</c> and merging the same file twice changes nothing.
    /// </summary>
    /// <param name="other">The other log.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry of <paramref name="other"/> conflicts with one of this log (see <see cref="Append"/>).</exception>
    public TrackingLog Merge(TrackingLog other)
    {
        Guard.Against.Null(other);
        return other.count == 0 ? this : AppendChecked(other.EntriesInOrder(), nameof(other)).Log;
    }

    /// <summary>
    /// The log as it was known on <paramref name="knownOn"/>: the entries recorded on or before that day (this log
    /// itself when nothing was recorded later). A report of it is the report that could be issued that day.
    /// </summary>
    /// <param name="knownOn">The day of knowledge.</param>
    public TrackingLog AsKnownOn(LocalDate knownOn)
    {
        if (LastRecordedOn is not { } last || last <= knownOn)
        {
            return this;
        }

        var known = new Ledger(count);
        var kept = EntriesInOrder().Where(e => e.RecordedOn <= knownOn).ToList();
        known.TryAppend(0, kept);
        return new TrackingLog(known, known.Count);
    }

    /// <summary>The figures of <paramref name="targetId"/> about <paramref name="subject"/> in force now (one per day, corrections applied, withdrawn ones left out), oldest first.</summary>
    /// <param name="targetId">The target's id.</param>
    /// <param name="subject">The subject.</param>
    public ValueList<ProgressObservation> History(TargetId targetId, Subject subject) =>
        All.Figures.TryGetValue((targetId, subject), out var versions) ? InForce(versions, LocalDate.MaxIsoValue).OfType<ProgressObservation>().ToValueList() : ValueList<ProgressObservation>.Empty;

    /// <summary>
    /// The latest figure of <paramref name="targetId"/> about <paramref name="subject"/> dated on or before
    /// <paramref name="asOf"/>, as known now (corrections applied, withdrawn figures left out), or null.
    /// </summary>
    /// <param name="targetId">The target's id.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="asOf">The day of the question.</param>
    public ProgressObservation? Latest(TargetId targetId, Subject subject, LocalDate asOf) => Latest(targetId, subject, asOf, LocalDate.MaxIsoValue);

    /// <summary>The latest figure dated on or before <paramref name="asOf"/> as known on <paramref name="knownOn"/> (only entries recorded on or before it count), or null.</summary>
    /// <param name="targetId">The target's id.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="asOf">The day the figure must be about, at the latest.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    public ProgressObservation? Latest(TargetId targetId, Subject subject, LocalDate asOf, LocalDate knownOn) =>
        All.Figures.TryGetValue((targetId, subject), out var versions) ? LatestInForce(versions, asOf, knownOn) as ProgressObservation : null;

    /// <summary>The subjects <paramref name="targetId"/> has figures about (any version), in subject order.</summary>
    /// <param name="targetId">The target's id.</param>
    public ValueList<Subject> SubjectsOf(TargetId targetId) => SubjectsOf(targetId, LocalDate.MaxIsoValue);

    /// <summary>The subjects with a version about <paramref name="targetId"/> recorded on or before <paramref name="knownOn"/>.</summary>
    internal ValueList<Subject> SubjectsOf(TargetId targetId, LocalDate knownOn) =>
        All.Figures.Where(p => p.Key.Target == targetId && Array.Exists(p.Value, e => e.RecordedOn <= knownOn)).Select(p => p.Key.Subject).Order().ToValueList();

    /// <summary>The status updates on <paramref name="measure"/> by <paramref name="reporter"/> in force now (one per day), oldest first.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="reporter">The reporter.</param>
    public ValueList<StatusUpdate> StatusHistory(MeasureId measure, Subject reporter) =>
        All.Statuses.TryGetValue((measure, reporter), out var versions) ? InForce(versions, LocalDate.MaxIsoValue).OfType<StatusUpdate>().ToValueList() : ValueList<StatusUpdate>.Empty;

    /// <summary>The latest status update on <paramref name="measure"/> by <paramref name="reporter"/> dated on or before <paramref name="asOf"/>, as known now, or null.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="reporter">The reporter.</param>
    /// <param name="asOf">The day of the question.</param>
    public StatusUpdate? LatestStatus(MeasureId measure, Subject reporter, LocalDate asOf) => LatestStatus(measure, reporter, asOf, LocalDate.MaxIsoValue);

    /// <summary>The latest status update dated on or before <paramref name="asOf"/> as known on <paramref name="knownOn"/>, or null.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="reporter">The reporter.</param>
    /// <param name="asOf">The day the status must describe, at the latest.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    public StatusUpdate? LatestStatus(MeasureId measure, Subject reporter, LocalDate asOf, LocalDate knownOn) =>
        All.Statuses.TryGetValue((measure, reporter), out var versions) ? LatestInForce(versions, asOf, knownOn) as StatusUpdate : null;

    /// <summary>The bodies that reported on <paramref name="measure"/> (any version), in subject order.</summary>
    /// <param name="measure">The measure.</param>
    public ValueList<Subject> ReportersOf(MeasureId measure) => ReportersOf(measure, LocalDate.MaxIsoValue);

    /// <summary>The bodies with a version on <paramref name="measure"/> recorded on or before <paramref name="knownOn"/>.</summary>
    internal ValueList<Subject> ReportersOf(MeasureId measure, LocalDate knownOn) =>
        All.Statuses.Where(p => p.Key.Measure == measure && Array.Exists(p.Value, e => e.RecordedOn <= knownOn)).Select(p => p.Key.Reporter).Order().ToValueList();

    /// <summary>
    /// Every version of every figure of <paramref name="targetId"/> about <paramref name="subject"/>, with who recorded
    /// it, when, why and what it did, by the day it is about and then by recording day.
    /// </summary>
    /// <param name="targetId">The target's id.</param>
    /// <param name="subject">The subject.</param>
    public ValueList<EntryVersion> Versions(TargetId targetId, Subject subject) =>
        All.Figures.TryGetValue((targetId, subject), out var versions) ? Described(versions) : ValueList<EntryVersion>.Empty;

    /// <summary>Every version of every status update on <paramref name="measure"/> by <paramref name="reporter"/>, by day and recording day.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="reporter">The reporter.</param>
    public ValueList<EntryVersion> Versions(MeasureId measure, Subject reporter) =>
        All.Statuses.TryGetValue((measure, reporter), out var versions) ? Described(versions) : ValueList<EntryVersion>.Empty;

    /// <summary>
    /// What changed between two days of knowledge: every entry recorded after <paramref name="after"/> and on or before
    /// <paramref name="through"/>, with what it did (new, corrected, withdrawn, unchanged), ordered by recording day
    /// and key. This is what an office sends with its quarterly report ("since the last report").
    /// </summary>
    /// <param name="after">The earlier day of knowledge (its entries are not included).</param>
    /// <param name="through">The later day of knowledge (included).</param>
    /// <exception cref="ArgumentException"><paramref name="through"/> is before <paramref name="after"/>.</exception>
    public ValueList<EntryVersion> Changes(LocalDate after, LocalDate through)
    {
        if (through < after)
        {
            throw new ArgumentException($"The later day ({through}) is before the earlier one ({after}).", nameof(through));
        }

        return ValueList<EntryVersion>.From(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(ChangesWithPairs(after, through).Changes));
    }

    /// <summary>
    /// <see cref="Changes"/> with each change's pair (its key without the day: target × subject or measure × reporter)
    /// as a rank into <see cref="PairVersions"/>, so a caller groups changes by pair without hashing their keys.
    /// </summary>
    internal (EntryVersion[] Changes, int[] Pairs) ChangesWithPairs(LocalDate after, LocalDate through)
    {
        // Only the entries recorded in the range are visited: they are found by their recording days, sorted once,
        // and each one's pair and place among the pair's versions come from the index (no key hashed, no search).
        var byRecording = Once.Get(ref recorded, this, static log => new RecordingOrder(log.EntriesInOrder()));
        var first = byRecording.FirstAfter(after);
        var end = byRecording.FirstAfter(through);

        // Each day's run is put in key order. A key's order is its pair's rank among all pairs (target × subject, then
        // measure × reporter) and its place among the pair's versions, which no two entries of one recording day
        // share; packed in a long, the run sorts as primitives, not 80-byte keys, and a run already in order is kept.
        var index = All;
        var changes = new EntryVersion[end - first];
        var order = new ulong[changes.Length];
        for (var i = 0; i < changes.Length; i++)
        {
            var at = byRecording.Entries[first + i];
            var (rank, place) = (index.RankOf[at], index.PlaceOf[at]);
            changes[i] = Described(index.ByRank[rank], place);
            order[i] = ((ulong)(uint)rank << 32) | (uint)place;
        }

        for (var start = 0; start < changes.Length;)
        {
            var day = byRecording.Days[first + start];
            var stop = start + 1;
            var sorted = true;
            while (stop < changes.Length && byRecording.Days[first + stop] == day)
            {
                sorted &= order[stop - 1] < order[stop];
                stop++;
            }

            if (!sorted)
            {
                Array.Sort(order, changes, start, stop - start);
            }

            start = stop;
        }

        var pairs = new int[changes.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = (int)(order[i] >> 32);
        }

        return (changes, pairs);
    }

    /// <summary>The number of pairs (<see cref="PairVersions"/>' ranks run from 0 to this, figures' first).</summary>
    internal int PairCount => All.ByRank.Length;

    /// <summary>The versions of the pair of rank <paramref name="rank"/>, by day and recording day.</summary>
    internal ITrackingEntry[] PairVersions(int rank) => All.ByRank[rank];


    /// <summary>True when <paramref name="other"/> holds the same entries, in any order.</summary>
    /// <param name="other">The other log.</param>
    public bool Equals([NotNullWhen(true)] TrackingLog? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other) || (ReferenceEquals(ledger, other.ledger) && count == other.count))
        {
            return true;
        }

        if (count != other.count || GetHashCode() != other.GetHashCode())
        {
            return false;
        }

        var mine = Once.Get(ref set, this, static log => [.. log.EntriesInOrder()]);
        return other.EntriesInOrder().All(mine.Contains);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TrackingLog);

    /// <summary>A hash of the entries that does not depend on their order.</summary>
    public override int GetHashCode() => Once.Get(ref hash, this, static log =>
    {
        var sum = 0;
        foreach (var entry in log.EntriesInOrder())
        {
            sum = unchecked(sum + entry.GetHashCode());
        }

        return new StrongBox<int>(sum);
    }).Value;

    /// <summary>Readable form: the counts.</summary>
    public override string ToString()
    {
        var withdrawn = Withdrawals.Count;
        return $"TrackingLog: {Observations.Count} observation(s), {StatusUpdates.Count} status update(s){(withdrawn > 0 ? $", {withdrawn} withdrawal(s)" : string.Empty)}";
    }

    /// <summary>The entries in the order added, without copying (the ledger's prefix of this view).</summary>
    internal ChunkedPrefix<ITrackingEntry> EntriesInOrder() => ledger.Entries(count);

    /// <summary>
    /// Appends entries already checked against the catalog; the one path of <see cref="Append"/>, <c>With…</c>,
    /// <see cref="Merge"/> and the tracker. Amortised O(1) an entry when this is the newest log of its ledger.
    /// </summary>
    internal (TrackingLog Log, EntryEffect[] Effects) AppendChecked(IReadOnlyList<ITrackingEntry> batch, string parameter, bool withdrawnMustExist = false)
    {
        try
        {
            // An empty log starts a ledger of its own: appending in place to the shared Empty would keep the entries for the life of the process.
            var effects = count == 0 ? null : ledger.TryAppend(count, batch, withdrawnMustExist);
            if (effects is not null)
            {
                return (new TrackingLog(ledger, ledger.Count), effects);
            }

            // Another log made from this one appended first: this one continues on a copy of its own entries.
            var copy = ledger.CopyPrefix(count, batch.Count);
            effects = copy.TryAppend(copy.Count, batch, withdrawnMustExist)!;
            return (new TrackingLog(copy, copy.Count), effects);
        }
        catch (LedgerException e)
        {
            throw e.ToArgumentException(parameter);
        }
    }

    /// <summary>Null when <paramref name="withdrawal"/> takes back a figure or status of its key recorded before it; otherwise what is wrong.</summary>
    internal string? Withdraws(Withdrawal withdrawal)
    {
        var key = withdrawal.Entry;
        var found = key.Kind == EntryKind.Figure
            ? All.Figures.TryGetValue((key.Target, key.Subject), out var versions)
            : All.Statuses.TryGetValue((key.Measure, key.Subject), out versions);
        return found && Array.Exists(versions!, e => e is not Withdrawal && DayOf(e) == key.Day && e.RecordedOn < withdrawal.RecordedOn)
            ? null
            : $"it withdraws nothing: no version of {key} was recorded before {NodaTime.Text.LocalDatePattern.Iso.Format(withdrawal.RecordedOn)}.";
    }

    /// <summary>A log over a ledger built by a reader (entries already appended by the rules).</summary>
    internal static TrackingLog Over(Ledger ledger) => new(ledger, ledger.Count);

    private static (Ledger Ledger, int Count) Build(IEnumerable<ProgressObservation> observations, IEnumerable<StatusUpdate> statusUpdates, IEnumerable<Withdrawal> withdrawals)
    {
        var batch = new List<ITrackingEntry>();
        foreach (var o in observations)
        {
            batch.Add(Guard.Against.Null(o, nameof(observations)));
        }

        foreach (var u in statusUpdates)
        {
            batch.Add(Guard.Against.Null(u, nameof(statusUpdates)));
        }

        // Withdrawals last: each needs a version of its key recorded before it, wherever it stood in the input.
        foreach (var w in withdrawals)
        {
            batch.Add(Guard.Against.Null(w, nameof(withdrawals)));
        }

        var ledger = new Ledger(batch.Count);
        try
        {
            ledger.TryAppend(0, batch);
        }
        catch (LedgerException e)
        {
            throw e.ToArgumentException(nameof(observations));
        }

        return (ledger, ledger.Count);
    }

    private static LocalDate DayOf(ITrackingEntry entry) => entry switch
    {
        ProgressObservation o => o.ObservedOn,
        StatusUpdate u => u.ReportedOn,
        _ => ((Withdrawal)entry).Entry.Day,
    };

    // Versions sorted by (day, recording day): the one in force for a day as known on k is the last of that day's
    // run recorded on or before k; a withdrawal in force means "nothing for that day". Nothing is recorded before the
    // day it is about, so no day after k can be known on k: the search starts at the earlier of the two days.
    internal static ITrackingEntry? LatestInForce(ITrackingEntry[] versions, LocalDate asOf, LocalDate knownOn)
    {
        var last = asOf < knownOn ? asOf : knownOn;
        int low = 0, high = versions.Length - 1, i = -1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (DayOf(versions[mid]) <= last)
            {
                i = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        while (i >= 0)
        {
            if (DayInForce(versions, ref i, knownOn) is { } inForce and not Withdrawal)
            {
                return inForce;
            }
        }

        return null;
    }

    // Every day's version in force (withdrawn days left out), oldest day first.
    private static List<ITrackingEntry> InForce(ITrackingEntry[] versions, LocalDate knownOn)
    {
        var days = new List<ITrackingEntry>();
        for (var i = versions.Length - 1; i >= 0;)
        {
            if (DayInForce(versions, ref i, knownOn) is { } inForce and not Withdrawal)
            {
                days.Add(inForce);
            }
        }

        days.Reverse();
        return days;
    }

    /// <summary>
    /// The version in force as known on <paramref name="knownOn"/> of the day run ending at <paramref name="i"/>, or
    /// null; <paramref name="i"/> moves to the last version of the day before.
    /// </summary>
    private static ITrackingEntry? DayInForce(ITrackingEntry[] versions, ref int i, LocalDate knownOn)
    {
        var day = DayOf(versions[i]);
        ITrackingEntry? inForce = null;
        for (; i >= 0 && DayOf(versions[i]) == day; i--)
        {
            if (inForce is null && versions[i].RecordedOn <= knownOn)
            {
                inForce = versions[i];
            }
        }

        return inForce;
    }

    private static ValueList<EntryVersion> Described(ITrackingEntry[] versions)
    {
        var described = new EntryVersion[versions.Length];
        for (var i = 0; i < versions.Length; i++)
        {
            described[i] = Described(versions, i);
        }

        return described.ToValueList();
    }

    private static EntryVersion Described(ITrackingEntry[] versions, int i)
    {
        var previous = i > 0 && DayOf(versions[i - 1]) == DayOf(versions[i]) ? versions[i - 1] : null;
        return new EntryVersion { Entry = versions[i], Effect = Ledger.Effect(versions[i], previous), Previous = previous };
    }

    private WithKey All => Once.Get(ref views, this, static log => new Views(log.EntriesInOrder())).Keys;

    private Lists AllLists => Once.Get(ref lists, this, static log => new Lists(log.EntriesInOrder()));

    private TrackingLog WithEntry(ITrackingEntry entry) => AppendChecked([entry], "entry").Log;

    /// <summary>
    /// The versions of each (target, subject) and (measure, reporter), sorted by day and recording day; and for
    /// <see cref="Changes"/>, each pair's rank in <see cref="EntryKey"/> order and each entry's pair and place among
    /// its pair's versions, by its index in the order added.
    /// </summary>
    private sealed class Views(ChunkedPrefix<ITrackingEntry> entries)
    {
        public WithKey Keys { get; } = Build(entries);

        private static WithKey Build(ChunkedPrefix<ITrackingEntry> entries)
        {
            var figures = new Dictionary<(TargetId, Subject), List<int>>();
            var statuses = new Dictionary<(MeasureId, Subject), List<int>>();
            for (var i = 0; i < entries.Count; i++)
            {
                var key = entries[i].Key;
                if (key.Kind == EntryKind.Figure)
                {
                    Add(figures, (key.Target, key.Subject), i);
                }
                else
                {
                    Add(statuses, (key.Measure, key.Subject), i);
                }
            }

            var keys = new WithKey([], [], new ITrackingEntry[figures.Count + statuses.Count][], new int[entries.Count], new int[entries.Count]);
            return keys with { Figures = Sorted(figures, 0, entries, keys), Statuses = Sorted(statuses, figures.Count, entries, keys) };
        }

        private static void Add<TKey>(Dictionary<TKey, List<int>> groups, TKey key, int entry)
            where TKey : notnull
        {
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(entry);
        }

        // Each pair's versions by day and recording day; the pairs ranked in key order from the first rank given.
        private static Dictionary<TKey, ITrackingEntry[]> Sorted<TKey>(Dictionary<TKey, List<int>> groups, int firstRank, ChunkedPrefix<ITrackingEntry> entries, WithKey keys)
            where TKey : notnull, IComparable<TKey>
        {
            var pairs = groups.Keys.ToArray();
            Array.Sort(pairs);
            var sorted = new Dictionary<TKey, ITrackingEntry[]>(groups.Count);
            for (var rank = 0; rank < pairs.Length; rank++)
            {
                var at = groups[pairs[rank]].ToArray();
                var versions = new ITrackingEntry[at.Length];
                for (var k = 0; k < at.Length; k++)
                {
                    versions[k] = entries[at[k]];
                }

                if (versions.Length > 1)
                {
                    Array.Sort(versions, at, VersionOrder.Instance);
                }

                for (var k = 0; k < at.Length; k++)
                {
                    keys.RankOf[at[k]] = firstRank + rank;
                    keys.PlaceOf[at[k]] = k;
                }

                sorted[pairs[rank]] = versions;
                keys.ByRank[firstRank + rank] = versions;
            }

            return sorted;
        }
    }

    /// <summary>Versions of one pair by the day they are about, then by recording day (no two share both).</summary>
    private sealed class VersionOrder : IComparer<ITrackingEntry>
    {
        public static readonly VersionOrder Instance = new();

        public int Compare(ITrackingEntry? x, ITrackingEntry? y) =>
            DayOf(x!).CompareTo(DayOf(y!)) is var c and not 0 ? c : x!.RecordedOn.CompareTo(y!.RecordedOn);
    }

    /// <summary>The per-key index: versions by pair and by rank, with each entry's pair rank and place (by its index in the order added).</summary>
    private sealed record WithKey(
        Dictionary<(TargetId Target, Subject Subject), ITrackingEntry[]> Figures,
        Dictionary<(MeasureId Measure, Subject Reporter), ITrackingEntry[]> Statuses,
        ITrackingEntry[][] ByRank,
        int[] RankOf,
        int[] PlaceOf);

    /// <summary>The entries by recording day: the days sorted and, beside each, the entry's index in the order added (ascending within a day).</summary>
    private sealed class RecordingOrder
    {
        public RecordingOrder(ChunkedPrefix<ITrackingEntry> entries)
        {
            Days = new LocalDate[entries.Count];
            Entries = new int[entries.Count];
            for (var i = 0; i < Days.Length; i++)
            {
                Days[i] = entries[i].RecordedOn;
                Entries[i] = i;
            }

            Array.Sort(Days, Entries);

            // Within a day, the order added: a file sent in key order stays in key order and needs no sort later.
            for (var start = 0; start < Days.Length;)
            {
                var stop = start + 1;
                while (stop < Days.Length && Days[stop] == Days[start])
                {
                    stop++;
                }

                Array.Sort(Entries, start, stop - start);
                start = stop;
            }
        }

        public LocalDate[] Days { get; }

        public int[] Entries { get; }

        /// <summary>The first position whose day is after <paramref name="day"/>.</summary>
        public int FirstAfter(LocalDate day)
        {
            int low = 0, high = Days.Length;
            while (low < high)
            {
                var mid = low + ((high - low) / 2);
                if (Days[mid] <= day)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }

    /// <summary>The public lists, made on first use (a log grown one entry at a time never copies them).</summary>
    private sealed class Lists
    {
        public Lists(ChunkedPrefix<ITrackingEntry> entries)
        {
            Entries = ValueList<ITrackingEntry>.From(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(entries.ToArray()));
            Observations = entries.OfType<ProgressObservation>().ToValueList();
            StatusUpdates = entries.OfType<StatusUpdate>().ToValueList();
            Withdrawals = entries.OfType<Withdrawal>().ToValueList();
            LastRecordedOn = entries.Count == 0 ? null : entries.Max(e => e.RecordedOn);
        }

        public ValueList<ITrackingEntry> Entries { get; }

        public ValueList<ProgressObservation> Observations { get; }

        public ValueList<StatusUpdate> StatusUpdates { get; }

        public ValueList<Withdrawal> Withdrawals { get; }

        public LocalDate? LastRecordedOn { get; }
    }
}
