using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Jilin.Urbanization.Domain.Tool.Tests;

/// <summary>The built tool as a process: exit codes, standard output and error, files written, an interrupt.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void A_whole_quarter_as_a_process_checks_records_reports_and_says_where_the_report_is()
    {
        var folder = ToolHarness.NewFolder();
        var log = Path.Combine(folder, "tracking.json");
        var report = Path.Combine(folder, "report.html");

        var check = ToolHarness.AsProcess("check", ToolHarness.SampleData);
        var record = ToolHarness.AsProcess("record", ToolHarness.SampleData, "--log", log, "--recorded-on", "2025-10-10");
        var issue = ToolHarness.AsProcess("report", "--log", log, "--as-of", "2025-12-31", "--out", report);

        check.ExitCode.Should().Be(0, check.ToString());
        record.ExitCode.Should().Be(0, record.ToString());
        issue.ExitCode.Should().Be(0, issue.ToString());
        Library.ReadLog(log).Should().Be(Library.SampleQuarter(new NodaTime.LocalDate(2025, 10, 10)));
        issue.Output.Should().Contain($"report written to {report}");
        File.ReadAllText(report).Should().StartWith("<!DOCTYPE html>");
        (check.Error + record.Error + issue.Error).Should().BeEmpty("redirected: no progress bar, no notes");
        (check.Output + record.Output + issue.Output).Should().NotContain("\e[", "redirected: no colour");
    }

    [Fact]
    public void Bad_input_as_a_process_exits_1_with_one_line_and_no_stack_trace()
    {
        var folder = ToolHarness.NewFolder();
        var log = Path.Combine(folder, "tracking.json");
        File.WriteAllText(log, "{ not json");

        var run = ToolHarness.AsProcess("report", "--log", log, "--as-of", "2025-12-31", "--out", Path.Combine(folder, "r.html"));

        run.ExitCode.Should().Be(1);
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain(log);
        run.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void A_usage_error_as_a_process_exits_2()
    {
        var run = ToolHarness.AsProcess("record", ToolHarness.SampleData);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--log");
    }

    [Fact]
    public async Task A_record_interrupted_by_a_signal_leaves_the_log_as_it_was()
    {
        var folder = ToolHarness.NewFolder();
        var log = Path.Combine(folder, "tracking.json");
        ToolHarness.AsProcess("record", ToolHarness.SampleData, "--log", log, "--recorded-on", "2025-10-10").ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(log);
        var big = Path.Combine(folder, "big.csv");
        WriteManyFigures(big, rows: 150_000);

        using var process = ToolHarness.Start(["record", big, "--log", log, "--recorded-on", "2030-01-01", "--quiet"]);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await Task.Delay(1500);   // started, reading the big file (it takes several seconds)
        process.HasExited.Should().BeFalse("the interrupt must land while the tool works");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        process.WaitForExit(TimeSpan.FromMinutes(1)).Should().BeTrue();
        process.ExitCode.Should().NotBe(0, "stdout: {0} stderr: {1}", await output, await error);
        File.ReadAllBytes(log).Should().Equal(before);
        Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo(["tracking.json", "big.csv"], "no temporary file is left");
    }

    // Valid figures, each a different key: a county's care-home count (所) for one day after another.
    private static void WriteManyFigures(string path, int rows)
    {
        string[] counties = ["梅河口", "珲春", "通榆县", "公主岭", "前郭县"];
        var text = new StringBuilder("target,subject,value,unit,observedOn\n");
        var day = new NodaTime.LocalDate(1950, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            if (i % counties.Length == 0)
            {
                day = day.PlusDays(1);
            }

            text.Append(CultureInfo.InvariantCulture, $"jilin-2022-county-urbanization/43/t1,{counties[i % counties.Length]},{i % 3},所,{day:yyyy-MM-dd}\n");
        }

        File.WriteAllText(path, text.ToString());
    }
}
