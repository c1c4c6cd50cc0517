using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Labels;
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
    internal HtmlReport(string title, ValueList<ReportSection> sections, string? subtitle, string language)
        : this(title, (IEnumerable<ReportSection>)sections, subtitle, CultureInfo.GetCultureInfo(Guard.Against.Null(language)))
    {
    }

    /// <summary>Creates a report.</summary>
    /// <param name="title">The page title.</param>
    /// <param name="sections">The sections, in order, or null for none yet.</param>
    /// <param name="subtitle">A line under the title, or null.</param>
    /// <param name="culture">The language the report is written in (the page's <c>lang</c>, its notice and footer), or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or whitespace, or <paramref name="title"/> or <paramref name="subtitle"/> holds a lone surrogate.</exception>
    /// <exception cref="ArgumentNullException">An item of <paramref name="sections"/> is null.</exception>
    public HtmlReport(string title, IEnumerable<ReportSection>? sections = null, string? subtitle = null, CultureInfo? culture = null)
    {
        Title = Guard.Against.NullOrWhiteSpace(title);
        Data.UserText.RequireRoundTrip(title, nameof(title));
        Sections = (sections ?? []).Select(s => Guard.Against.Null(s, nameof(sections))).ToValueList();
        Subtitle = Data.UserText.RequireRoundTrip(subtitle, nameof(subtitle));
        Culture = ReportText.Resolve(culture);
    }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>The line under the title, or null.</summary>
    public string? Subtitle { get; }

    /// <summary>The sections, in order.</summary>
    public ValueList<ReportSection> Sections { get; }

    /// <summary>The name of the culture the report is written in (<c>zh-CN</c>, <c>en</c>; empty for the invariant culture).</summary>
    public string Language => Culture.Name;

    /// <summary>The culture the report is written in.</summary>
    [JsonIgnore]
    public CultureInfo Culture { get; }

    /// <summary>
    /// The standard compliance report: the counts by status, compliance by document and by lead department (牵头部门),
    /// the results, the overdue and unreported targets, the deadline timeline, the department workload and the measures
    /// that carry the reported targets; headings, labels and legends in <paramref name="culture"/>.
    /// </summary>
    /// <param name="catalog">The catalog the report's targets belong to.</param>
    /// <param name="report">The evaluated report.</param>
    /// <param name="culture">The language, or null for <see cref="CultureInfo.CurrentUICulture"/> (see <see cref="ReportText"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="report"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A target of the report is not in <paramref name="catalog"/>.</exception>
    public static HtmlReport ForCompliance(PolicyCatalog catalog, ComplianceReport report, CultureInfo? culture = null)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(report);
        culture = ReportText.Resolve(culture);
        var asOf = LocalDatePattern.Iso.Format(report.AsOf);
        var overdue = report.Overdue;
        var unreported = report.Unreported.Select(catalog.GetTarget).ToList();
        var reportedMeasures = report.Results
            .Select(r => catalog.GetTarget(r.TargetId).MeasureId)
            .Distinct()
            .Select(catalog.GetMeasure)
            .ToList();
        string T(string key) => ReportText.Get(key, culture);
        return new HtmlReport(
            ReportText.Format("Heading.ComplianceReport", culture, asOf),
            [
                new ReportSection(
                    T("Heading.Summary"),
                    [ReportSummary.Of(report, culture), ReportText.Format("Paragraph.Catalog", culture, catalog.Targets.Count, catalog.Documents.Count, report.Results.Count)],
                    [StatusChart.Render([ComplianceStatusBars.Overall(report, culture: culture), .. ComplianceStatusBars.ByDocument(catalog, report, culture: culture)], T("Chart.ComplianceStatus"))],
                    [ReportTables.StatusCounts(report, culture: culture)]),
                new ReportSection(
                    T("Heading.ByLeadDepartment"),
                    [T("Paragraph.ByLead")],
                    [StatusChart.Render(ComplianceStatusBars.ByLeadDepartment(catalog, report, culture: culture), T("Chart.ComplianceByLead"))]),
                new ReportSection(T("Heading.Results"), tables: [ReportTables.ComplianceResults(report, culture: culture)]),
                new ReportSection(
                    T("Heading.OverdueAndUnreported"),
                    [ReportText.Format("Paragraph.OverdueAndUnreported", culture, overdue.Count, unreported.Count)],
                    tables: [ReportTables.Targets(overdue, T("Caption.Overdue"), culture), ReportTables.Targets(unreported, T("Caption.Unreported"), culture)]),
                new ReportSection(T("Heading.Deadlines"), charts: [DeadlineTimeline.Render(catalog, culture)]),
                new ReportSection(
                    T("Heading.Workload"),
                    charts: [DepartmentWorkloadChart.Render(catalog, culture: culture)],
                    tables: [ReportTables.Workloads(catalog.RankDepartments(), culture: culture)]),
                new ReportSection(T("Heading.MeasuresReportedOn"), tables: [ReportTables.Measures(reportedMeasures, T("Caption.Measures"), culture)]),
            ],
            $"{string.Join(" · ", catalog.Documents.Select(d => $"《{d.Title}》"))}",
            culture);
    }

    /// <summary>
    /// The implementation-tracking report (实施进展): titled with the day and the scope; the overall counts by status,
    /// the overdue targets printed completely, compliance by department (targets of the measures it leads, 牵头, and of
    /// those it shares) and by county (县(市), by name with the code beside it) as charts and tables, the deadline
    /// timeline of the targets in scope and the department workload; headings, labels and legends in
    /// <paramref name="culture"/>. Unreported targets and results are counted, in grey.
    /// </summary>
    /// <param name="report">The report (<see cref="ImplementationTracker.Report(TrackingScope, NodaTime.LocalDate)"/>).</param>
    /// <param name="culture">The language, or null for <see cref="CultureInfo.CurrentUICulture"/> (see <see cref="ReportText"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static HtmlReport ForImplementation(ImplementationReport report, CultureInfo? culture = null)
    {
        Guard.Against.Null(report);
        culture = ReportText.Resolve(culture);
        var catalog = report.Scope.Catalog;
        var subjects = ImplementationTracker.DirectoryFor(catalog);
        var asOf = LocalDatePattern.Iso.Format(report.AsOf);
        var overdue = report.Overdue;
        var led = ImplementationStatusBars.LedByDepartment(report, culture);
        var shared = ImplementationStatusBars.SharedByDepartment(report, culture);
        var counties = ImplementationStatusBars.ByCounty(report, culture);
        var documents = report.Scope.Documents.Count == 0
            ? catalog.Documents
            : catalog.Documents.Where(d => report.Scope.Documents.Contains(d.Id)).ToValueList();
        string T(string key) => ReportText.Get(key, culture);
        return new HtmlReport(
            ReportText.Format("Heading.ImplementationReport", culture, asOf, ReportSummary.Of(report.Scope, culture)),
            [
                new ReportSection(
                    T("Heading.Summary"),
                    [ReportSummary.Of(report, culture)],
                    [StatusChart.Render([ImplementationStatusBars.Overall(report, culture: culture)], T("Chart.TargetsByStatus"))],
                    [ReportTables.StatusCounts(report, culture: culture)]),
                new ReportSection(
                    T("Heading.Overdue"),
                    [ReportText.Format("Paragraph.Overdue", culture, overdue.Count)],
                    tables: [ReportTables.TargetRollups(overdue, subjects, T("Caption.Overdue"), culture)]),
                new ReportSection(
                    T("Heading.ByDepartment"),
                    [T("Paragraph.ByDepartment")],
                    [StatusChart.Render(led, T("Chart.LedByDepartment")), StatusChart.Render(shared, T("Chart.SharedByDepartment"))],
                    [ReportTables.DepartmentProgress(report.Departments, culture: culture)]),
                new ReportSection(
                    T("Heading.ByCounty"),
                    [T("Paragraph.ByCounty")],
                    [StatusChart.Render(counties, T("Chart.ByCounty"))],
                    [ReportTables.CountyProgress(report.Counties, culture: culture)]),
                new ReportSection(T("Heading.Deadlines"), charts: [DeadlineTimeline.Render(report.Targets.Select(t => t.Target), culture: culture)]),
                new ReportSection(
                    T("Heading.Workload"),
                    charts: [DepartmentWorkloadChart.Render(catalog, documentId: documents.Count == 1 ? documents[0].Id : null, culture: culture)]),
                new ReportSection(T("Heading.AllTargets"), tables: [ReportTables.TargetRollups(report.Targets, subjects, culture: culture)]),
            ],
            string.Join(" · ", documents.Select(d => $"《{d.Title}》")),
            culture);
    }

    /// <summary>A report like this one with <paramref name="section"/> added at the end.</summary>
    /// <param name="section">The section to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="section"/> is null.</exception>
    public HtmlReport WithSection(ReportSection section)
    {
        Guard.Against.Null(section);
        return new HtmlReport(Title, Sections.Append(section), Subtitle, Culture);
    }

    /// <summary>The whole page: HTML5, UTF-8, inline CSS and SVG, no script, no external resource.</summary>
    public string ToHtml() => HtmlWriter.Page(this, Culture);

    /// <summary>
    /// Saves the report: <c>.xlsx</c> as a workbook with a sheet per table, through <c>Jilin.Urbanization.Domain.Excel</c>;
    /// any other name (<c>.html</c> by convention) as the page, UTF-8 without a byte-order mark.
    /// </summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace.</exception>
    /// <exception cref="NotSupportedException">The extension is .xlsx and no writer is registered; the message names the package.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public string Save(string path)
    {
        var format = FormatOf(path);
        var full = Path.GetFullPath(path);
        using var file = File.Create(full);
        Write(file, format);
        return full;
    }

    /// <summary>
    /// Writes the report in <paramref name="format"/>: <see cref="ExportFormat.Html"/> the page, <see cref="ExportFormat.Xlsx"/>
    /// every table of every section (one sheet each) through the registered writer (<see cref="TableFormatWriters"/>).
    /// </summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="format">The format: HTML or XLSX (CSV, JSON and Markdown hold one table: export the tables themselves).</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written, or <paramref name="format"/> is not HTML or XLSX.</exception>
    /// <exception cref="NotSupportedException"><paramref name="format"/> is XLSX and no writer is registered; the message names the package.</exception>
    public void Write(Stream stream, ExportFormat format)
    {
        AsyncStreams.Writable(stream);
        switch (format)
        {
            case ExportFormat.Html:
                stream.Write(Utf8NoBom.GetBytes(ToHtml()));
                break;
            case ExportFormat.Xlsx:
                TableFormatWriters.Write(stream, format, Sections.SelectMany(s => s.Tables).ToList(), Culture);
                break;
            default:
                throw new ArgumentException($"A report is written as {ExportFormat.Html} or {ExportFormat.Xlsx}, not {format}; a single table writes every format (ExportTable.Write).", nameof(format));
        }
    }

    /// <summary>Saves the page as UTF-8 (no byte-order mark), asynchronously, whatever the extension.</summary>
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

    private static ExportFormat FormatOf(string path) =>
        Path.GetExtension(Guard.Against.NullOrWhiteSpace(path)).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Xlsx : ExportFormat.Html;

    /// <summary>Readable form: title and section headings.</summary>
    public override string ToString() => $"{Title}: {string.Join("; ", Sections.Select(s => s.Heading))}";
}
