using System.Text.Json;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tool.Tests;

public sealed class ReportCommandTests
{
    private static readonly LocalDate AsOf = new(2025, 12, 31);
    private static readonly System.Globalization.CultureInfo Chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");

    private static string RecordedQuarter()
    {
        var log = Path.Combine(ToolHarness.NewFolder(), "tracking.json");
        ToolHarness.InProcess("record", ToolHarness.SampleData, "--log", log, "--recorded-on", "2025-10-10").ExitCode.Should().Be(0);
        return log;
    }

    [Fact]
    public void Report_to_csv_writes_the_librarys_target_table_and_prints_where()
    {
        var log = RecordedQuarter();
        var output = Path.Combine(Path.GetDirectoryName(log)!, "report.csv");

        var run = ToolHarness.InProcess("report", "--log", log, "--as-of", "2025-12-31", "--out", output);

        run.ExitCode.Should().Be(0, run.ToString());
        var tracker = new ImplementationTracker(Library.Catalog, Library.ReadLog(log));
        var expected = tracker.Report(tracker.Scope(), AsOf);
        File.ReadAllText(output).Should().Be(TargetProgressTable.From(expected).ToCsv(Chinese));
        run.Output.Should().Contain(Labels.ReportText.Summary(expected, Chinese)).And.Contain($"report written to {output}");
    }

