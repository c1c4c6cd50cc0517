using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Export;

// One class: the writer registry is process-wide, so the tests that read or change it run one after the other.
public class ExportFormatTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly ImplementationReport Report = new ImplementationTracker(Policies, TrackingLog.Empty)
        .Record(Figure(CareHomes, Meihekou, 1m, Unit.Institution, Day(2022, 11, 30), "梅河口市民政局"))
        .Record(Figure(CareHomes, Tongyu, 0m, Unit.Institution, Day(2022, 12, 31)))
        .Record(new StatusUpdate(WaterSupply, Housing, Day(2022, 12, 31), MeasureStatus.Delayed, "资金未到位"))
        .Report(Day(2023, 1, 15));

    [Fact]
    public void A_chinese_csv_reads_chinese_headers_statuses_and_comparators_while_json_keeps_the_machine_names()
    {
        var table = CountyProgressTable.From(Report);

        var csv = table.ToCsv(Chinese);
        var json = table.ToJson();

        csv.Split("\r\n")[0].Should().Be("截至日期,代码,县(市),已完成,进展正常,待评估,未完成,未报送,逾期,进展报告");
        csv.Should().Contain("不少于 1 所").And.Contain("2022-12-31到期").And.NotContain("atLeast");
        table.ToCsv(English).Split("\r\n")[0].Should().StartWith("As of,Code,County,Met,On track");
        json.Should().Contain("\"notMet\":").And.Contain("\"name\": \"梅河口市\"").And.NotContain("\\u");
        table.ToCsv(CultureInfo.InvariantCulture).Split("\r\n")[0].Should().Be(string.Join(",", table.Columns.Select(c => c.Header)), "the invariant culture is the machine layout");
    }

    [Fact]
    public void A_measure_status_and_a_yes_no_cell_read_in_the_chosen_language()
    {
        DepartmentProgressTable.From(Report).ToMarkdown(Chinese).Should().Contain(": 滞后").And.NotContain(": delayed");
        TargetRollupTable.From(Report).ToCsv(Chinese).Should().Contain(",是,").And.Contain("每个县(市)");
        TargetRollupTable.From(Report).ToCsv(English).Should().Contain(",yes,").And.Contain("each county");
    }

    [Theory]
    [InlineData(".csv", ExportFormat.Csv)]
    [InlineData(".json", ExportFormat.Json)]
    [InlineData(".md", ExportFormat.Markdown)]
    [InlineData(".html", ExportFormat.Html)]
    [InlineData(".HTM", ExportFormat.Html)]
    public void Save_writes_the_format_its_extension_names_and_the_same_bytes_as_Write(string extension, ExportFormat format)
    {
        var table = CountyProgressTable.From(Report);
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}{extension}");
        try
        {
            table.Save(path, Chinese);
            using var expected = new MemoryStream();
            table.Write(expected, format, Chinese);

            File.ReadAllBytes(path).Should().Equal(expected.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Xlsx_without_the_excel_package_fails_naming_it_and_a_registered_writer_gets_the_readable_table()
    {
        var table = CountyProgressTable.From(Report);
        TableFormatWriters.Clear();
        try
        {
            table.Invoking(t => t.Write(new MemoryStream(), ExportFormat.Xlsx, Chinese)).Should().Throw<NotSupportedException>()
                .WithMessage("*Jilin.Urbanization.Domain.Excel*");
            FluentActions.Invoking(() => TableFormatWriters.Register(new FakeWriter(ExportFormat.Csv))).Should().Throw<ArgumentException>();

            var writer = new FakeWriter(ExportFormat.Xlsx);
            TableFormatWriters.Register(writer);
            using var stream = new MemoryStream();
            table.Write(stream, ExportFormat.Xlsx, Chinese);
            HtmlReport.ForImplementation(Report, Chinese).Write(new MemoryStream(), ExportFormat.Xlsx);

            stream.ToArray().Should().Equal(Encoding.UTF8.GetBytes("fake"));
            writer.Received[0].Should().ContainSingle().Which.Columns.Should().Contain("县(市)");
            writer.Received[0][0].Caption.Should().Be("县(市)进展");
            writer.Received[1].Select(t => t.Caption).Should().Contain(["县(市)进展", "部门进展", "逾期目标"]);
            writer.Cultures.Should().HaveCount(2).And.OnlyContain(c => c.Equals(Chinese));
        }
        finally
        {
            TableFormatWriters.Clear();
        }
    }

    [Fact]
    public void Html_tables_have_a_caption_column_headers_with_scope_and_print_on_A4_with_a_page_break_between_sections()
    {
        foreach (var html in new[] { CountyProgressTable.From(Report).ToHtml(Chinese), HtmlReport.ForImplementation(Report, Chinese).ToHtml() })
        {
            var tables = Regex.Matches(html, "<table[^>]*>(.*?)</table>", RegexOptions.Singleline);
            tables.Should().NotBeEmpty();
            foreach (Match table in tables)
            {
                var body = table.Groups[1].Value;
                body.Should().MatchRegex("^\\s*<caption[^>]*>[^<]+</caption>", "a table says what it shows first");
                body.Should().Contain("<thead><tr><th");
                Regex.Matches(body, "<th\\b[^>]*>").Should().OnlyContain(m => m.Value.Contains("scope=\"col\"", StringComparison.Ordinal));
                Regex.Count(body, "<th\\b").Should().Be(Regex.Count(Regex.Match(body, "<tr>.*?</tr>", RegexOptions.Singleline).Value, "<th\\b"), "headers only in the header row");
            }

            html.Should().Contain("<html lang=\"zh-Hans\">").And.Contain("@page{size:A4").And.Contain("break-before:page").And.Contain("thead{display:table-header-group}");
        }

        HtmlReport.ForImplementation(Report, English).ToHtml().Should().Contain("<html lang=\"en\">").And.Contain("By county").And.NotContain("按县(市)");
    }

    [Fact]
    public void The_implementation_report_names_counties_with_their_code_beside_and_reads_chinese_throughout()
    {
        var html = HtmlReport.ForImplementation(Report, Chinese).ToHtml();

        html.Should().Contain("梅河口市（220581）").And.Contain("概况").And.Contain("按县(市)").And.Contain("未完成").And.Contain("不少于")
            .And.Contain("英文为非官方译文");
        html.Should().NotContain(">notMet<").And.NotContain(">NotMet<").And.NotContain("AtLeast").And.NotContain("eachCounty");
    }

    private sealed class FakeWriter(ExportFormat format) : ITableFormatWriter
    {
        public List<IReadOnlyList<ReportTable>> Received { get; } = [];

        public List<CultureInfo> Cultures { get; } = [];

        public ExportFormat Format => format;

        public void Write(Stream stream, IReadOnlyList<ReportTable> tables, CultureInfo culture)
        {
            Received.Add(tables);
            Cultures.Add(culture);
            stream.Write(Encoding.UTF8.GetBytes("fake"));
        }
    }
}
