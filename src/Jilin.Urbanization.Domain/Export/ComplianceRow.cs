using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// One evaluated target of a compliance report as an exported row. In JSON the figures are <c>{value, unit}</c> and the
/// enums their camelCase names; CSV, Markdown, HTML and Excel print the numbers and the unit in columns of their own.
/// </summary>
/// <param name="TargetId">The target's id.</param>
/// <param name="Status">The result.</param>
/// <param name="Observed">The observed value, in the target's unit.</param>
/// <param name="ObservedOn">The day of the observation (ISO date).</param>
/// <param name="Target">The target value with its unit.</param>
/// <param name="Comparator">How the value binds.</param>
/// <param name="Margin">Observed minus target (toward the comparator), in the target's unit.</param>
/// <param name="Deadline">The deadline (ISO date), or null.</param>
/// <param name="Commitment">The commitment level.</param>
/// <param name="Overdue">True when the deadline has passed without the target met.</param>
/// <param name="Explanation">One line that says why.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum parameter is not a defined value.</exception>
public sealed record ComplianceRow(
    string TargetId,
    ComplianceStatus Status,
    ReportQuantity Observed,
    string ObservedOn,
    ReportQuantity Target,
    Comparator Comparator,
    ReportQuantity Margin,
    string? Deadline,
    CommitmentLevel Commitment,
    bool Overdue,
    string Explanation)
{
    // Every property declared, in the parameters' order: that order is the JSON member order, and declaring only
    // the guarded ones would move them after the rest.
    /// <summary>The target's id.</summary>
    public string TargetId { get; init => field = Guard.Against.Null(value, nameof(TargetId)); } = Guard.Against.Null(TargetId);

    /// <summary>The result.</summary>
    public ComplianceStatus Status { get; init => field = Data.DefinedEnum.Required(value, nameof(Status)); } = Data.DefinedEnum.Required(Status, nameof(Status));

    /// <summary>The observed value, in the target's unit.</summary>
    public ReportQuantity Observed { get; init => field = Guard.Against.Null(value, nameof(Observed)); } = Guard.Against.Null(Observed);

    /// <summary>The day of the observation (ISO date).</summary>
    public string ObservedOn { get; init => field = Guard.Against.Null(value, nameof(ObservedOn)); } = Guard.Against.Null(ObservedOn);

    /// <summary>The target value with its unit.</summary>
    public ReportQuantity Target { get; init => field = Guard.Against.Null(value, nameof(Target)); } = Guard.Against.Null(Target);

    /// <summary>How the value binds.</summary>
    public Comparator Comparator { get; init => field = Data.DefinedEnum.Required(value, nameof(Comparator)); } = Data.DefinedEnum.Required(Comparator, nameof(Comparator));

    /// <summary>Observed minus target (toward the comparator), in the target's unit.</summary>
    public ReportQuantity Margin { get; init => field = Guard.Against.Null(value, nameof(Margin)); } = Guard.Against.Null(Margin);

    /// <summary>The deadline (ISO date), or null.</summary>
    public string? Deadline { get; init; } = Deadline;

    /// <summary>The commitment level.</summary>
    public CommitmentLevel Commitment { get; init => field = Data.DefinedEnum.Required(value, nameof(Commitment)); } = Data.DefinedEnum.Required(Commitment, nameof(Commitment));

    /// <summary>True when the deadline has passed without the target met.</summary>
    public bool Overdue { get; init; } = Overdue;

    /// <summary>One line that says why.</summary>
    public string Explanation { get; init => field = Guard.Against.Null(value, nameof(Explanation)); } = Guard.Against.Null(Explanation);

    /// <summary>Readable form: target id and status.</summary>
    public override string ToString() => $"{TargetId}: {Data.EnumNames.ToJson(Status)}";
}
