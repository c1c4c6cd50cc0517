using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// What a tracking entry is a version of: a target's figure about a subject on a day, or a measure's status by a
/// reporter on a day. Every entry of a <see cref="TrackingLog"/> with the same key is a version of one fact; the
/// version in force as known on a day is the one recorded last on or before it (corrections supersede, withdrawals
/// remove).
/// </summary>
public readonly record struct EntryKey : IComparable<EntryKey>
{
    private EntryKey(EntryKind kind, TargetId target, MeasureId measure, Subject subject, LocalDate day)
    {
        if (subject.IsDefault)
        {
            throw new ArgumentException("A default Subject names nothing.", nameof(subject));
        }

        Kind = kind;
        Target = target;
        Measure = measure;
        Subject = subject;
        Day = day;
    }

    /// <summary>Whether the key is of a figure or of a status.</summary>
    public EntryKind Kind { get; }

    /// <summary>The target of a figure; default for a status.</summary>
    public TargetId Target { get; }

    /// <summary>The measure of a status; the target's measure for a figure.</summary>
    public MeasureId Measure { get; }

    /// <summary>What a figure is about, or who reports a status.</summary>
    public Subject Subject { get; }

    /// <summary>The day a figure is about (observed on), or the day a status describes (reported on).</summary>
    public LocalDate Day { get; }

    /// <summary>The key of a figure: <paramref name="target"/> × <paramref name="subject"/> × <paramref name="observedOn"/>.</summary>
    /// <param name="target">The target.</param>
    /// <param name="subject">What the figure is about.</param>
    /// <param name="observedOn">The day the figure is about.</param>
    /// <exception cref="ArgumentException"><paramref name="target"/> or <paramref name="subject"/> is default.</exception>
    public static EntryKey Figure(TargetId target, Subject subject, LocalDate observedOn) =>
        target == default
            ? throw new ArgumentException("A default TargetId names no target.", nameof(target))
            : new(EntryKind.Figure, target, target.Measure, subject, observedOn);

    /// <summary>The key of a status: <paramref name="measure"/> × <paramref name="reporter"/> × <paramref name="reportedOn"/>.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="reporter">Who reports the status.</param>
    /// <param name="reportedOn">The day the status describes.</param>
    /// <exception cref="ArgumentException"><paramref name="measure"/> or <paramref name="reporter"/> is default.</exception>
    public static EntryKey Status(MeasureId measure, Subject reporter, LocalDate reportedOn) =>
        measure == default
            ? throw new ArgumentException("A default MeasureId names no measure.", nameof(measure))
            : new(EntryKind.Status, default, measure, reporter, reportedOn);

    /// <summary>True for <c>default(EntryKey)</c>, which names nothing.</summary>
    public bool IsDefault => Kind == 0;

    /// <summary>Orders figures before statuses, then by target or measure, subject and day.</summary>
    /// <param name="other">The other key.</param>
    public int CompareTo(EntryKey other)
    {
        var c = Kind.CompareTo(other.Kind);
        if (c == 0)
        {
            c = Kind == EntryKind.Figure ? Target.CompareTo(other.Target) : Measure.CompareTo(other.Measure);
        }

        if (c == 0)
        {
            c = Subject.CompareTo(other.Subject);
        }

        return c != 0 ? c : Day.CompareTo(other.Day);
    }

    /// <summary>Orders keys (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">A key.</param>
    public static bool operator <(EntryKey left, EntryKey right) => left.CompareTo(right) < 0;

    /// <summary>Orders keys (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">A key.</param>
    public static bool operator <=(EntryKey left, EntryKey right) => left.CompareTo(right) <= 0;

    /// <summary>Orders keys (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">A key.</param>
    public static bool operator >(EntryKey left, EntryKey right) => left.CompareTo(right) > 0;

    /// <summary>Orders keys (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">A key.</param>
    public static bool operator >=(EntryKey left, EntryKey right) => left.CompareTo(right) >= 0;

    /// <summary>Readable form: <c>…/43/t1 for 梅河口市 (220581) on 2025-09-30</c> or <c>…/26 by 省住房和城乡建设厅 (department:housing-urban-rural-development) on 2025-09-30</c>.</summary>
    public override string ToString() => Kind switch
    {
        EntryKind.Figure => $"{Target} for {SubjectText.Readable(Subject)} on {LocalDatePattern.Iso.Format(Day)}",
        EntryKind.Status => $"{Measure} by {SubjectText.Readable(Subject)} on {LocalDatePattern.Iso.Format(Day)}",
        _ => "(no entry)",
    };
}
