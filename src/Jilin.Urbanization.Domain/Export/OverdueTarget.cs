using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Targets;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>A target past its deadline and not met, as report rows list it for programs: <c>{targetId, target, deadline}</c>.</summary>
/// <param name="TargetId">The target's id.</param>
/// <param name="Target">What it asks.</param>
/// <param name="Deadline">The deadline (ISO date), or null.</param>
/// <exception cref="ArgumentNullException"><paramref name="TargetId"/> or <paramref name="Target"/> is null.</exception>
public sealed record OverdueTarget(string TargetId, TargetTerms Target, string? Deadline)
{
    /// <summary>The target's id.</summary>
    public string TargetId { get; init => field = Guard.Against.Null(value, nameof(TargetId)); } = Guard.Against.Null(TargetId);

    /// <summary>What it asks.</summary>
    public TargetTerms Target { get; init => field = Guard.Against.Null(value, nameof(Target)); } = Guard.Against.Null(Target);

    /// <summary>The deadline (ISO date), or null.</summary>
    public string? Deadline { get; init; } = Deadline;

    /// <summary>Readable form, the machine text CSV writes: <c>…/43/t1 (atLeast 1 所, due 2022-12-31)</c>.</summary>
    public override string ToString() => $"{TargetId} ({Target}, {(Deadline is null ? "no deadline" : "due " + Deadline)})";

    /// <summary>The entry for <paramref name="target"/>.</summary>
    internal static OverdueTarget Of(TargetIndicator target) =>
        new(target.Id.ToString(), TargetTerms.Of(target), target.Deadline is { } d ? LocalDatePattern.Iso.Format(d.Date) : null);
}
