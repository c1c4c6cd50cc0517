using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>An implementation report per department: what it leads and shares, met, on track, overdue, unreported, latest statuses.</summary>
public sealed class DepartmentProgressTable : ExportTable<DepartmentProgressRow>
{
    private static readonly ValueList<TableColumn<DepartmentProgressRow>> AllColumns = new TableColumn<DepartmentProgressRow>[]
    {
        new("asOf", r => r.AsOf),
        new("departmentId", r => r.Department.Code),
        new("department", r => r.Department.Name),
        new("measuresLed", r => ProgressText.Number(r.MeasuresLed)),
        new("measuresShared", r => ProgressText.Number(r.MeasuresShared)),
        new("ledTargetsMet", r => ProgressText.Number(r.LedTargetsMet)),
        new("ledTargetsOnTrack", r => ProgressText.Number(r.LedTargetsOnTrack)),
        new("ledTargetsOverdue", r => ProgressText.Number(r.LedTargetsOverdue)),
        new("ledTargetsUnreported", r => ProgressText.Number(r.LedTargetsUnreported)),
        new("sharedTargetsMet", r => ProgressText.Number(r.SharedTargetsMet)),
        new("sharedTargetsOverdue", r => ProgressText.Number(r.SharedTargetsOverdue)),
        new("measuresDelayed", r => ProgressText.Number(r.MeasuresDelayed)),
        new("measuresUnreported", r => ProgressText.Number(r.MeasuresUnreported)),
        ReadableCells.Targets<DepartmentProgressRow>("overdue", r => JoinList(r.Overdue.Select(o => o.ToString()))),
        ReadableCells.MeasureStatuses<DepartmentProgressRow>("latestStatuses", r => JoinList(r.LatestStatuses.Select(s => s.ToString()))),
    }.ToValueList();

    private DepartmentProgressTable(IEnumerable<DepartmentProgressRow> rows)
        : base(rows)
    {
    }

    /// <inheritdoc/>
    public override ValueList<TableColumn<DepartmentProgressRow>> Columns => AllColumns;

    /// <inheritdoc/>
    public override string Name => "department-progress";

    /// <inheritdoc/>
    protected override JsonTypeInfo<IReadOnlyList<DepartmentProgressRow>> JsonTypeInfo => ExportJsonContext.Readable.IReadOnlyListDepartmentProgressRow;

    /// <summary>The per-department table of <paramref name="report"/>.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static DepartmentProgressTable From(ImplementationReport report)
    {
        Guard.Against.Null(report);
        var asOf = LocalDatePattern.Iso.Format(report.AsOf);
        return new DepartmentProgressTable(report.Departments.Select(d => new DepartmentProgressRow(
            asOf,
            new ReportSubject(d.Department.Id.ToString(), d.Department.Name, SubjectKind.Department),
            d.Led.Count,
            d.Shared.Count,
            d.LedCount(ComplianceStatus.Met) + d.LedCount(ComplianceStatus.MetLate),
            d.LedCount(ComplianceStatus.OnTrack),
            d.LedTargets.Count(t => t.IsOverdue),
            d.LedCount(ComplianceStatus.Unreported),
            d.SharedCount(ComplianceStatus.Met) + d.SharedCount(ComplianceStatus.MetLate),
            d.SharedTargets.Count(t => t.IsOverdue),
            d.Delayed.Count,
            d.Unreported.Count,
            d.OverdueTargets.Select(t => OverdueTarget.Of(t.Target)).ToValueList(),
            d.Led.Concat(d.Shared).Select(m => (m.Measure.Id, Latest: d.LatestOf(m)))
                .Where(x => x.Latest is not null).Select(x => new LatestStatus(x.Id.ToString(), x.Latest!.Status)).ToValueList())).ToList());
    }
}
