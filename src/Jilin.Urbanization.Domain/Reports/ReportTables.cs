using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Queries;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Reports;

/// <summary>
/// Readable tables of the model for reports and notebooks: Chinese text as written, English labels marked
/// unofficial, ids, and statuses by colour (<see cref="ComplianceColours"/>).
/// </summary>
public static class ReportTables
{
    /// <summary>Measures: id, verbatim text, responsibility as written, lead (Chinese and unofficial English), targets.</summary>
    /// <param name="measures">The measures.</param>
    /// <param name="caption">The caption.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measures"/>, an item of it, or <paramref name="caption"/> is null.</exception>
    public static ReportTable Measures(IEnumerable<Measure> measures, string caption = "Measures (措施)")
    {
        Guard.Against.Null(measures);
        return new ReportTable(
            caption,
            ["id", "text (原文)", "responsible (责任单位)", "lead (牵头)", "lead, English (unofficial)", "rule", "targets"],
            measures.Select(m =>
            {
                Guard.Against.Null(m, nameof(measures));
                var lead = m.Responsibility.Lead;
                return new ReportCell[]
                {
                    new(m.Id.ToString()),
                    new(m.Text),
                    new(m.Responsibility.Text),
                    new(lead?.Name ?? "—"),
                    new(lead?.EnglishName ?? "no single lead"),
                    new(m.Responsibility.Rule.ToString()),
                    new(string.Join("; ", m.Targets.Select(t => t.Id))),
                };
            }));
    }

    /// <summary>Departments: id, name, English name (unofficial), full name, kind, aliases.</summary>
    /// <param name="departments">The departments.</param>
    /// <param name="caption">The caption.</param>
    /// <exception cref="ArgumentNullException"><paramref name="departments"/>, an item of it, or <paramref name="caption"/> is null.</exception>
    public static ReportTable Departments(IEnumerable<Department> departments, string caption = "Departments (部门)")
    {
        Guard.Against.Null(departments);
        return new ReportTable(
            caption,
            ["id", "name (名称)", "English (unofficial)", "full name (全称)", "kind", "aliases (别名)"],
            departments.Select(d =>
            {
                Guard.Against.Null(d, nameof(departments));
                return new ReportCell[] { new(d.Id), new(d.Name), new(d.EnglishName), new(d.FullName), new(d.Kind.ToString()), new(string.Join("; ", d.Aliases)) };
            }));
    }

    /// <summary>Department workload: id, name, English name (unofficial), measures led (牵头), shared, involved.</summary>
    /// <param name="workloads">The workloads, as <see cref="Catalog.PolicyCatalog.RankDepartments"/> gives them.</param>
    /// <param name="caption">The caption.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workloads"/>, an item of it, or <paramref name="caption"/> is null.</exception>
    public static ReportTable Workloads(IEnumerable<DepartmentWorkload> workloads, string caption = "Department workload (部门任务量)")
    {
        Guard.Against.Null(workloads);
        return new ReportTable(
            caption,
            ["id", "name (名称)", "English (unofficial)", "led (牵头)", "shared (参与)", "involved (涉及)"],
            workloads.Select(w =>
            {
                Guard.Against.Null(w, nameof(workloads));
                return new ReportCell[]
                {
                    new(w.Department.Id), new(w.Department.Name), new(w.Department.EnglishName),
                    new(Number(w.Led), DepartmentWorkloadChart.LedColour), new(Number(w.Involved - w.Led)), new(Number(w.Involved)),
                };
            }));
    }

    /// <summary>Targets: id, metric, quote (verbatim), target value, comparator, deadline, commitment level by colour.</summary>
    /// <param name="targets">The targets.</param>
    /// <param name="caption">The caption.</param>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/>, an item of it, or <paramref name="caption"/> is null.</exception>
    public static ReportTable Targets(IEnumerable<TargetIndicator> targets, string caption = "Target indicators (目标指标)")
    {
        Guard.Against.Null(targets);
        return new ReportTable(
            caption,
            ["id", "metric (指标)", "quote (原文)", "target", "comparator", "deadline (期限)", "commitment"],
            targets.Select(t =>
            {
                Guard.Against.Null(t, nameof(targets));
                return new ReportCell[]
                {
                    new(t.Id), new(t.Metric), new(t.Quote), new(t.Quantity.ToString()), new(t.Comparator.ToString()),
                    new(t.Deadline?.ToString() ?? "none"), new(t.Commitment.ToString(), ComplianceColours.Of(t.Commitment)),
                };
            }));
    }

    /// <summary>A compliance report's results: target, status by colour, observed, target, margin, deadline, explanation.</summary>
    /// <param name="report">The report.</param>
    /// <param name="caption">The caption.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="caption"/> is null.</exception>
    public static ReportTable ComplianceResults(ComplianceReport report, string caption = "Results (评估结果)")
    {
        Guard.Against.Null(report);
        return Evaluations(report.Results, caption);
    }

    /// <summary>Evaluations: target, status by colour, observed, target, margin, deadline, explanation.</summary>
    /// <param name="evaluations">The evaluations.</param>
    /// <param name="caption">The caption.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluations"/>, an item of it, or <paramref name="caption"/> is null.</exception>
    public static ReportTable Evaluations(IEnumerable<TargetEvaluation> evaluations, string caption = "Evaluations (评估结果)")
    {
        Guard.Against.Null(evaluations);
        return new ReportTable(
            caption,
            ["target", "status", "observed", "observed on", "target value", "margin", "deadline", "explanation"],
            evaluations.Select(r =>
            {
                Guard.Against.Null(r, nameof(evaluations));
                return new ReportCell[]
                {
                    new(r.TargetId), new(r.Status.ToString(), ComplianceColours.Of(r.Status)), new(r.Observed.ToString()),
                    new(Date(r.Observation.ObservedOn)), new(r.Target.ToString()), new(r.Margin.ToString()),
                    new(r.Deadline is { } d ? Date(d) : "none"), new(r.Explanation),
                };
            }));
    }

    /// <summary>A compliance report's counts: one row per status, coloured, and the unreported targets.</summary>
    /// <param name="report">The report.</param>
    /// <param name="caption">The caption.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="caption"/> is null.</exception>
    public static ReportTable StatusCounts(ComplianceReport report, string caption = "Counts by status")
    {
        Guard.Against.Null(report);
        var bar = ComplianceStatusBars.Overall(report);
        return new ReportTable(
            caption,
            ["status", "targets"],
            bar.Counts.Select(c => new ReportCell[] { new(c.Status, c.Colour), new(Number(c.Count)) }));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
