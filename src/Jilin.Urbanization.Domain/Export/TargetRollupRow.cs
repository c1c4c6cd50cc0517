using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// One row of a <see cref="TargetRollupTable"/>: one target across its subjects as of a day (the overall view). In JSON
/// the target is an object, enums their camelCase names and the subjects not meeting it an array of
/// <c>{code, name, kind}</c>; CSV, Markdown, HTML and Excel print them flat.
/// </summary>
/// <param name="AsOf">The day of the question (ISO).</param>
/// <param name="TargetId">The target's id.</param>
/// <param name="Target">What the target asks: comparator, value (both bounds of a range), unit.</param>
/// <param name="Deadline">The deadline (ISO), or null.</param>
/// <param name="Binding">Whom it binds (province, eachCounty).</param>
/// <param name="Status">The overall status (as good as the worst subject).</param>
/// <param name="Overdue">True when past the deadline and not met for some subject.</param>
/// <param name="Subjects">How many subjects it is evaluated for (1 for the province, the 39 县(市) for each county).</param>
/// <param name="Met">How many subjects meet it (met or met late).</param>
/// <param name="NotMeeting">The subjects whose latest figure does not satisfy it.</param>
/// <param name="Unreported">How many subjects have no figure.</param>
/// <param name="Quote">The verbatim quote.</param>
/// <exception cref="ArgumentNullException">A parameter that is not marked nullable is null.</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="Binding"/> or <paramref name="Status"/> is not a defined value.</exception>
public sealed record TargetRollupRow(
    string AsOf,
    string TargetId,
    TargetTerms Target,
    string? Deadline,
    TargetBinding Binding,
    ComplianceStatus Status,
    bool Overdue,
    int Subjects,
    int Met,
    ValueList<ReportSubject> NotMeeting,
    int Unreported,
    string Quote)
{
    /// <summary>The day of the question (ISO).</summary>
    public string AsOf { get; init => field = Guard.Against.Null(value, nameof(AsOf)); } = Guard.Against.Null(AsOf);

    /// <summary>The target's id.</summary>
    public string TargetId { get; init => field = Guard.Against.Null(value, nameof(TargetId)); } = Guard.Against.Null(TargetId);

    /// <summary>What the target asks.</summary>
    public TargetTerms Target { get; init => field = Guard.Against.Null(value, nameof(Target)); } = Guard.Against.Null(Target);

    /// <summary>The deadline (ISO), or null.</summary>
    public string? Deadline { get; init; } = Deadline;

    /// <summary>Whom it binds.</summary>
    public TargetBinding Binding { get; init => field = Data.DefinedEnum.Required(value, nameof(Binding)); } = Data.DefinedEnum.Required(Binding, nameof(Binding));

    /// <summary>The overall status.</summary>
    public ComplianceStatus Status { get; init => field = Data.DefinedEnum.Required(value, nameof(Status)); } = Data.DefinedEnum.Required(Status, nameof(Status));

    /// <summary>True when overdue for some subject.</summary>
    public bool Overdue { get; init; } = Overdue;

    /// <summary>How many subjects it is evaluated for.</summary>
    public int Subjects { get; init; } = Subjects;

    /// <summary>How many subjects meet it.</summary>
    public int Met { get; init; } = Met;

    /// <summary>The subjects not meeting it.</summary>
    public ValueList<ReportSubject> NotMeeting { get; init => field = Guard.Against.Null(value, nameof(NotMeeting)); } = Guard.Against.Null(NotMeeting);

    /// <summary>How many subjects have no figure.</summary>
    public int Unreported { get; init; } = Unreported;

    /// <summary>The verbatim quote.</summary>
    public string Quote { get; init => field = Guard.Against.Null(value, nameof(Quote)); } = Guard.Against.Null(Quote);

    /// <summary>Readable form.</summary>
    public override string ToString() => $"{AsOf} {TargetId} {Target}: {Data.EnumNames.ToJson(Status)}, {Met} of {Subjects} met{(Overdue ? ", overdue" : string.Empty)}";
}
