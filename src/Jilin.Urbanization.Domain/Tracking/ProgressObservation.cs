using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// One figure for one target about one subject on one day (target × subject × date → value), with where it comes
/// from. For a target binding each county the subject is a county-level division; for a province-wide target it is
/// the province (or a department reporting the province's figure).
/// </summary>
public sealed record ProgressObservation : ITrackingEntry
{
    private readonly LocalDate recordedOn;
    private readonly Subject recordedBy;

    /// <summary>Creates an observation.</summary>
    /// <param name="targetId">The target's id, e.g. <c>jilin-2022-county-urbanization/68/t1</c>.</param>
    /// <param name="subject">What the figure is about.</param>
    /// <param name="observation">The value, unit and day.</param>
    /// <param name="source">Where the figure comes from (a statistics bulletin, a report number), or null.</param>
    /// <param name="note">A remark, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> or <paramref name="subject"/> is default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    public ProgressObservation(TargetId targetId, Subject subject, Observation observation, string? source = null, string? note = null)
    {
        Guard.Against.Null(observation);
        if (targetId == default)
        {
            throw new ArgumentException("A default TargetId names no target.", nameof(targetId));
        }

        if (subject.IsDefault)
        {
            throw new ArgumentException("A default Subject names nothing.", nameof(subject));
        }

        Data.UserText.RequireRoundTrip(source, nameof(source));
        Data.UserText.RequireRoundTrip(note, nameof(note));
        TargetId = targetId;
        Subject = subject;
        Value = observation.Value;
        ObservedOn = observation.ObservedOn;
        Source = source;
        Note = note;
        recordedOn = observation.ObservedOn;
        recordedBy = subject;
    }

    // The readers' path: the figure's parts, already checked, without an Observation object per row (a million rows
    // kept one object each instead of two, which halves what every garbage collection of a large read has to copy).
    internal ProgressObservation(TargetId targetId, Subject subject, Quantity value, LocalDate observedOn, string? source, string? note)
    {
        TargetId = targetId;
        Subject = subject;
        Value = value;
        ObservedOn = observedOn;
        Source = source;
        Note = note;
        recordedOn = observedOn;
        recordedBy = subject;
    }

    /// <summary>The target's id.</summary>
    public TargetId TargetId { get; }

    /// <summary>What the figure is about.</summary>
    public Subject Subject { get; }

    /// <summary>The value, unit and day (equal, not identical, on each call: the entry keeps the parts).</summary>
    public Observation Observation => new(Value, ObservedOn);

    /// <summary>The value in its unit.</summary>
    public Quantity Value { get; }

    /// <summary>The day the figure is for.</summary>
    public LocalDate ObservedOn { get; }

    /// <summary>Where the figure comes from, or null.</summary>
    public string? Source { get; }

    /// <summary>A remark, or null.</summary>
    public string? Note { get; }

    /// <summary>
    /// The day the figure was reported (填报日期), on or after <see cref="ObservedOn"/>; by default <see cref="ObservedOn"/>.
    /// A report "as known on" a day sees the figures recorded on or before it.
    /// </summary>
    /// <exception cref="ArgumentException">(init) The day is before <see cref="ObservedOn"/>.</exception>
    public LocalDate RecordedOn { get => recordedOn; init => recordedOn = Recording.NotBefore(value, ObservedOn, nameof(RecordedOn)); }

    /// <summary>The body that reported the figure (填报单位); by default the <see cref="Subject"/> itself.</summary>
    /// <exception cref="ArgumentException">(init) The subject is default.</exception>
    public Subject RecordedBy { get => recordedBy; init => recordedBy = Recording.Required(value, nameof(RecordedBy)); }

    /// <summary>Why this version was sent (更正原因, e.g. 统计口径调整), or null.</summary>
    public string? Reason { get; init; }

    /// <summary>What the figure is a version of: target × subject × observed on.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public EntryKey Key => EntryKey.Figure(TargetId, Subject, ObservedOn);

    /// <summary>True when <paramref name="other"/> states the same figure (value with its digits and unit, source, note), whenever and by whomever recorded.</summary>
    internal bool SameContent(ProgressObservation other) =>
        Value.Equals(other.Value) && Source == other.Source && Note == other.Note;

    /// <summary>Readable form: <c>…/43/t1 for 梅河口市 (220581): 1 所 on 2022-11-30</c>.</summary>
    public override string ToString() => $"{TargetId} for {SubjectText.Readable(Subject)}: {Observation}";
}
