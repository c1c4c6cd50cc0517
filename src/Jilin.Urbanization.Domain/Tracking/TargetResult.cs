using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>Where one target stands for one subject as of a day: the latest observation on or before it, evaluated.</summary>
public sealed record TargetResult
{
    /// <summary>The target.</summary>
    public required TargetIndicator Target { get; init => field = Guard.Against.Null(value, nameof(Target)); }

    /// <summary>The subject (the province, or a county for a target binding each county).</summary>
    public required Subject Subject { get; init; }

    /// <summary>The status; <see cref="ComplianceStatus.Unreported"/> when no observation is dated on or before the day.</summary>
    public required ComplianceStatus Status { get; init => field = Data.DefinedEnum.Required(value, nameof(Status)); }

    /// <summary>The evaluation of the latest observation, or null when unreported.</summary>
    public required TargetEvaluation? Evaluation { get; init; }

    /// <summary>The observation evaluated, or null when unreported.</summary>
    public required ProgressObservation? Latest { get; init; }

    /// <summary>True when the deadline has passed and the target is not met (NotMet, or unreported).</summary>
    public required bool IsOverdue { get; init; }

    /// <summary>Readable form: <c>…/68/t1 for 梅河口市 (220581): NotMet (overdue)</c>.</summary>
    public override string ToString() => $"{Target.Id} for {SubjectText.Readable(Subject)}: {Status}{(IsOverdue ? " (overdue)" : string.Empty)}";
}
