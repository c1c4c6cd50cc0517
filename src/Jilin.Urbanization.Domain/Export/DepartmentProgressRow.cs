using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// One row of a <see cref="DepartmentProgressTable"/>: one department's part as of a day. In JSON the department is
/// <c>{code, name, kind}</c> (its id and short official name) and the lists are arrays of objects; CSV, Markdown, HTML
/// and Excel print the id and name in two columns and join each list in one cell.
/// </summary>
/// <param name="AsOf">The day of the question (ISO).</param>
/// <param name="Department">The department: id (as code), short official name, kind.</param>
/// <param name="MeasuresLed">Measures in scope it leads (牵头).</param>
/// <param name="MeasuresShared">Measures in scope it shares.</param>
/// <param name="LedTargetsMet">Targets of led measures met (met or met late).</param>
/// <param name="LedTargetsOnTrack">Targets of led measures on track.</param>
/// <param name="LedTargetsOverdue">Targets of led measures past the deadline and not met.</param>
/// <param name="LedTargetsUnreported">Targets of led measures without a figure.</param>
/// <param name="SharedTargetsMet">Targets of shared measures met.</param>
/// <param name="SharedTargetsOverdue">Targets of shared measures overdue.</param>
/// <param name="MeasuresDelayed">Measures whose latest status from it is delayed (滞后).</param>
/// <param name="MeasuresUnreported">Measures it has not reported on.</param>
/// <param name="Overdue">The overdue targets, each with what it asks and its deadline.</param>
/// <param name="LatestStatuses">The latest status it gave on each measure.</param>
/// <exception cref="ArgumentNullException">A parameter that is not marked nullable is null.</exception>
public sealed record DepartmentProgressRow(
    string AsOf,
    ReportSubject Department,
    int MeasuresLed,
    int MeasuresShared,
    int LedTargetsMet,
    int LedTargetsOnTrack,
    int LedTargetsOverdue,
    int LedTargetsUnreported,
    int SharedTargetsMet,
    int SharedTargetsOverdue,
    int MeasuresDelayed,
    int MeasuresUnreported,
    ValueList<OverdueTarget> Overdue,
    ValueList<LatestStatus> LatestStatuses)
{
    // Every property declared, in the parameters' order (the JSON member order); non-nullable strings refuse null.
    /// <summary>The day of the question (ISO).</summary>
    public string AsOf { get; init => field = Guard.Against.Null(value, nameof(AsOf)); } = Guard.Against.Null(AsOf);

    /// <summary>The department: id (as code), short official name, kind.</summary>
    public ReportSubject Department { get; init => field = Guard.Against.Null(value, nameof(Department)); } = Guard.Against.Null(Department);

    /// <summary>Measures in scope it leads (牵头).</summary>
    public int MeasuresLed { get; init; } = MeasuresLed;

    /// <summary>Measures in scope it shares.</summary>
    public int MeasuresShared { get; init; } = MeasuresShared;

    /// <summary>Targets of led measures met (met or met late).</summary>
    public int LedTargetsMet { get; init; } = LedTargetsMet;

    /// <summary>Targets of led measures on track.</summary>
    public int LedTargetsOnTrack { get; init; } = LedTargetsOnTrack;

    /// <summary>Targets of led measures past the deadline and not met.</summary>
    public int LedTargetsOverdue { get; init; } = LedTargetsOverdue;

    /// <summary>Targets of led measures without a figure.</summary>
    public int LedTargetsUnreported { get; init; } = LedTargetsUnreported;

    /// <summary>Targets of shared measures met.</summary>
    public int SharedTargetsMet { get; init; } = SharedTargetsMet;

    /// <summary>Targets of shared measures overdue.</summary>
    public int SharedTargetsOverdue { get; init; } = SharedTargetsOverdue;

    /// <summary>Measures whose latest status from it is delayed (滞后).</summary>
    public int MeasuresDelayed { get; init; } = MeasuresDelayed;

    /// <summary>Measures it has not reported on.</summary>
    public int MeasuresUnreported { get; init; } = MeasuresUnreported;

    /// <summary>The overdue targets.</summary>
    public ValueList<OverdueTarget> Overdue { get; init => field = Guard.Against.Null(value, nameof(Overdue)); } = Guard.Against.Null(Overdue);

    /// <summary>The latest status it gave on each measure.</summary>
    public ValueList<LatestStatus> LatestStatuses { get; init => field = Guard.Against.Null(value, nameof(LatestStatuses)); } = Guard.Against.Null(LatestStatuses);

    /// <summary>Readable form.</summary>
    public override string ToString() => $"{AsOf} {Department.Name}: leads {MeasuresLed}, shares {MeasuresShared}, {LedTargetsOverdue + SharedTargetsOverdue} overdue";
}