    [Theory]
    [InlineData("report.html", "<!DOCTYPE html>")]
    [InlineData("report.md", "## 县（市）")]
    [InlineData("report.json", "\"asOf\"")]
    [InlineData("report.xlsx", "PK")]
    public void Report_writes_the_format_its_extension_names(string name, string marker)
    {
        var log = RecordedQuarter();
        var output = Path.Combine(Path.GetDirectoryName(log)!, name);

        var run = ToolHarness.InProcess("report", "--log", log, "--as-of", "2025-12-31", "--out", output);

        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllText(output).Should().Contain(marker);
        if (name.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(output));
            json.RootElement.GetProperty("asOf").GetString().Should().Be("2025-12-31");
        }
    }

    [Fact]
    public void Report_to_an_extension_that_names_no_format_is_a_usage_error_and_writes_nothing()
    {
        var log = RecordedQuarter();
        var output = Path.Combine(Path.GetDirectoryName(log)!, "report.docx");

        var run = ToolHarness.InProcess("report", "--log", log, "--as-of", "2025-12-31", "--out", output);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("report.docx").And.Contain(".html");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Report_known_on_an_earlier_day_is_the_report_issued_then_byte_for_byte()
    {
        var log = RecordedQuarter();
        var folder = Path.GetDirectoryName(log)!;
        var issued = Path.Combine(folder, "issued.md");
        ToolHarness.InProcess("report", "--log", log, "--as-of", "2025-12-31", "--out", issued).ExitCode.Should().Be(0);
        var resent = Path.Combine(folder, "resent.csv");
        File.WriteAllText(resent, "target,subject,value,unit,observedOn\njilin-2022-county-urbanization/37/t1,珲春市,1,所,2025-09-30\n");
        ToolHarness.InProcess("record", resent, "--log", log, "--recorded-on", "2025-10-20").ExitCode.Should().Be(0);
        var again = Path.Combine(folder, "again.md");
        var now = Path.Combine(folder, "now.md");

        ToolHarness.InProcess("report", "--log", log, "--as-of", "2025-12-31", "--known-on", "2025-10-10", "--out", again).ExitCode.Should().Be(0);
        ToolHarness.InProcess("report", "--log", log, "--as-of", "2025-12-31", "--out", now).ExitCode.Should().Be(0);

        File.ReadAllBytes(again).Should().Equal(File.ReadAllBytes(issued));
        File.ReadAllText(now).Should().NotBe(File.ReadAllText(issued), "the correction is known now");
    }

    [Fact]
    public void Scope_names_resolve_by_the_librarys_rule_for_a_county_and_a_lead_department()
    {
        var log = RecordedQuarter();
        var output = Path.Combine(Path.GetDirectoryName(log)!, "meihekou.csv");

        var run = ToolHarness.InProcess("report", "--log", log, "--as-of", "2025-12-31", "--scope", "jilin-2022-county-urbanization", "--scope", "梅河口", "--scope", "led-by:住建厅", "--out", output);

        run.ExitCode.Should().Be(0, run.ToString());
        var tracker = new ImplementationTracker(Library.Catalog, Library.ReadLog(log));
        var scope = tracker.Scope().InDocument(Documents.DocumentId.CountyUrbanization2022).ForSubject("梅河口市").LedBy("省住房和城乡建设厅");
        File.ReadAllText(output).Should().Be(TargetProgressTable.From(tracker.Report(scope, AsOf)).ToCsv(Chinese));
    }

    [Fact]
    public void An_unknown_name_in_a_scope_is_a_usage_error_with_the_nearest_names()
    {
        var log = RecordedQuarter();

        var run = ToolHarness.InProcess("report", "--log", log, "--as-of", "2025-12-31", "--scope", "梅河", "--out", Path.Combine(Path.GetDirectoryName(log)!, "x.csv"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("梅河").And.Contain("梅河口");
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public void Report_on_a_log_that_does_not_exist_is_a_usage_error()
    {
        var run = ToolHarness.InProcess("report", "--log", "/no/such/tracking.json", "--as-of", "2025-12-31", "--out", "x.html");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("/no/such/tracking.json: no such tracking log");
    }

    [Fact]
    public void Report_straight_from_the_sample_folder_is_the_report_on_what_the_library_reads_there()
    {
        var output = Path.Combine(ToolHarness.NewFolder(), "quarter.csv");

        var run = ToolHarness.InProcess("report", ToolHarness.SampleData, "--as-of", "2025-12-31", "--out", output);

        run.ExitCode.Should().Be(0, run.ToString());
        var tracker = new ImplementationTracker(Library.Catalog, Library.SampleQuarter());
        File.ReadAllText(output).Should().Be(TargetProgressTable.From(tracker.Report(tracker.Scope(), AsOf)).ToCsv(Chinese));
        run.Output.Should().Contain($"report written to {output}");
    }

    [Fact]
    public void Report_from_files_with_a_problem_writes_no_report_and_exits_1()
    {
        var folder = ToolHarness.NewFolder();
        var bad = Path.Combine(folder, "bad.csv");
        File.WriteAllText(bad, "target,subject,value,unit,observedOn\njilin-2022-county-urbanization/43/t1,通榆县,-1,所,2025-09-30\n");
        var output = Path.Combine(folder, "quarter.html");

        var run = ToolHarness.InProcess("report", bad, "--as-of", "2025-12-31", "--out", output);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("bad.csv, row 2, column C").And.Contain("no report written");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Report_without_a_log_or_files_is_a_usage_error()
    {
        var run = ToolHarness.InProcess("report", "--as-of", "2025-12-31", "--out", "x.html");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--log");
    }

    [Fact]
    public void Lang_names_the_culture_of_the_labels_zh_by_default_en_on_request()
    {
        var log = RecordedQuarter();
        var folder = Path.GetDirectoryName(log)!;
        var zh = Path.Combine(folder, "zh.csv");
        var en = Path.Combine(folder, "en.csv");

        ToolHarness.InProcess("report", "--log", log, "--as-of", "2025-12-31", "--out", zh).ExitCode.Should().Be(0);
        ToolHarness.InProcess("report", "--log", log, "--as-of", "2025-12-31", "--lang", "en", "--out", en).ExitCode.Should().Be(0);

        var tracker = new ImplementationTracker(Library.Catalog, Library.ReadLog(log));
        var table = TargetProgressTable.From(tracker.Report(tracker.Scope(), AsOf));
        File.ReadAllText(zh).Should().Be(table.ToCsv(Chinese));
        File.ReadAllText(en).Should().Be(table.ToCsv(System.Globalization.CultureInfo.GetCultureInfo("en")));
        File.ReadAllText(zh).Should().NotBe(File.ReadAllText(en), "the labels differ by language");
    }

    [Fact]
    public void Lang_other_than_zh_or_en_is_a_usage_error()
    {
        var run = ToolHarness.InProcess("report", "--log", "x.json", "--as-of", "2025-12-31", "--lang", "fr", "--out", "x.csv");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("fr");
    }
}
