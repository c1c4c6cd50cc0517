using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Labels;
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
    /// <param name="culture">The language of labels and legends, or null for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <param name="label">The bar's label, or null for 全部目标 / All targets.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is null, empty or whitespace.</exception>
    public static StatusBar Overall(ImplementationReport report, string? label = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(report);
        return ComplianceStatusBars.Bar(label ?? ReportText.Get("Text.AllTargets", culture), report.Targets.Select(t => t.Status), culture);
    }

    /// <summary>
    /// One bar per department of the report that leads (牵头) a measure with a target in scope, in the report's order:
    /// the overall statuses of those targets.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of labels and legends, or null for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ValueList<StatusBar> LedByDepartment(ImplementationReport report, CultureInfo? culture = null)
    {
        Guard.Against.Null(report);
        return report.Departments
            .Select(d => (d.Department.Name, Targets: d.LedTargets.ToList()))
            .Where(d => d.Targets.Count > 0)
            .Select(d => ComplianceStatusBars.Bar(d.Name, d.Targets.Select(t => t.Status), culture))
            .ToValueList();
    }

    /// <summary>
    /// One bar per department of the report that shares (without leading) a measure with a target in scope, in the
    /// report's order: the overall statuses of those targets.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of labels and legends, or null for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ValueList<StatusBar> SharedByDepartment(ImplementationReport report, CultureInfo? culture = null)
    {
        Guard.Against.Null(report);
        return report.Departments
            .Select(d => (d.Department.Name, Targets: d.SharedTargets.ToList()))
            .Where(d => d.Targets.Count > 0)
            .Select(d => ComplianceStatusBars.Bar(d.Name, d.Targets.Select(t => t.Status), culture))
            .ToValueList();
    }

    /// <summary>
    /// Two bars for one department: the overall statuses of the targets of the measures it leads (牵头), labelled
    /// <c>… led (牵头)</c>, and of those it shares, labelled <c>… shared</c>.
    /// </summary>
    /// <param name="department">The department's section of a report.</param>
    /// <param name="culture">The language of labels and legends, or null for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public static ValueList<StatusBar> ForDepartment(DepartmentProgress department, CultureInfo? culture = null)
    {
        Guard.Against.Null(department);
        return new[]
        {
            ComplianceStatusBars.Bar($"{department.Department.Name} {ReportText.Get("Chart.Led", culture)}", department.LedTargets.Select(t => t.Status), culture),
            ComplianceStatusBars.Bar($"{department.Department.Name} {ReportText.Get("Chart.Shared", culture)}", department.SharedTargets.Select(t => t.Status), culture),
        }.ToValueList();
    }

    /// <summary>
    /// One bar per county of the report (every county in the subject scope, in code order, labelled
    /// <c>梅河口市 220581</c>): its results on the targets that bind each county, unreported ones included.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of labels and legends, or null for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ValueList<StatusBar> ByCounty(ImplementationReport report, CultureInfo? culture = null)
    {
        Guard.Against.Null(report);
        return report.Counties
            .Select(c => ComplianceStatusBars.Bar(ReportText.Format("Text.SubjectWithCode", culture, c.Division.Name, c.Division.Code), c.Results.Select(r => r.Status), culture))
            .ToValueList();
    }
}
