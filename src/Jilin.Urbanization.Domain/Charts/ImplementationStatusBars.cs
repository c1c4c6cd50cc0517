using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Charts;

/// <summary>
/// Turns an <see cref="ImplementationReport"/> (实施进展) into rows for a <see cref="StatusChart"/>: the targets'
/// statuses overall, per department (the targets of the measures it leads, 牵头, and of those it shares, as two
/// charts) and per county (县(市)). Statuses stack in the order met, met late, on track, pending, not met, and
/// <see cref="ComplianceStatus.Unreported"/> last, in <see cref="ComplianceColours"/> (unreported grey); each target
/// or result counts once.
/// </summary>
public static class ImplementationStatusBars
{
    /// <summary>One bar with the overall status of every target of the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="label">The bar's label.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is null, empty or whitespace.</exception>
    public static StatusBar Overall(ImplementationReport report, string label = "All targets")
    {
        Guard.Against.Null(report);
        return ComplianceStatusBars.Bar(label, report.Targets.Select(t => t.Status));
    }

    /// <summary>
    /// One bar per department of the report that leads (牵头) a measure with a target in scope, in the report's order:
    /// the overall statuses of those targets.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ValueList<StatusBar> LedByDepartment(ImplementationReport report)
    {
        Guard.Against.Null(report);
        return report.Departments
            .Select(d => (d.Department.Name, Targets: d.LedTargets.ToList()))
            .Where(d => d.Targets.Count > 0)
            .Select(d => ComplianceStatusBars.Bar(d.Name, d.Targets.Select(t => t.Status)))
            .ToValueList();
    }

    /// <summary>
    /// One bar per department of the report that shares (without leading) a measure with a target in scope, in the
    /// report's order: the overall statuses of those targets.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ValueList<StatusBar> SharedByDepartment(ImplementationReport report)
    {
        Guard.Against.Null(report);
        return report.Departments
            .Select(d => (d.Department.Name, Targets: d.SharedTargets.ToList()))
            .Where(d => d.Targets.Count > 0)
            .Select(d => ComplianceStatusBars.Bar(d.Name, d.Targets.Select(t => t.Status)))
            .ToValueList();
    }

    /// <summary>
    /// Two bars for one department: the overall statuses of the targets of the measures it leads (牵头), labelled
    /// <c>… led (牵头)</c>, and of those it shares, labelled <c>… shared</c>.
    /// </summary>
    /// <param name="department">The department's section of a report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public static ValueList<StatusBar> ForDepartment(DepartmentProgress department)
    {
        Guard.Against.Null(department);
        return new[]
        {
            ComplianceStatusBars.Bar($"{department.Department.Name} led (牵头)", department.LedTargets.Select(t => t.Status)),
            ComplianceStatusBars.Bar($"{department.Department.Name} shared", department.SharedTargets.Select(t => t.Status)),
        }.ToValueList();
    }

    /// <summary>
    /// One bar per county of the report (every county in the subject scope, in code order, labelled
    /// <c>梅河口市 220581</c>): its results on the targets that bind each county, unreported ones included.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ValueList<StatusBar> ByCounty(ImplementationReport report)
    {
        Guard.Against.Null(report);
        return report.Counties
            .Select(c => ComplianceStatusBars.Bar($"{c.Division.Name} {c.Division.Code}", c.Results.Select(r => r.Status)))
            .ToValueList();
    }
}
