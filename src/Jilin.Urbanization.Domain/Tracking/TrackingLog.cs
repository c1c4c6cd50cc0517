using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using Jilin.Urbanization.Domain.Threading;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// The progress data of a supervision office as values: any number of observations per target and subject over
/// time, and any number of status updates per measure and reporter. Immutable: the <c>With…</c> methods return a
/// new log. It answers history and "latest as of a day" questions; checking against the catalog and evaluating are
/// the <see cref="ImplementationTracker"/>'s job.
/// </summary>
public sealed class TrackingLog : IEquatable<TrackingLog>
{
    private Dictionary<(TargetId Target, Subject Subject), ProgressObservation[]>? observationIndex;
    private Dictionary<(MeasureId Measure, Subject Reporter), StatusUpdate[]>? statusIndex;

    /// <summary>The tracking-file format version, written by <c>DomainJson</c> so its JSON is a tracking file (<c>docs/tracking.schema.json</c>); reading refuses another version.</summary>
    [JsonInclude]
    [JsonPropertyName("version")]
    [JsonPropertyOrder(-1)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "System.Text.Json reads and writes instance properties only.")]
    internal int FormatVersion
    {
        get => TrackingLogReader.SupportedVersion;
        init
        {
            if (value != TrackingLogReader.SupportedVersion)
            {
                throw new System.Text.Json.JsonException($"Tracking file version {value} is not supported; this library reads version {TrackingLogReader.SupportedVersion}.");
            }
        }
    }

    /// <summary>For JSON (<c>DomainJson</c>): the lists as the properties hold them, checked as by the public constructor.</summary>
    [JsonConstructor]
    internal TrackingLog(ValueList<ProgressObservation> observations, ValueList<StatusUpdate> statusUpdates)
        : this((IEnumerable<ProgressObservation>)observations, (IEnumerable<StatusUpdate>)statusUpdates)
    {
    }

    /// <summary>Creates a log.</summary>
    /// <param name="observations">The observations, in any order.</param>
    /// <param name="statusUpdates">The status updates, in any order.</param>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    public TrackingLog(IEnumerable<ProgressObservation> observations, IEnumerable<StatusUpdate> statusUpdates)
    {
        Guard.Against.Null(observations);
        Guard.Against.Null(statusUpdates);
        Observations = observations.ToValueList();
        StatusUpdates = statusUpdates.ToValueList();
        foreach (var o in Observations)
        {
            Guard.Against.Null(o, nameof(observations));
        }

        foreach (var u in StatusUpdates)
        {
            Guard.Against.Null(u, nameof(statusUpdates));
        }
    }

    /// <summary>A log with nothing in it.</summary>
    public static TrackingLog Empty { get; } = new([], []);

    /// <summary>The observations, in the order they were added.</summary>
    public ValueList<ProgressObservation> Observations { get; }

    /// <summary>The status updates, in the order they were added.</summary>
    public ValueList<StatusUpdate> StatusUpdates { get; }

    /// <summary>A log with <paramref name="observations"/> added after the present ones.</summary>
    /// <param name="observations">The observations to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or an item is null.</exception>
    public TrackingLog WithObservations(IEnumerable<ProgressObservation> observations)
    {
        Guard.Against.Null(observations);
        return new TrackingLog(Observations.Concat(observations), StatusUpdates);
    }

    /// <summary>A log with one observation added.</summary>
    /// <param name="observation">The observation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    public TrackingLog WithObservation(ProgressObservation observation) => WithObservations([Guard.Against.Null(observation)]);

    /// <summary>A log with <paramref name="updates"/> added after the present ones.</summary>
    /// <param name="updates">The status updates to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="updates"/> or an item is null.</exception>
    public TrackingLog WithStatusUpdates(IEnumerable<StatusUpdate> updates)
    {
        Guard.Against.Null(updates);
        return new TrackingLog(Observations, StatusUpdates.Concat(updates));
    }

    /// <summary>A log with one status update added.</summary>
    /// <param name="update">The update.</param>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is null.</exception>
    public TrackingLog WithStatusUpdate(StatusUpdate update) => WithStatusUpdates([Guard.Against.Null(update)]);

    /// <summary>A log holding this log's entries followed by <paramref name="other"/>'s (e.g. two quarters' files).</summary>
    /// <param name="other">The other log.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public TrackingLog Merge(TrackingLog other)
    {
        Guard.Against.Null(other);
        return new TrackingLog(Observations.Concat(other.Observations), StatusUpdates.Concat(other.StatusUpdates));
    }

    /// <summary>Every observation of <paramref name="targetId"/> about <paramref name="subject"/>, oldest first.</summary>
    /// <param name="targetId">The target's id.</param>
    /// <param name="subject">The subject.</param>
    public ValueList<ProgressObservation> History(TargetId targetId, Subject subject)
    {
        return ObservationIndex.TryGetValue((targetId, subject), out var list) ? list.ToValueList() : ValueList<ProgressObservation>.Empty;
    }

    /// <summary>
    /// The latest observation of <paramref name="targetId"/> about <paramref name="subject"/> dated on or before
    /// <paramref name="asOf"/>, or null when there is none.
    /// </summary>
    /// <param name="targetId">The target's id.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="asOf">The day of the question.</param>
    public ProgressObservation? Latest(TargetId targetId, Subject subject, LocalDate asOf)
    {
        return ObservationIndex.TryGetValue((targetId, subject), out var list) ? LatestOnOrBefore(list, asOf, o => o.ObservedOn) : null;
    }

    /// <summary>The subjects <paramref name="targetId"/> has observations about, in subject order.</summary>
    /// <param name="targetId">The target's id.</param>
    public ValueList<Subject> SubjectsOf(TargetId targetId)
    {
        return ObservationIndex.Keys.Where(k => k.Target == targetId).Select(k => k.Subject).Order().ToValueList();
    }

    /// <summary>Every status update on <paramref name="measure"/> by <paramref name="reporter"/>, oldest first.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="reporter">The reporter.</param>
    public ValueList<StatusUpdate> StatusHistory(MeasureId measure, Subject reporter) =>
        StatusIndex.TryGetValue((measure, reporter), out var list) ? list.ToValueList() : ValueList<StatusUpdate>.Empty;

    /// <summary>The latest status update on <paramref name="measure"/> by <paramref name="reporter"/> dated on or before <paramref name="asOf"/>, or null.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="reporter">The reporter.</param>
    /// <param name="asOf">The day of the question.</param>
    public StatusUpdate? LatestStatus(MeasureId measure, Subject reporter, LocalDate asOf) =>
        StatusIndex.TryGetValue((measure, reporter), out var list) ? LatestOnOrBefore(list, asOf, u => u.ReportedOn) : null;

    /// <summary>The bodies that reported on <paramref name="measure"/>, in subject order.</summary>
    /// <param name="measure">The measure.</param>
    public ValueList<Subject> ReportersOf(MeasureId measure) =>
        StatusIndex.Keys.Where(k => k.Measure == measure).Select(k => k.Reporter).Order().ToValueList();

    /// <inheritdoc/>
    public bool Equals(TrackingLog? other) =>
        other is not null && (ReferenceEquals(this, other) || (Observations.Equals(other.Observations) && StatusUpdates.Equals(other.StatusUpdates)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TrackingLog);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Observations, StatusUpdates);

    /// <summary>Readable form: the counts.</summary>
    public override string ToString() => $"TrackingLog: {Observations.Count} observation(s), {StatusUpdates.Count} status update(s)";

    private Dictionary<(TargetId Target, Subject Subject), ProgressObservation[]> ObservationIndex =>
        Once.Get(ref observationIndex, Observations, static observations => Index(observations, o => (o.TargetId, o.Subject), o => o.ObservedOn));

    private Dictionary<(MeasureId Measure, Subject Reporter), StatusUpdate[]> StatusIndex =>
        Once.Get(ref statusIndex, StatusUpdates, static updates => Index(updates, u => (u.Measure, u.Reporter), u => u.ReportedOn));

    // Groups entries by key and sorts each group by date; the sort is stable, so of two entries of one day the later added comes last and wins.
    private static Dictionary<TKey, T[]> Index<TKey, T>(ValueList<T> entries, Func<T, TKey> key, Func<T, LocalDate> date)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, List<T>>();
        foreach (var entry in entries)
        {
            var k = key(entry);
            if (!groups.TryGetValue(k, out var list))
            {
                groups[k] = list = [];
            }

            list.Add(entry);
        }

        var index = new Dictionary<TKey, T[]>(groups.Count);
        foreach (var (k, list) in groups)
        {
            index[k] = [.. list.OrderBy(date)];
        }

        return index;
    }

    private static T? LatestOnOrBefore<T>(T[] sorted, LocalDate asOf, Func<T, LocalDate> date)
        where T : class
    {
        // Binary search for the last entry dated on or before asOf.
        int low = 0, high = sorted.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (date(sorted[mid]) <= asOf)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found < 0 ? null : sorted[found];
    }
}
