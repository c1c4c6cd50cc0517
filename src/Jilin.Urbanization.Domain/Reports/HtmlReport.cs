using System.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Reports;

/// <summary>
/// A self-contained HTML5 page a supervision office opens in any browser: inline CSS, charts inline as SVG, tables
/// with statuses shown by colour, UTF-8, no script and no external resource. Built from
/// <see cref="ReportSection"/>s, so new kinds of report add sections (<see cref="WithSection"/>) rather than HTML.
/// </summary>
public sealed class HtmlReport
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>For JSON (<c>DomainJson</c>): the lists as the properties hold them, checked as by the public constructor.</summary>
    [JsonConstructor]
    internal HtmlReport(string title, ValueList<ReportSection> sections, string? subtitle)
        : this(title, (IEnumerable<ReportSection>)sections, subtitle)
    {
    }

    /// <summary>Creates a report.</summary>
    /// <param name="title">The page title.</param>
    /// <param name="sections">The sections, in order, or null for none yet.</param>
    /// <param name="subtitle">A line under the title, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or whitespace, or <paramref name="title"/> or <paramref name="subtitle"/> holds a lone surrogate.</exception>
    /// <exception cref="ArgumentNullException">An item of <paramref name="sections"/> is null.</exception>
    public HtmlReport(string title, IEnumerable<ReportSection>? sections = null, string? subtitle = null)
    {
        Title = Guard.Against.NullOrWhiteSpace(title);
        Data.UserText.RequireRoundTrip(title, nameof(title));
        Sections = (sections ?? []).Select(s => Guard.Against.Null(s, nameof(sections))).ToValueList();
        Subtitle = Data.UserText.RequireRoundTrip(subtitle, nameof(subtitle));
    }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>The line under the title, or null.</summary>
    public string? Subtitle { get; }

    /// <summary>The sections, in order.</summary>
    public ValueList<ReportSection> Sections { get; }

    /// <summary>
    /// The standard compliance report: the counts by status, compliance by document and by lead department (牵头部门),
    /// the results, the overdue and unreported targets, the deadline timeline, the department workload and the measures
    /// that carry the reported targets.
    /// </summary>
    /// <param name="catalog">The catalog the report's targets belong to.</param>
    /// <param name="report">The evaluated report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="report"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A target of the report is not in <paramref name="catalog"/>.</exception>
    public static HtmlReport ForCompliance(PolicyCatalog catalog, ComplianceReport report)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(report);
        var asOf = LocalDatePattern.Iso.Format(report.AsOf);
        var overdue = report.Overdue;
        var unreported = report.Unreported.Select(catalog.GetTarget).ToList();
        var reportedMeasures = report.Results
            .Select(r => catalog.GetTarget(r.TargetId).MeasureId)
            .Distinct()
            .Select(catalog.GetMeasure)
            .ToList();
        return new HtmlReport(
            $"Compliance report as of {asOf} (目标指标完成情况)",
            [
                new ReportSection(
                    "Summary (概况)",
                    [report.ToString(), $"{catalog.Targets.Count} targets in {catalog.Documents.Count} documents; {report.Results.Count} reported on."],
                    [StatusChart.Render([ComplianceStatusBars.Overall(report), .. ComplianceStatusBars.ByDocument(catalog, report)], "Compliance status (完成情况)")],
                    [ReportTables.StatusCounts(report)]),
                new ReportSection(
                    "By lead department (按牵头部门)",
                    ["Each target counts under the department that leads its measure (牵头部门); measures with no single lead are counted apart."],
                    [StatusChart.Render(ComplianceStatusBars.ByLeadDepartment(catalog, report), "Compliance status by lead department")]),
                new ReportSection("Results (评估结果)", tables: [ReportTables.ComplianceResults(report)]),
                new ReportSection(
                    "Overdue and unreported (逾期与未报告)",
                    [$"{overdue.Count} overdue: past the deadline and not met, unreported ones included. {unreported.Count} unreported."],
                    tables: [ReportTables.Targets(overdue, "Overdue targets"), ReportTables.Targets(unreported, "Unreported targets")]),
                new ReportSection("Target deadlines (目标时间表)", charts: [DeadlineTimeline.Render(catalog)]),
                new ReportSection(
                    "Department workload (部门任务量)",
                    charts: [DepartmentWorkloadChart.Render(catalog)],
                    tables: [ReportTables.Workloads(catalog.RankDepartments())]),
                new ReportSection("Measures reported on (相关措施)", tables: [ReportTables.Measures(reportedMeasures, "Measures that carry the reported targets")]),
            ],
            $"{string.Join(" · ", catalog.Documents.Select(d => $"《{d.Title}》"))}");
    }

    /// <summary>
    /// The implementation-tracking report (实施进展): titled with the day and the scope; the overall counts by status,
    /// the overdue targets printed completely, compliance by department (targets of the measures it leads, 牵头, and of
    /// those it shares) and by county (县(市)) as charts and tables, the deadline timeline of the targets in scope and
    /// the department workload. Unreported targets and results are counted, in grey.
    /// </summary>
    /// <param name="report">The report (<see cref="ImplementationTracker.Report(TrackingScope, NodaTime.LocalDate)"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static HtmlReport ForImplementation(ImplementationReport report)
    {
        Guard.Against.Null(report);
        var catalog = report.Scope.Catalog;
        var subjects = ImplementationTracker.DirectoryFor(catalog);
        var asOf = LocalDatePattern.Iso.Format(report.AsOf);
        var overdue = report.Overdue;
        var led = ImplementationStatusBars.LedByDepartment(report);
        var shared = ImplementationStatusBars.SharedByDepartment(report);
        var counties = ImplementationStatusBars.ByCounty(report);
        var documents = report.Scope.Documents.Count == 0
            ? catalog.Documents
            : catalog.Documents.Where(d => report.Scope.Documents.Contains(d.Id)).ToValueList();
        return new HtmlReport(
            $"Implementation report as of {asOf} (实施进展), scope: {report.Scope}",
            [
                new ReportSection(
                    "Summary (概况)",
                    [report.ToString()],
                    [StatusChart.Render([ImplementationStatusBars.Overall(report)], "Targets by status (目标完成情况)")],
                    [ReportTables.StatusCounts(report)]),
                new ReportSection(
                    "Overdue targets (逾期目标)",
                    [$"{overdue.Count} overdue: past the deadline and not met (or not reported) by some subject."],
                    tables: [ReportTables.TargetRollups(overdue, subjects, "Overdue targets (逾期目标)")]),
                new ReportSection(
                    "By department (按部门)",
                    ["A target counts under each department of its measure: as led where the department leads the measure (牵头), as shared otherwise."],
                    [
                        StatusChart.Render(led, "Targets of the measures each department leads (牵头)"),
                        StatusChart.Render(shared, "Targets of the measures each department shares"),
                    ],
                    [ReportTables.DepartmentProgress(report.Departments)]),
                new ReportSection(
                    "By county (按县(市))",
                    ["Each county's results on the targets that bind every county; unreported results in grey."],
                    [StatusChart.Render(counties, "Targets binding each county, by county (县(市))")],
                    [ReportTables.CountyProgress(report.Counties)]),
                new ReportSection("Target deadlines (目标时间表)", charts: [DeadlineTimeline.Render(report.Targets.Select(t => t.Target))]),
                new ReportSection(
                    "Department workload (部门任务量)",
                    charts: [DepartmentWorkloadChart.Render(catalog, documentId: documents.Count == 1 ? documents[0].Id : null)]),
                new ReportSection("All targets (全部目标)", tables: [ReportTables.TargetRollups(report.Targets, subjects)]),
            ],
            string.Join(" · ", documents.Select(d => $"《{d.Title}》")));
    }

    /// <summary>A report like this one with <paramref name="section"/> added at the end.</summary>
    /// <param name="section">The section to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="section"/> is null.</exception>
    public HtmlReport WithSection(ReportSection section)
    {
        Guard.Against.Null(section);
        return new HtmlReport(Title, Sections.Append(section), Subtitle);
    }

    /// <summary>The whole page: HTML5, UTF-8, inline CSS and SVG, no script, no external resource.</summary>
    public string ToHtml() => HtmlWriter.Page(this);

    /// <summary>Saves the page as UTF-8 (no byte-order mark).</summary>
    /// <param name="path">The file to create or overwrite (.html by convention).</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public string Save(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        File.WriteAllText(full, ToHtml(), Utf8NoBom);
        return full;
    }

    /// <summary>Saves the page as UTF-8 (no byte-order mark), asynchronously.</summary>
    /// <param name="path">The file to create or overwrite (.html by convention).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<string> SaveAsync(string path, CancellationToken cancellationToken = default) =>
        AsyncStreams.SaveAsync(path, WriteAsync, cancellationToken);

    /// <summary>Writes the page to a stream as UTF-8 (no byte-order mark); the stream is left open.</summary>
    /// <param name="stream">A writable stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        AsyncStreams.Writable(stream);
        return AsyncStreams.WriteAsync(stream, buffer => buffer.Write(Utf8NoBom.GetBytes(ToHtml())), cancellationToken);
    }

    /// <summary>Readable form: title and section headings.</summary>
    public override string ToString() => $"{Title}: {string.Join("; ", Sections.Select(s => s.Heading))}";
}
