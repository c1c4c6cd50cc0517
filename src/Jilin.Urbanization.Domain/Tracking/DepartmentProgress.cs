using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Departments;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// One department's part as of a day: the measures it leads (牵头) and those it shares, its targets by status,
/// what is overdue and the latest status it gave on each measure.
/// </summary>
public sealed record DepartmentProgress
{
    /// <summary>The department.</summary>
    public required Department Department { get; init => field = Guard.Against.Null(value, nameof(Department)); }

    /// <summary>The measures in scope it leads.</summary>
    public required ValueList<MeasureProgress> Led { get; init => field = Guard.Against.Null(value, nameof(Led)); }

    /// <summary>The measures in scope it shares without leading (including those with no single lead).</summary>
    public required ValueList<MeasureProgress> Shared { get; init => field = Guard.Against.Null(value, nameof(Shared)); }

    /// <summary>The roll-ups of the targets of the measures it leads.</summary>
    public IEnumerable<TargetRollup> LedTargets => Led.SelectMany(m => m.Targets);

    /// <summary>The roll-ups of the targets of the measures it shares.</summary>
    public IEnumerable<TargetRollup> SharedTargets => Shared.SelectMany(m => m.Targets);

    /// <summary>The targets of its measures (led or shared) past their deadline and not met.</summary>
    public ValueList<TargetRollup> OverdueTargets => LedTargets.Concat(SharedTargets).Where(t => t.IsOverdue).ToValueList();

    /// <summary>The measures whose latest status from this department is <see cref="MeasureStatus.Delayed"/>.</summary>
    public ValueList<MeasureProgress> Delayed =>
        Led.Concat(Shared).Where(m => LatestOf(m)?.Status == MeasureStatus.Delayed).ToValueList();

    /// <summary>The measures this department has not reported on yet.</summary>
    public ValueList<MeasureProgress> Unreported => Led.Concat(Shared).Where(m => LatestOf(m) is null).ToValueList();

    /// <summary>How many of the targets of the measures it leads have <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="status"/> is not a defined value.</exception>
    public int LedCount(ComplianceStatus status)
    {
        Data.DefinedEnum.Required(status);
        return LedTargets.Count(t => t.Status == status);
    }

    /// <summary>How many of the targets of the measures it shares have <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="status"/> is not a defined value.</exception>
    public int SharedCount(ComplianceStatus status)
    {
        Data.DefinedEnum.Required(status);
        return SharedTargets.Count(t => t.Status == status);
    }

    /// <summary>This department's latest status update on <paramref name="measure"/>, or null.</summary>
    /// <param name="measure">The measure's progress.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public StatusUpdate? LatestOf(MeasureProgress measure)
    {
        Guard.Against.Null(measure);
        return measure.LatestByReporter.FirstOrDefault(u => u.Reporter.DepartmentId == Department.Id);
    }

    /// <summary>Readable form: the counts.</summary>
    public override string ToString() =>
        $"{Department.Name}: leads {Led.Count}, shares {Shared.Count}; {OverdueTargets.Count} overdue target(s), {Delayed.Count} delayed, {Unreported.Count} unreported measure(s)";
}
