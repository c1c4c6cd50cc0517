using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Queries;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
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
    /// <param name="caption">The caption, or null for the table's title in <paramref name="culture"/>.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measures"/>, an item of it, is null.</exception>
    public static ReportTable Measures(IEnumerable<Measure> measures, string? caption = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(measures);
        return new ReportTable(
            caption ?? ReportText.Get("Table.measures", culture),
            [ReportText.Column("id", culture), ReportText.Column("text", culture), ReportText.Column("responsibility", culture), ReportText.Column("lead", culture), ReportText.Column("leadEnglish", culture), ReportText.Column("rule", culture), ReportText.Column("targets", culture)],
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
                    new(lead?.EnglishName ?? "—"),
                    new(ReportText.Of(m.Responsibility.Rule, culture)),
                    new(string.Join("; ", m.Targets.Select(t => t.Id))),
                };
            }));
    }

    /// <summary>Departments: id, name, English name (unofficial), full name, kind, aliases.</summary>
    /// <param name="departments">The departments.</param>
    /// <param name="caption">The caption, or null for the table's title in <paramref name="culture"/>.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="departments"/>, an item of it, is null.</exception>
    public static ReportTable Departments(IEnumerable<Department> departments, string? caption = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(departments);
        return new ReportTable(
            caption ?? ReportText.Get("Table.departments", culture),
            [ReportText.Column("id", culture), ReportText.Column("name", culture), ReportText.Column("unofficialEnglishName", culture), ReportText.Column("fullName", culture), ReportText.Column("kind", culture), ReportText.Column("aliases", culture)],
            departments.Select(d =>
            {
                Guard.Against.Null(d, nameof(departments));
                return new ReportCell[] { new(d.Id.ToString()), new(d.Name), new(d.EnglishName), new(d.FullName), new(ReportText.Of(d.Kind, culture)), new(string.Join("; ", d.Aliases)) };
            }));
    }

    /// <summary>Department workload: id, name, English name (unofficial), measures led (牵头), shared, involved.</summary>
    /// <param name="workloads">The workloads, as <see cref="Catalog.PolicyCatalog.RankDepartments"/> gives them.</param>
    /// <param name="caption">The caption, or null for the table's title in <paramref name="culture"/>.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workloads"/>, an item of it, is null.</exception>
    public static ReportTable Workloads(IEnumerable<DepartmentWorkload> workloads, string? caption = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(workloads);
        return new ReportTable(
            caption ?? ReportText.Get("Caption.Workload", culture),
            [ReportText.Column("id", culture), ReportText.Column("name", culture), ReportText.Column("unofficialEnglishName", culture), ReportText.Column("led", culture), ReportText.Column("shared", culture), ReportText.Column("involved", culture)],
            workloads.Select(w =>
            {
                Guard.Against.Null(w, nameof(workloads));
                return new ReportCell[]
                {
                    new(w.Department.Id.ToString()), new(w.Department.Name), new(w.Department.EnglishName),
                    new(Number(w.Led), DepartmentWorkloadChart.LedColour), new(Number(w.Involved - w.Led)), new(Number(w.Involved)),
                };
            }));
    }

    /// <summary>Targets: id, metric (curated English; left out of a Chinese table), quote (verbatim), target value (a range with both bounds), comparator, deadline, commitment level by colour.</summary>
    /// <param name="targets">The targets.</param>
    /// <param name="caption">The caption, or null for the table's title in <paramref name="culture"/>.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/>, an item of it, is null.</exception>
    public static ReportTable Targets(IEnumerable<TargetIndicator> targets, string? caption = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(targets);
        return new ReportTable(
            caption ?? ReportText.Get("Table.targets", culture),
            (string[])[ReportText.Column("id", culture), .. Metric(ReportText.Column("metric", culture), culture), ReportText.Column("quote", culture), ReportText.Column("targetValue", culture), ReportText.Column("comparator", culture), ReportText.Column("deadline", culture), ReportText.Column("commitment", culture)],
            targets.Select(t =>
            {
                Guard.Against.Null(t, nameof(targets));
                return (ReportCell[])
                [
                    new(t.Id.ToString()), .. Metric(new ReportCell(t.Metric), culture), new(t.Quote), new(TargetIndicator.Describe(t.Quantity, t.MaxValue)), new(ReportText.Of(t.Comparator, culture)),
                    new(t.Deadline is { } due ? Date(due.Date) : ReportText.Get("Text.NoDeadline", culture)), new(ReportText.Of(t.Commitment, culture), ComplianceColours.Of(t.Commitment)),
                ];
            }));
    }

    /// <summary>A compliance report's results: target, status by colour, observed, target, margin, deadline, explanation.</summary>
    /// <param name="report">The report.</param>
    /// <param name="caption">The caption, or null for the table's title in <paramref name="culture"/>.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ReportTable ComplianceResults(ComplianceReport report, string? caption = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(report);
        return Evaluations(report.Results, caption ?? ReportText.Get("Caption.Results", culture), culture);
    }

    /// <summary>Evaluations: target, status by colour, observed, target, margin, deadline, explanation.</summary>
    /// <param name="evaluations">The evaluations.</param>
    /// <param name="caption">The caption, or null for the table's title in <paramref name="culture"/>.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluations"/>, an item of it, is null.</exception>
    public static ReportTable Evaluations(IEnumerable<TargetEvaluation> evaluations, string? caption = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(evaluations);
        return new ReportTable(
            caption ?? ReportText.Get("Caption.Results", culture),
            [ReportText.Column("targetId", culture), ReportText.Column("status", culture), ReportText.Column("observed", culture), ReportText.Column("observedOn", culture), ReportText.Column("targetValue", culture), ReportText.Column("margin", culture), ReportText.Column("deadline", culture), ReportText.Column("explanation", culture)],
            evaluations.Select(r =>
            {
                Guard.Against.Null(r, nameof(evaluations));
                return new ReportCell[]
                {
                    new(r.TargetId.ToString()), new(ReportText.Of(r.Status, culture), ComplianceColours.Of(r.Status)), new(r.Observed.ToString()),
                    new(Date(r.Observation.ObservedOn)), new(r.Target.ToString()), new(r.Margin.ToString()),
                    new(r.Deadline is { } d ? Date(d) : ReportText.Get("Text.NoDeadline", culture)), new(r.Explanation),
                };
            }));
    }

    /// <summary>A compliance report's counts: one row per status, coloured, and the unreported targets.</summary>
    /// <param name="report">The report.</param>
    /// <param name="caption">The caption, or null for the table's title in <paramref name="culture"/>.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ReportTable StatusCounts(ComplianceReport report, string? caption = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(report);
        return CountsTable(ComplianceStatusBars.Overall(report, culture: culture), caption ?? ReportText.Get("Caption.StatusCounts", culture), culture);
    }

    /// <summary>
    /// Target roll-ups of an implementation report, printed completely: id, metric, quote (verbatim), target value (a
    /// range with both bounds), deadline, overall status by colour, how many subjects meet it, those not meeting it
    /// and those unreported (how many, and by name), and whether it is overdue.
    /// </summary>
    /// <param name="targets">The roll-ups.</param>
    /// <param name="subjects">The directory that names the subjects (<see cref="ImplementationTracker.Subjects"/>), or null to print their codes.</param>
    /// <param name="caption">The caption, or null for the table's title in <paramref name="culture"/>.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/>, an item of it, is null.</exception>
    /// <exception cref="KeyNotFoundException">A subject is not in <paramref name="subjects"/>' registries.</exception>
    public static ReportTable TargetRollups(IEnumerable<TargetRollup> targets, SubjectDirectory? subjects = null, string? caption = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(targets);
        string Name(Subject subject) => subjects is null ? subject.ToString() : ReportText.Format("Text.SubjectWithCode", culture, subjects.NameOf(subject), subject);
        string Names(IEnumerable<Subject> list) => string.Join("、", list.Select(Name)) is { Length: > 0 } names ? names : ReportText.Get("Text.None", culture);
        return new ReportTable(
            caption ?? ReportText.Get("Caption.Targets", culture),
            (string[])[ReportText.Column("targetId", culture), .. Metric(ReportText.Column("metric", culture), culture), ReportText.Column("quote", culture), ReportText.Column("targetValue", culture), ReportText.Column("deadline", culture), ReportText.Column("status", culture), ReportText.Column("met", culture), ReportText.Column("notMeeting", culture), ReportText.Column("unreported", culture), ReportText.Column("overdue", culture)],
            targets.Select(t =>
            {
                Guard.Against.Null(t, nameof(targets));
                var target = t.Target;
                return (ReportCell[])
                [
                    new(target.Id.ToString()), .. Metric(new ReportCell(target.Metric), culture), new(target.Quote),
                    new($"{ReportText.Of(target.Comparator, culture)} {TargetIndicator.Describe(target.Quantity, target.MaxValue)}"),
                    new(target.Deadline is { } due ? Date(due.Date) : ReportText.Get("Text.NoDeadline", culture)), new(ReportText.Of(t.Status, culture), ComplianceColours.Of(t.Status)),
                    new(ReportText.Format("Text.OutOf", culture, Number(t.MetCount), Number(t.Results.Count))), new(Names(t.NotMeeting)),
                    new(t.Unreported.Count == 0 ? ReportText.Get("Text.None", culture) : $"{Number(t.Unreported.Count)}: {Names(t.Unreported)}"),
                    t.IsOverdue ? new(ReportText.Get("Text.Overdue", culture), ComplianceColours.Of(ComplianceStatus.NotMet)) : new(ReportText.Get("Text.No", culture)),
                ];
            }));
    }

    /// <summary>
    /// Departments of an implementation report: measures led (牵头) and shared, their targets by status, overdue
    /// targets, delayed measures and measures the department has not reported on.
    /// </summary>
    /// <param name="departments">The departments' sections.</param>
    /// <param name="caption">The caption, or null for the table's title in <paramref name="culture"/>.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="departments"/>, an item of it, is null.</exception>
    public static ReportTable DepartmentProgress(IEnumerable<DepartmentProgress> departments, string? caption = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(departments);
        return new ReportTable(
            caption ?? ReportText.Get("Caption.Departments", culture),
            [ReportText.Column("department", culture), ReportText.Column("measuresLed", culture), ReportText.Column("measuresShared", culture), ReportText.Column("ledTargets", culture), ReportText.Column("sharedTargets", culture), ReportText.Column("overdueTargets", culture), ReportText.Column("measuresDelayed", culture), ReportText.Column("measuresUnreported", culture)],
            departments.Select(d =>
            {
                Guard.Against.Null(d, nameof(departments));
                var overdue = d.OverdueTargets.Count;
                return new ReportCell[]
                {
                    new(d.Department.Name), new(Number(d.Led.Count)), new(Number(d.Shared.Count)),
                    new(StatusSummary(d.LedTargets.Select(t => t.Status), culture)), new(StatusSummary(d.SharedTargets.Select(t => t.Status), culture)),
                    new(Number(overdue), overdue > 0 ? ComplianceColours.Of(ComplianceStatus.NotMet) : null),
                    new(Number(d.Delayed.Count)),
                    new(Number(d.Unreported.Count), d.Unreported.Count > 0 ? ComplianceColours.Unreported : null),
                };
            }));
    }

    /// <summary>
    /// Counties of an implementation report: name, code, their results on the targets binding each county by
    /// status (coloured), overdue results and status updates given.
    /// </summary>
    /// <param name="counties">The counties' sections.</param>
    /// <param name="caption">The caption, or null for the table's title in <paramref name="culture"/>.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counties"/>, an item of it, is null.</exception>
    public static ReportTable CountyProgress(IEnumerable<CountyProgress> counties, string? caption = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(counties);
        return new ReportTable(
            caption ?? ReportText.Get("Caption.Counties", culture),
            [ReportText.Column("county", culture), ReportText.Column("code", culture), .. ComplianceStatusBars.Order.Select(s => ReportText.Of(s, culture)), ReportText.Column("overdue", culture), ReportText.Column("statusUpdates", culture)],
            counties.Select(c =>
            {
                Guard.Against.Null(c, nameof(counties));
                var overdue = c.Overdue.Count;
                ReportCell[] row =
                [
                    new(c.Division.Name), new(c.Division.Code.ToString()),
                    .. ComplianceStatusBars.Order.Select(s => c.CountOf(s) is var n && n > 0 ? new ReportCell(Number(n), ComplianceColours.Of(s)) : new ReportCell("0")),
                    new(Number(overdue), overdue > 0 ? ComplianceColours.Of(ComplianceStatus.NotMet) : null),
                    new(Number(c.StatusUpdates.Count)),
                ];
                return row;
            }));
    }

    /// <summary>An implementation report's overall counts: one row per status, coloured.</summary>
    /// <param name="report">The report.</param>
    /// <param name="caption">The caption, or null for the table's title in <paramref name="culture"/>.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ReportTable StatusCounts(ImplementationReport report, string? caption = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(report);
        return CountsTable(ImplementationStatusBars.Overall(report, culture: culture), caption ?? ReportText.Get("Caption.StatusCounts", culture), culture);
    }

    private static ReportTable CountsTable(StatusBar bar, string caption, CultureInfo? culture) =>
        new(caption, [ReportText.Column("status", culture), ReportText.Column("targets", culture)], bar.Counts.Select(c => new ReportCell[] { new(c.Status, c.Colour), new(Number(c.Count)) }));

    private static string StatusSummary(IEnumerable<ComplianceStatus> statuses, CultureInfo? culture)
    {
        var counts = statuses.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        return counts.Count == 0
            ? ReportText.Get("Text.None", culture)
            : string.Join(", ", ComplianceStatusBars.Order.Where(counts.ContainsKey).Select(s => $"{ReportText.Of(s, culture)} {Number(counts[s])}"));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    // The metric is curated English: a Chinese page leaves it out, since the quote (原文) beside it is the source's own words.
    private static T[] Metric<T>(T cell, CultureInfo? culture) => ReportText.IsChinese(culture) ? [] : [cell];
}
