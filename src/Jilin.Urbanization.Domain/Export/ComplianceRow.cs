using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>One evaluated target of a compliance report as an exported row.</summary>
/// <param name="TargetId">The target's id.</param>
/// <param name="Status">The result.</param>
/// <param name="Observed">The observed value, in the target's unit.</param>
/// <param name="ObservedOn">The day of the observation (ISO date).</param>
/// <param name="Target">The target value.</param>
/// <param name="Unit">The target's unit symbol.</param>
/// <param name="Comparator">How the value binds.</param>
/// <param name="Margin">Observed minus target (toward the comparator), in the target's unit.</param>
/// <param name="Deadline">The deadline (ISO date), or null.</param>
/// <param name="Commitment">The commitment level.</param>
/// <param name="Overdue">True when the deadline has passed without the target met.</param>
/// <param name="Explanation">One line that says why.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
public sealed record ComplianceRow(
    string TargetId,
    string Status,
    decimal Observed,
    string ObservedOn,
    decimal Target,
    string Unit,
    string Comparator,
    decimal Margin,
    string? Deadline,
    string Commitment,
    bool Overdue,
    string Explanation)
{
    // Every property declared, in the parameters' order: that order is the JSON member order, and declaring only
    // the guarded ones would move them after the rest.
    /// <summary>The target's id.</summary>
    public string TargetId { get; init => field = Guard.Against.Null(value, nameof(TargetId)); } = Guard.Against.Null(TargetId);

    /// <summary>The result.</summary>
    public string Status { get; init => field = Guard.Against.Null(value, nameof(Status)); } = Guard.Against.Null(Status);

    /// <summary>The observed value, in the target's unit.</summary>
    public decimal Observed { get; init; } = Observed;

    /// <summary>The day of the observation (ISO date).</summary>
    public string ObservedOn { get; init => field = Guard.Against.Null(value, nameof(ObservedOn)); } = Guard.Against.Null(ObservedOn);

    /// <summary>The target value.</summary>
    public decimal Target { get; init; } = Target;

    /// <summary>The target's unit symbol.</summary>
    public string Unit { get; init => field = Guard.Against.Null(value, nameof(Unit)); } = Guard.Against.Null(Unit);

    /// <summary>How the value binds.</summary>
    public string Comparator { get; init => field = Guard.Against.Null(value, nameof(Comparator)); } = Guard.Against.Null(Comparator);

    /// <summary>Observed minus target (toward the comparator), in the target's unit.</summary>
    public decimal Margin { get; init; } = Margin;

    /// <summary>The deadline (ISO date), or null.</summary>
    public string? Deadline { get; init; } = Deadline;

    /// <summary>The commitment level.</summary>
    public string Commitment { get; init => field = Guard.Against.Null(value, nameof(Commitment)); } = Guard.Against.Null(Commitment);

    /// <summary>True when the deadline has passed without the target met.</summary>
    public bool Overdue { get; init; } = Overdue;

    /// <summary>One line that says why.</summary>
    public string Explanation { get; init => field = Guard.Against.Null(value, nameof(Explanation)); } = Guard.Against.Null(Explanation);

    /// <summary>Readable form: target id and status.</summary>
    public override string ToString() => $"{TargetId}: {Status}";
}
