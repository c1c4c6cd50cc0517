using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>One row of a <see cref="DepartmentProgressTable"/>: one department's part as of a day.</summary>
/// <param name="AsOf">The day of the question (ISO).</param>
/// <param name="DepartmentId">The department's id.</param>
/// <param name="Department">The department's Chinese name.</param>
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
/// <param name="Overdue">The overdue targets, each printed completely: id (comparator value, due date).</param>
/// <param name="LatestStatuses">The latest status it gave on each measure, as <c>measure: status</c>.</param>
/// <exception cref="ArgumentNullException">A text that is not marked nullable is null.</exception>
public sealed record DepartmentProgressRow(
    string AsOf,
    string DepartmentId,
    string Department,
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
    string Overdue,
    string LatestStatuses)
{
    // Every property declared, in the parameters' order (the JSON member order); non-nullable strings refuse null.
    /// <summary>The day of the question (ISO).</summary>
    public string AsOf { get; init => field = Guard.Against.Null(value, nameof(AsOf)); } = Guard.Against.Null(AsOf);

    /// <summary>The department's id.</summary>
    public string DepartmentId { get; init => field = Guard.Against.Null(value, nameof(DepartmentId)); } = Guard.Against.Null(DepartmentId);

    /// <summary>The department's Chinese name.</summary>
    public string Department { get; init => field = Guard.Against.Null(value, nameof(Department)); } = Guard.Against.Null(Department);

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

    /// <summary>The overdue targets, each printed completely: id (comparator value, due date).</summary>
    public string Overdue { get; init => field = Guard.Against.Null(value, nameof(Overdue)); } = Guard.Against.Null(Overdue);

    /// <summary>The latest status it gave on each measure, as <c>measure: status</c>.</summary>
    public string LatestStatuses { get; init => field = Guard.Against.Null(value, nameof(LatestStatuses)); } = Guard.Against.Null(LatestStatuses);

    /// <summary>Readable form.</summary>
    public override string ToString() => $"{AsOf} {Department}: leads {MeasuresLed}, shares {MeasuresShared}, {LedTargetsOverdue + SharedTargetsOverdue} overdue";
}
