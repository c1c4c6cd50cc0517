using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Queries;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using Microsoft.DotNet.Interactive.Formatting;

namespace Jilin.Urbanization.Domain.Interactive;

/// <summary>
/// The notebook's HTML display of the model: every formatter renders with the main library's
/// <see cref="ReportTables"/>, <see cref="ReportSection"/> and charts, so a notebook shows what an
/// <see cref="HtmlReport"/> shows (Chinese text, English labels marked unofficial, ids, status by colour).
/// </summary>
public static class NotebookFormatters
{
    /// <summary>The media type the formatters write.</summary>
    public const string MimeType = "text/html";

    /// <summary>
    /// Registers HTML formatters for measures, departments, department workloads, targets, evaluations, queries,
    /// compliance reports, implementation reports and their target, department and county sections, charts, report
    /// tables, sections and reports (and sequences of the model's types).
    /// Idempotent: registering again replaces the same formatters.
    /// </summary>
    public static void Register()
    {
        Html<SvgChart>(c => c.Markup);
        Html<ReportTable>(t => t.ToHtml());
        Html<ReportSection>(s => s.ToHtml());
        Html<HtmlReport>(r => string.Concat(r.Sections.Select(s => s.ToHtml())));

        Html<Measure>(m => ReportTables.Measures([m], $"Measure {m.Id}").ToHtml() + ReportTables.Targets(m.Targets, "Its targets").ToHtml());
        Html<MeasureQuery>(q => ReportTables.Measures(q, q.ToString()).ToHtml());
        Html<IEnumerable<Measure>>(ms => ReportTables.Measures(ms).ToHtml());

        Html<Department>(d => ReportTables.Departments([d], $"Department {d.Id}").ToHtml());
        Html<IEnumerable<Department>>(ds => ReportTables.Departments(ds).ToHtml());
        Html<DepartmentWorkload>(w => ReportTables.Workloads([w]).ToHtml());
        Html<IEnumerable<DepartmentWorkload>>(ws =>
        {
            var list = ws.ToList();
            return DepartmentWorkloadChart.Render(list).Markup + ReportTables.Workloads(list).ToHtml();
        });

        Html<TargetIndicator>(t => ReportTables.Targets([t], $"Target {t.Id}").ToHtml());
        Html<IEnumerable<TargetIndicator>>(ts =>
        {
            var list = ts.ToList();
            return DeadlineTimeline.Render(list).Markup + ReportTables.Targets(list).ToHtml();
        });

        Html<TargetEvaluation>(e => ReportTables.Evaluations([e], $"{e.TargetId}: {e.Status}").ToHtml());
        Html<IEnumerable<TargetEvaluation>>(es => ReportTables.Evaluations(es).ToHtml());
        Html<ComplianceReport>(r => new ReportSection(
            r.ToString(),
            charts: [StatusChart.Render([ComplianceStatusBars.Overall(r)], "Compliance status (完成情况)")],
            tables: [ReportTables.StatusCounts(r), ReportTables.ComplianceResults(r)]).ToHtml());

        Html<ImplementationReport>(r => string.Concat(HtmlReport.ForImplementation(r).Sections.Take(4).Select(s => s.ToHtml())));
        Html<TargetRollup>(t => ReportTables.TargetRollups([t], caption: $"{t.Target.Id}: {t.Status}").ToHtml());
        Html<DepartmentProgress>(d => new ReportSection(
            d.ToString(),
            charts: [StatusChart.Render(ImplementationStatusBars.ForDepartment(d), $"{d.Department.Name}: targets of the measures it leads (牵头) and shares")],
            tables: [ReportTables.DepartmentProgress([d])]).ToHtml());
        Html<IEnumerable<DepartmentProgress>>(ds => ReportTables.DepartmentProgress(ds).ToHtml());
        Html<CountyProgress>(c => ReportTables.CountyProgress([c], c.ToString()).ToHtml());
        Html<IEnumerable<CountyProgress>>(cs => ReportTables.CountyProgress(cs).ToHtml());
    }

    private static void Html<T>(Func<T, string> render) =>
        Formatter.Register<T>((value, writer) => writer.Write(render(value)), MimeType);
}
