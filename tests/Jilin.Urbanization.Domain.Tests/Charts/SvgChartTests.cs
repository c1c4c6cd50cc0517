using Jilin.Urbanization.Domain.Labels;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Queries;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Charts;

public class SvgChartTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Charts() => new() { "timeline", "workload", "status", "status-by-department" };

    private static SvgChart Make(string name) => name switch
    {
        "timeline" => DeadlineTimeline.Render(Catalog),
        "workload" => DepartmentWorkloadChart.Render(Catalog),
        "status" => StatusChart.Render([ComplianceStatusBars.Overall(SampleReport())], "status"),
        "status-by-department" => StatusChart.Render(ComplianceStatusBars.ByLeadDepartment(Catalog, SampleReport()), "by department"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    internal static ComplianceReport SampleReport()
    {
        var csv = "indicator,value,unit,observedOn\n"
                  + "jilin-2022-county-urbanization/68/t1,0.81,fraction,2025-12-01\n"
                  + string.Join('\n', Catalog.Targets.Where(t => t.Unit.Symbol == "%").Skip(1).Take(6).Select((t, i) => $"{t.Id},{15 + (i * 15)},%,2025-06-30"));
        return ProgressReport.ReadCsv(new StringReader(csv), Catalog).Evaluate(Catalog, new LocalDate(2026, 1, 1));
    }

    private static List<XElement> Marks(SvgChart chart) =>
        XDocument.Parse(chart.Markup).Descendants().Where(e => (string?)e.Attribute("class") == "mark").ToList();

    [Theory]
    [MemberData(nameof(Charts))]
    public void A_chart_is_well_formed_svg_without_script_or_outside_reference(string name)
    {
        var chart = Make(name);

        var document = XDocument.Parse(chart.Markup);
        document.Root!.Name.Should().Be(Svg + "svg");
        chart.Markup.Should().NotContainEquivalentOf("<script").And.NotContainEquivalentOf("javascript:").And.NotContain("href");
        Regex.Matches(chart.Markup, "https?://[^\"' ]*").Select(m => m.Value).Distinct().Should().Equal("http://www.w3.org/2000/svg");
        chart.Marks.Should().Be(Marks(chart).Count).And.BePositive();
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void A_chart_is_the_same_text_every_time(string name) => Make(name).Should().Be(Make(name));

    [Fact]
    public void The_timeline_has_one_mark_per_target_with_a_deadline_labelled_with_its_id_and_metric()
    {
        var chart = DeadlineTimeline.Render(Catalog);
        var dated = Catalog.Targets.Where(t => t.Deadline is not null).ToList();

        Marks(chart).Should().HaveCount(dated.Count);
        var titles = Marks(chart).Select(m => m.Element(Svg + "title")!.Value).ToList();
        foreach (var target in dated)
        {
            titles.Should().Contain(t => t.StartsWith(target.Id + " — " + target.Metric, StringComparison.Ordinal));
        }

        XDocument.Parse(chart.Markup).Descendants(Svg + "text").Select(t => t.Value)
            .Should().Contain(t => t.Contains(dated[0].Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void The_workload_chart_draws_led_and_shared_apart_per_department()
    {
        var workloads = new[]
        {
            new DepartmentWorkload(Catalog.Departments.All[0], 3, 5),
            new DepartmentWorkload(Catalog.Departments.All[1], 0, 2),
        };

        var marks = Marks(DepartmentWorkloadChart.Render(workloads)).Select(m => m.Element(Svg + "title")!.Value).ToList();

        marks.Should().Equal(
            $"{workloads[0].Department.Name}: {ReportText.Get("Chart.Led", null)} 3",
            $"{workloads[0].Department.Name}: {ReportText.Get("Chart.Shared", null)} 2",
            $"{workloads[1].Department.Name}: {ReportText.Get("Chart.Shared", null)} 2");
        FluentActions.Invoking(() => DepartmentWorkloadChart.Render([new DepartmentWorkload(Catalog.Departments.All[0], 3, 1)]))
            .Should().Throw<ArgumentException>().WithMessage("*leads 3*involved in 1*");
    }

    [Fact]
    public void The_status_chart_draws_one_mark_per_nonzero_count_and_escapes_every_text()
    {
        var bars = new[]
        {
            new StatusBar("A <b> & \"C\" 吉林", [new StatusCount("done <&>", 2, "#2e7d32"), new StatusCount("late", 0, "red"), new StatusCount("open", 1, "#abc")]),
            new StatusBar("county\u0001 \ud800", [new StatusCount("done <&>", 4, "#2e7d32")]),
        };

        var chart = StatusChart.Render(bars, "title with </svg> & \"quotes\"");

        var document = XDocument.Parse(chart.Markup);
        Marks(chart).Should().HaveCount(3);
        document.Root!.Element(Svg + "title")!.Value.Should().Be("title with </svg> & \"quotes\"");
        document.Descendants(Svg + "text").Select(t => t.Value).Should().Contain(["A <b> & \"C\" 吉林", "done <&>", "county\uFFFD \uFFFD"]);
        chart.Markup.Should().NotContain("<b>").And.NotContain("</svg> &");
    }

    [Fact]
    public void The_status_chart_says_so_when_there_is_nothing_to_draw()
    {
        var chart = StatusChart.Render([], "empty");

        chart.Marks.Should().Be(0);
        chart.Markup.Should().Contain("No data");
        XDocument.Parse(chart.Markup).Root!.Name.LocalName.Should().Be("svg");
    }

    [Theory]
    [InlineData("url(http://x)")]
    [InlineData("#12345")]
    [InlineData("red;background:blue")]
    [InlineData("\"/><script>")]
    public void A_status_colour_that_is_not_a_plain_colour_is_refused(string colour) =>
        FluentActions.Invoking(() => new StatusCount("x", 1, colour)).Should().Throw<ArgumentException>().WithParameterName("Colour");

    [Fact]
    public void Counts_that_overflow_a_bar_are_refused()
    {
        FluentActions.Invoking(() => new StatusBar("x", [new StatusCount("a", int.MaxValue, "red"), new StatusCount("b", 1, "red")]))
            .Should().Throw<ArgumentException>().WithParameterName("counts");
        FluentActions.Invoking(() => new StatusCount("a", -1, "red")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Compliance_bars_count_every_result_and_every_unreported_target_once()
    {
        var report = SampleReport();

        var overall = ComplianceStatusBars.Overall(report);
        var byDepartment = ComplianceStatusBars.ByLeadDepartment(Catalog, report);
        var byDocument = ComplianceStatusBars.ByDocument(Catalog, report);

        overall.Total.Should().Be(report.Results.Count + report.Unreported.Count).And.Be(Catalog.Targets.Count);
        byDepartment.Sum(b => b.Total).Should().Be(overall.Total);
        byDocument.Sum(b => b.Total).Should().Be(overall.Total);
        overall.Counts.Select(c => c.Status).Should().OnlyHaveUniqueItems().And.HaveCount(Enum.GetValues<ComplianceStatus>().Length);
        foreach (var status in Enum.GetValues<ComplianceStatus>())
        {
            // A ComplianceReport keeps unreported targets apart from its results; each counts once, as Unreported.
            var expected = status == ComplianceStatus.Unreported ? report.Unreported.Count : report.CountOf(status);
            overall.Counts.Single(c => c.Status == ReportText.Of(status)).Count.Should().Be(expected);
            byDepartment.Sum(b => b.Counts.Single(c => c.Status == ReportText.Of(status)).Count).Should().Be(expected);
        }

        report.Unreported.Should().NotBeEmpty("the sample must exercise the unreported count");

        ComplianceStatusBars.ByLeadDepartment(Catalog, report, includeUnreported: false).Sum(b => b.Total).Should().Be(report.Results.Count);
    }

    [Fact]
    public void A_saved_chart_is_an_svg_file_in_utf8()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chart-{Guid.NewGuid():N}.svg");
        try
        {
            var chart = DepartmentWorkloadChart.Render(Catalog, top: 3);
            chart.Save(path).Should().Be(path);
            var bytes = File.ReadAllBytes(path);
            bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
            XDocument.Load(path).Root!.Name.Should().Be(Svg + "svg");
            File.ReadAllText(path).Should().Contain(Catalog.RankDepartments()[0].Department.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
