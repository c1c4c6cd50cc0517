using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Identifiers;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>One observation of a progress report, keyed by the id of the target it measures.</summary>
public sealed record ProgressEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="targetId">The target's id, e.g. <c>jilin-2022-county-urbanization/68/t1</c>.</param>
    /// <param name="observation">The observation.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    public ProgressEntry(TargetId targetId, Observation observation)
    {
        Guard.Against.Null(observation);
        TargetId = IdText.Required(targetId, nameof(targetId));
        Observation = observation;
    }

    /// <summary>The target's id.</summary>
    public TargetId TargetId { get; }

    /// <summary>The observation.</summary>
    public Observation Observation { get; }

    /// <summary>Readable form: <c>id: 78 % on 2025-12-31</c>.</summary>
    public override string ToString() => $"{TargetId}: {Observation}";
}
