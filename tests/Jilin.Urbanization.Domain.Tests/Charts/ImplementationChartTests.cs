using Jilin.Urbanization.Domain.Labels;
using System.Xml.Linq;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Charts;

public class ImplementationChartTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    private const string Observations = """
        target,subject,value,unit,observedOn,source,note
        jilin-2022-county-urbanization/43/t1,梅河口市,1,所,2022-12-20,梅河口市民政局报送,
        jilin-2022-county-urbanization/43/t1,珲春市,0,所,2022-12-15,珲春市民政局报送,
        jilin-2022-county-urbanization/43/t1,前郭县,1,所,2023-02-01,前郭县民政局报送,
        """;

    private const string Statuses = """
        measure;reporter;status;reportedOn;narrative;source
        jilin-2022-county-urbanization/26;省住房和城乡建设厅;推进中;2025-09-30;"<b>12</b> 座 & 310 公里";住建厅
        """;

    internal static ImplementationReport SampleReport(bool onlyThe2022Document = false)
    {
        var log = TrackingLogReader.ReadObservationsCsv(Catalog, new StringReader(Observations))
            .Merge(TrackingLogReader.ReadStatusUpdatesCsv(Catalog, new StringReader(Statuses)));
        var tracker = new ImplementationTracker(Catalog, log);
        var scope = onlyThe2022Document ? tracker.Scope().InDocument(DocumentId.CountyUrbanization2022) : tracker.Scope();
        return tracker.Report(scope, new LocalDate(2025, 12, 31));
    }

    [Fact]
    public void Overall_bar_counts_every_target_once_by_its_status()
    {
        var report = SampleReport();

        var bar = ImplementationStatusBars.Overall(report);

        bar.Total.Should().Be(report.Targets.Count);
        foreach (var status in Enum.GetValues<ComplianceStatus>())
        {
            bar.Counts.Single(c => c.Status == ReportText.Of(status)).Count.Should().Be(report.CountOf(status));
        }

        bar.Counts[^1].Should().Be(new StatusCount(ReportText.Of(ComplianceStatus.Unreported), report.CountOf(ComplianceStatus.Unreported), ComplianceColours.Unreported));
        report.CountOf(ComplianceStatus.Unreported).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Department_bars_are_one_per_department_with_targets_and_count_its_led_and_shared_targets()
    {
        var report = SampleReport();

        var led = ImplementationStatusBars.LedByDepartment(report);
        var shared = ImplementationStatusBars.SharedByDepartment(report);

        var leading = report.Departments.Where(d => d.LedTargets.Any()).ToList();
        led.Select(b => b.Label).Should().Equal(leading.Select(d => d.Department.Name));
        led.Select(b => b.Total).Should().Equal(leading.Select(d => d.LedTargets.Count()));
        shared.Select(b => b.Label).Should().Equal(report.Departments.Where(d => d.SharedTargets.Any()).Select(d => d.Department.Name));
        led.Sum(b => b.Counts.Single(c => c.Status == ReportText.Of(ComplianceStatus.Unreported)).Count)
            .Should().Be(leading.Sum(d => d.LedCount(ComplianceStatus.Unreported))).And.BeGreaterThan(0);

        var one = ImplementationStatusBars.ForDepartment(leading[0]);
        one.Should().HaveCount(2);
        one[0].Total.Should().Be(leading[0].LedTargets.Count());
        one[1].Total.Should().Be(leading[0].SharedTargets.Count());
    }

    [Fact]
    public void County_bars_are_one_per_county_and_count_unreported_results()
    {
        var report = SampleReport();

        var bars = ImplementationStatusBars.ByCounty(report);

        bars.Should().HaveCount(report.Counties.Count);
        bars.Select(b => b.Label).Should().OnlyHaveUniqueItems();
        var meihekou = report.County("梅河口");
        var bar = bars.Single(b => b.Label.StartsWith(meihekou.Division.Name, StringComparison.Ordinal) && b.Label.Contains(meihekou.Division.Code.ToString(), StringComparison.Ordinal));
        bar.Total.Should().Be(meihekou.Results.Count);
        bar.Counts.Single(c => c.Status == ReportText.Of(ComplianceStatus.Met)).Count.Should().Be(meihekou.CountOf(ComplianceStatus.Met)).And.BeGreaterThan(0);
        var silent = report.Counties.First(c => c.Results.All(r => r.Latest is null) && c.Results.Count > 0);
        bars.Single(b => b.Label.Contains(silent.Division.Code.ToString(), StringComparison.Ordinal))
            .Counts.Single(c => c.Status == ReportText.Of(ComplianceStatus.Unreported)).Count.Should().Be(silent.Results.Count);
    }

    [Fact]
    public void The_charts_of_the_implementation_report_are_well_formed_svg_with_one_bar_row_per_department_and_county()
    {
        var report = SampleReport(onlyThe2022Document: true);
        var html = HtmlReport.ForImplementation(report);

        var charts = html.Sections.SelectMany(s => s.Charts).ToList();
        charts.Should().HaveCount(6, "summary, led and shared by department, by county, deadlines, workload");
        foreach (var chart in charts)
        {
            var svg = XDocument.Parse(chart.Markup);
            svg.Root!.Name.LocalName.Should().Be("svg");
            chart.Markup.Should().NotContainEquivalentOf("<script");
        }

        var byCounty = html.Sections.Single(s => s.Heading.StartsWith("By county", StringComparison.Ordinal));
        byCounty.Charts[0].Marks.Should().Be(ImplementationStatusBars.ByCounty(report).Sum(b => b.Counts.Count(c => c.Count > 0)));
        byCounty.Tables[0].Rows.Should().HaveCount(report.Counties.Count);
        html.Sections.Single(s => s.Heading.StartsWith("By department", StringComparison.Ordinal)).Tables[0].Rows.Should().HaveCount(report.Departments.Count);
    }

    [Fact]
    public void The_implementation_report_is_titled_with_the_day_and_scope_and_prints_overdue_ranges_with_both_bounds()
    {
        var report = SampleReport();

        var html = HtmlReport.ForImplementation(report);
        var page = html.ToHtml();

        html.Title.Should().Contain("2025-12-31").And.EndWith("scope: all targets and measures", "the scope as people read it, from the resources");
        var overdue = html.Sections.Single(s => s.Heading.StartsWith("Overdue", StringComparison.Ordinal)).Tables.Single();
        overdue.Rows.Should().HaveCount(report.Overdue.Count);
        var range = overdue.Rows.Single(r => r[0].Text == "jilin-2021-urbanization-tasks/45/t1");
        range[3].Text.Should().Contain("3000-4000");
        range[2].Text.Should().Be(Catalog.GetTarget("jilin-2021-urbanization-tasks/45/t1").Quote, "the quote prints completely");
        page.Should().Contain("3000-4000").And.Contain(ComplianceColours.Unreported).And.NotContainEquivalentOf("<script");
    }

    [Fact]
    public void Report_tables_escape_text_and_name_subjects()
    {
        var report = SampleReport(onlyThe2022Document: true);
        var careHomes = report.Targets.Single(t => t.Target.Id.ToString() == "jilin-2022-county-urbanization/43/t1");

        var table = ReportTables.TargetRollups([careHomes], ImplementationTracker.DirectoryFor(Catalog));
        var withCodes = ReportTables.TargetRollups([careHomes]);

        table.Rows.Single()[7].Text.Should().Contain("珲春市");
        withCodes.Rows.Single()[7].Text.Should().Contain("222404").And.NotContain("珲春");
        var cell = new ReportTable("<caption & more>", ["a<b"], [[new ReportCell("<script>alert(1)</script>")]]).ToHtml();
        cell.Should().NotContain("<script>").And.Contain("&lt;script&gt;").And.Contain("&lt;caption &amp; more&gt;");
    }

    [Fact]
    public void Null_reports_are_refused()
    {
        FluentActions.Invoking(() => HtmlReport.ForImplementation(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ImplementationStatusBars.ByCounty(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ImplementationStatusBars.ForDepartment(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ReportTables.CountyProgress([null!])).Should().Throw<ArgumentNullException>();
    }
}
