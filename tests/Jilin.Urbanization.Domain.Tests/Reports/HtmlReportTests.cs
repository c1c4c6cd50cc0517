using Jilin.Urbanization.Domain.Labels;
using System.Text;
using System.Text.RegularExpressions;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Tests.Charts;

namespace Jilin.Urbanization.Domain.Tests.Reports;

public class HtmlReportTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Fact]
    public void The_compliance_page_is_self_contained_utf8_html_with_its_charts_inline()
    {
        var report = SvgChartTests.SampleReport();

        var html = HtmlReport.ForCompliance(Catalog, report).ToHtml();

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<meta charset=\"utf-8\">");
        html.Should().NotContainEquivalentOf("<script").And.NotContainEquivalentOf("<link").And.NotContainEquivalentOf("src=")
            .And.NotContainEquivalentOf("@import").And.NotContainEquivalentOf("url(");
        Regex.Matches(html, "https?://[^\"' ]*").Select(m => m.Value).Distinct().Should().Equal("http://www.w3.org/2000/svg");
        Regex.Count(html, "<svg ").Should().Be(4, "status overall and per document, status per lead department, the timeline, the workload");
        html.Should().Contain("As of 2026-01-01: ").And.Contain(Catalog.Documents[0].Title);
    }

    [Fact]
    public void The_compliance_page_colours_each_result_by_its_status_and_lists_every_overdue_and_unreported_target()
    {
        var report = SvgChartTests.SampleReport();

        var html = HtmlReport.ForCompliance(Catalog, report).ToHtml();

        foreach (var result in report.Results)
        {
            Regex.IsMatch(html, $"<td[^>]*>{Regex.Escape(result.TargetId.ToString())}</td><td style=\"[^\"]*background:{ComplianceColours.Of(result.Status)};[^\"]*\">{Regex.Escape(ReportText.Of(result.Status))}</td>")
                .Should().BeTrue($"the result of {result.TargetId} is shown in the colour of {result.Status}");
        }

        foreach (var id in report.Overdue.Select(t => t.Id).Concat(report.Unreported))
        {
            html.Should().Contain($">{id}</td>");
        }
    }

    [Fact]
    public void Every_text_of_a_section_is_escaped()
    {
        var table = new ReportTable("<caption>", ["a&b"], [[new ReportCell("<script>alert(1)</script>", "red")]]);
        var report = new HtmlReport("T <i>", subtitle: "\"sub\"").WithSection(new ReportSection("H & <h>", ["<p>x</p>"], tables: [table]));

        var html = report.ToHtml();

        html.Should().NotContain("<script>").And.NotContain("<i>").And.NotContain("<h>").And.NotContain("<p>x");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("T &lt;i&gt;").And.Contain("&quot;sub&quot;").And.Contain("a&amp;b");
    }

    [Fact]
    public void Sections_keep_their_order_and_a_report_with_a_new_section_leaves_the_old_one_unchanged()
    {
        var first = new HtmlReport("Report", [new ReportSection("One")]);

        var second = first.WithSection(new ReportSection("Two", charts: [DepartmentWorkloadChart.Render(Catalog, top: 2)]));

        first.Sections.Select(s => s.Heading).Should().Equal("One");
        second.Sections.Select(s => s.Heading).Should().Equal("One", "Two");
        var html = second.ToHtml();
        html.IndexOf("One</h2>", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("Two</h2>", StringComparison.Ordinal));
        html.Should().Contain("<figure>\n<svg ");
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused()
    {
        FluentActions.Invoking(() => new ReportTable("t", ["a", "b"], [[new ReportCell("1")]]))
            .Should().Throw<ArgumentException>().WithMessage("Row 1 has 1 cells; the table has 2 columns.*");
        FluentActions.Invoking(() => new ReportTable("t", [], []))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ReportCell("x", "javascript:alert(1)"))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task Save_and_WriteAsync_write_the_same_utf8_page_without_byte_order_mark()
    {
        var report = HtmlReport.ForCompliance(Catalog, SvgChartTests.SampleReport());
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.html");
        try
        {
            report.Save(path).Should().Be(path);
            using var stream = new MemoryStream();
            await report.WriteAsync(stream);

            var saved = await File.ReadAllBytesAsync(path);
            saved.Should().Equal(stream.ToArray());
            saved.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
            new UTF8Encoding(false, true).GetString(saved).Should().Be(report.ToHtml());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task WriteAsync_honours_cancellation_and_refuses_a_read_only_stream()
    {
        var report = new HtmlReport("x");
        using var readOnly = new MemoryStream([], writable: false);

        await FluentActions.Awaiting(() => report.WriteAsync(readOnly)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => report.WriteAsync(new MemoryStream(), new CancellationToken(canceled: true)))
            .Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Model_tables_show_chinese_english_ids_and_colours()
    {
        var measure = Catalog.GetMeasure("jilin-2022-county-urbanization/68");
        var measures = ReportTables.Measures([measure]);
        var departments = ReportTables.Departments([measure.Responsibility.Lead!]);
        var targets = ReportTables.Targets(measure.Targets);

        measures.Rows[0].Select(c => c.Text).Should().Contain([measure.Id.ToString(), measure.Text, measure.Responsibility.Lead!.Name, measure.Responsibility.Lead.EnglishName]);
        departments.Rows[0].Select(c => c.Text).Should().Contain([measure.Responsibility.Lead.Id.ToString(), measure.Responsibility.Lead.EnglishName]);
        departments.Columns.Should().Contain(ReportText.Column("unofficialEnglishName"));
        targets.Rows.Should().HaveCount(measure.Targets.Count);
        targets.Rows[0][^1].Colour.Should().Be(ComplianceColours.Of(measure.Targets[0].Commitment));
        measures.ToHtml().Should().StartWith("<table").And.Contain(measure.Text);
    }
}
