using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tool.Tests;

public sealed class RecordCommandTests
{
    private const string Resent = """
        target,subject,value,unit,observedOn,reason,action
        jilin-2022-county-urbanization/37/t1,珲春市,1,所,2025-09-30,已投用,
        jilin-2022-county-urbanization/37/t1,通榆县,,,2025-09-30,误报,撤回
        """;

    [Fact]
    public void Record_writes_a_log_equal_to_what_the_library_reads_and_says_each_entry_is_new()
    {
        var log = Path.Combine(ToolHarness.NewFolder(), "tracking.json");

        var run = ToolHarness.InProcess("record", ToolHarness.SampleData, "--log", log, "--recorded-on", "2025-10-10");

        run.ExitCode.Should().Be(0, run.ToString());
        var expected = Library.SampleQuarter(new LocalDate(2025, 10, 10));
        Library.ReadLog(log).Should().Be(expected);
        run.Output.Split('\n').Count(l => l.StartsWith("new", StringComparison.Ordinal)).Should().Be(expected.Count);
        run.Output.Should().Contain($"共{expected.Count}条：新增{expected.Count}条，更正0条").And.Contain(Path.GetFullPath(log));
    }

    [Fact]
    public void Recording_the_same_files_again_is_a_no_op_that_leaves_the_log_file_untouched()
    {
        var log = Path.Combine(ToolHarness.NewFolder(), "tracking.json");
        ToolHarness.InProcess("record", ToolHarness.SampleData, "--log", log, "--recorded-on", "2025-10-10").ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(log);
        var written = File.GetLastWriteTimeUtc(log);

        var again = ToolHarness.InProcess("record", ToolHarness.SampleData, "--log", log, "--recorded-on", "2025-10-10");

        again.ExitCode.Should().Be(0);
        again.Output.Should().Contain("no-op").And.Contain("unchanged, not rewritten");
        File.ReadAllBytes(log).Should().Equal(before);
        File.GetLastWriteTimeUtc(log).Should().Be(written);
    }

    [Fact]
    public void A_resent_file_is_recorded_as_a_correction_and_a_withdrawal()
    {
        var folder = ToolHarness.NewFolder();
        var log = Path.Combine(folder, "tracking.json");
        var resent = Path.Combine(folder, "resent.csv");
        File.WriteAllText(resent, Resent);
        ToolHarness.InProcess("record", ToolHarness.SampleData, "--log", log, "--recorded-on", "2025-10-10").ExitCode.Should().Be(0);

        var run = ToolHarness.InProcess("record", resent, "--log", log, "--recorded-on", "2025-10-20");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("corrected 更正").And.Contain("withdrawn 撤回").And.Contain("共2条：新增0条，更正1条，撤回1条");
        var tracker = new ImplementationTracker(Library.Catalog, Library.ReadLog(log));
        var target = Targets.TargetId.Parse("jilin-2022-county-urbanization/37/t1");
        tracker.Log.Latest(target, tracker.Subjects.Resolve("珲春"), new LocalDate(2025, 12, 31))!.Value.Value.Should().Be(1);
        tracker.Log.Latest(target, tracker.Subjects.Resolve("通榆"), new LocalDate(2025, 12, 31)).Should().BeNull("the figure is withdrawn");
    }

    [Fact]
    public void Record_keeps_the_valid_files_reports_the_bad_one_on_standard_error_and_exits_1()
    {
        var folder = ToolHarness.NewFolder();
        var log = Path.Combine(folder, "tracking.json");
        var bad = Path.Combine(folder, "bad.csv");
        File.WriteAllText(bad, "measure;reporter;status;reportedOn\njilin-2022-county-urbanization/26;梅河口;飞速;2025-09-30\n");

        var run = ToolHarness.InProcess("record", ToolHarness.SampleData, bad, "--log", log, "--recorded-on", "2025-10-10");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("bad.csv, row 2, column C").And.Contain("飞速");
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle("one problem, one line");
        Library.ReadLog(log).Should().Be(Library.SampleQuarter(new LocalDate(2025, 10, 10)));
    }

    [Fact]
    public void An_interrupted_record_leaves_the_log_as_it_was_and_no_temporary_file()
    {
        var folder = ToolHarness.NewFolder();
        var log = Path.Combine(folder, "tracking.json");
        var resent = Path.Combine(folder, "resent.csv");
        File.WriteAllText(resent, Resent);
        ToolHarness.InProcess("record", ToolHarness.SampleData, "--log", log, "--recorded-on", "2025-10-10").ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(log);
        using var interrupt = new CancellationTokenSource();
        interrupt.Cancel();

        var run = ToolHarness.InProcess(interrupt.Token, "record", resent, "--log", log, "--recorded-on", "2025-10-20");

        run.ExitCode.Should().Be(130, run.ToString());
        run.Error.Should().Contain("interrupted; nothing was written");
        File.ReadAllBytes(log).Should().Equal(before);
        Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo(["tracking.json", "resent.csv"]);
    }

    [Fact]
    public void Record_into_a_log_that_is_not_a_tracking_log_exits_1_naming_the_log_and_leaves_it_alone()
    {
        var folder = ToolHarness.NewFolder();
        var log = Path.Combine(folder, "tracking.json");
        File.WriteAllText(log, "{\"version\": 2, \"observations\": [{\"target\": 5}]}");

        var run = ToolHarness.InProcess("record", ToolHarness.SampleData, "--log", log);

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("jilin-urbanization: error: ").And.Contain("tracking.json");
        run.Error.Should().NotContain("   at ");
        File.ReadAllText(log).Should().Be("{\"version\": 2, \"observations\": [{\"target\": 5}]}");
    }
}
