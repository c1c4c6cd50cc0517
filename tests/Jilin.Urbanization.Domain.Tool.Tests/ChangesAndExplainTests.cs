using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tool.Tests;

public sealed class ChangesAndExplainTests
{
    private static string RecordedAndCorrected()
    {
        var folder = ToolHarness.NewFolder();
        var log = Path.Combine(folder, "tracking.json");
        ToolHarness.InProcess("record", ToolHarness.SampleData, "--log", log, "--recorded-on", "2025-10-10").ExitCode.Should().Be(0);
        var resent = Path.Combine(folder, "resent.csv");
        File.WriteAllText(resent, "target,subject,value,unit,observedOn,reason\njilin-2022-county-urbanization/37/t1,珲春市,1,所,2025-09-30,已投用\n");
        ToolHarness.InProcess("record", resent, "--log", log, "--recorded-on", "2025-10-20").ExitCode.Should().Be(0);
        return log;
    }

    [Fact]
    public void Changes_between_two_knowledge_days_print_the_librarys_change_table()
    {
        var log = RecordedAndCorrected();

        var run = ToolHarness.InProcess("changes", "--log", log, "--from", "2025-10-10", "--to", "2025-10-31");

        run.ExitCode.Should().Be(0, run.ToString());
        var tracker = new ImplementationTracker(Library.Catalog, Library.ReadLog(log));
        var changes = tracker.Changes(tracker.Scope(), new LocalDate(2025, 10, 31), new LocalDate(2025, 10, 10), new LocalDate(2025, 10, 31));
        changes.CountOf(EntryEffect.Correction).Should().Be(1);
        run.Output.Should().Contain(Labels.ReportText.Summary(changes, System.Globalization.CultureInfo.GetCultureInfo("zh-CN"))).And.Contain(ChangeTable.From(changes).ToMarkdown(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void Changes_to_a_csv_file_write_the_change_table()
    {
        var log = RecordedAndCorrected();
        var output = Path.Combine(Path.GetDirectoryName(log)!, "changes.csv");

        var run = ToolHarness.InProcess("changes", "--log", log, "--from", "2025-10-10", "--to", "2025-10-31", "--out", output);

        run.ExitCode.Should().Be(0, run.ToString());
        var tracker = new ImplementationTracker(Library.Catalog, Library.ReadLog(log));
        File.ReadAllText(output).Should().Be(ChangeTable.From(tracker.Changes(tracker.Scope(), new LocalDate(2025, 10, 31), new LocalDate(2025, 10, 10), new LocalDate(2025, 10, 31))).ToCsv(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void Changes_with_the_days_the_wrong_way_round_is_a_usage_error()
    {
        var log = RecordedAndCorrected();

        var run = ToolHarness.InProcess("changes", "--log", log, "--from", "2025-10-31", "--to", "2025-10-10");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--to 2025-10-10 is before --from 2025-10-31");
    }

    [Fact]
    public void Explain_a_measure_prints_its_verbatim_text_lead_rule_targets_and_latest_statuses()
    {
        var log = RecordedAndCorrected();
        var measure = Library.Catalog.GetMeasure("jilin-2022-county-urbanization/26");

        var run = ToolHarness.InProcess("explain", "jilin-2022-county-urbanization/26", "--log", log, "--as-of", "2025-12-31");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain(measure.Text).And.Contain(measure.Responsibility.Explanation).And.Contain(measure.Responsibility.Lead!.Name);
        run.Output.Should().Contain("梅河口市: Delayed");
    }

    [Fact]
    public void Explain_a_target_prints_its_quote_and_each_subjects_latest_figure()
    {
        var log = RecordedAndCorrected();
        var target = Library.Catalog.GetTarget("jilin-2022-county-urbanization/37/t1");

        var run = ToolHarness.InProcess("explain", "jilin-2022-county-urbanization/37/t1", "--log", log, "--as-of", "2025-12-31");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain(target.Quote).And.Contain("珲春市: 1 所");
    }

    [Theory]
    [InlineData("住建厅", "省住房和城乡建设厅")]
    [InlineData("梅河口", "梅河口市")]
    public void Explain_resolves_a_department_or_a_county_by_the_librarys_one_rule(string name, string resolved)
    {
        var run = ToolHarness.InProcess("explain", name);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith(resolved);
    }

    [Fact]
    public void Explain_a_name_that_resolves_to_nothing_is_a_usage_error_with_the_nearest_names()
    {
        var run = ToolHarness.InProcess("explain", "梅河");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("Nearest known names").And.Contain("梅河口");
    }
}
