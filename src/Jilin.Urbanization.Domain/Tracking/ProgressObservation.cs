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
public sealed record ProgressObservation
{
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

    /// <summary>Readable form: <c>…/68/t1 for 220581: 78 % on 2025-12-31</c>.</summary>
    public override string ToString() => $"{TargetId} for {Subject}: {Observation}";
}
