using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>One row of a <see cref="TargetRollupTable"/>: one target across its subjects as of a day (the overall view).</summary>
/// <param name="AsOf">The day of the question (ISO).</param>
/// <param name="TargetId">The target's id.</param>
/// <param name="Target">The target printed completely: comparator, value (both bounds of a range), unit.</param>
/// <param name="Deadline">The deadline (ISO), or null.</param>
/// <param name="Binding">Whom it binds (province, eachCounty).</param>
/// <param name="Status">The overall status (as good as the worst subject).</param>
/// <param name="Overdue">True when past the deadline and not met for some subject.</param>
/// <param name="Subjects">How many subjects it is evaluated for (1 for the province, the 39 县(市) for each county).</param>
/// <param name="Met">How many subjects meet it (met or met late).</param>
/// <param name="NotMeeting">The subjects whose latest figure does not satisfy it, by code.</param>
/// <param name="Unreported">How many subjects have no figure.</param>
/// <param name="Quote">The verbatim quote.</param>
/// <exception cref="ArgumentNullException">A text that is not marked nullable is null.</exception>
public sealed record TargetRollupRow(
    string AsOf,
    string TargetId,
    string Target,
    string? Deadline,
    string Binding,
    string Status,
    bool Overdue,
    int Subjects,
    int Met,
    string NotMeeting,
    int Unreported,
    string Quote)
{
    /// <summary>The day of the question (ISO).</summary>
    public string AsOf { get; init => field = Guard.Against.Null(value, nameof(AsOf)); } = Guard.Against.Null(AsOf);

    /// <summary>The target's id.</summary>
    public string TargetId { get; init => field = Guard.Against.Null(value, nameof(TargetId)); } = Guard.Against.Null(TargetId);

    /// <summary>The target printed completely.</summary>
    public string Target { get; init => field = Guard.Against.Null(value, nameof(Target)); } = Guard.Against.Null(Target);

    /// <summary>The deadline (ISO), or null.</summary>
    public string? Deadline { get; init; } = Deadline;

    /// <summary>Whom it binds.</summary>
    public string Binding { get; init => field = Guard.Against.Null(value, nameof(Binding)); } = Guard.Against.Null(Binding);

    /// <summary>The overall status.</summary>
    public string Status { get; init => field = Guard.Against.Null(value, nameof(Status)); } = Guard.Against.Null(Status);

    /// <summary>True when overdue for some subject.</summary>
    public bool Overdue { get; init; } = Overdue;

    /// <summary>How many subjects it is evaluated for.</summary>
    public int Subjects { get; init; } = Subjects;

    /// <summary>How many subjects meet it.</summary>
    public int Met { get; init; } = Met;

    /// <summary>The subjects not meeting it, by code.</summary>
    public string NotMeeting { get; init => field = Guard.Against.Null(value, nameof(NotMeeting)); } = Guard.Against.Null(NotMeeting);

    /// <summary>How many subjects have no figure.</summary>
    public int Unreported { get; init; } = Unreported;

    /// <summary>The verbatim quote.</summary>
    public string Quote { get; init => field = Guard.Against.Null(value, nameof(Quote)); } = Guard.Against.Null(Quote);

    /// <summary>Readable form.</summary>
    public override string ToString() => $"{AsOf} {TargetId} {Target}: {Status}, {Met} of {Subjects} met{(Overdue ? ", overdue" : string.Empty)}";
}
