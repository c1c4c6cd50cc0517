using System.Globalization;
using System.Text.RegularExpressions;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tool.Tests;

/// <summary>
/// The one line each command prints about what it did follows <c>--lang</c>: Chinese under zh (the default, as the
/// saved files are), the English readable form under en; counts and names are the library's.
/// </summary>
public sealed partial class ConsoleLanguageTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly LocalDate AsOf = new(2025, 12, 31);

    private const string Resent = """
        target,subject,value,unit,observedOn,reason,action
        jilin-2022-county-urbanization/37/t1,珲春市,1,所,2025-09-30,已投用,
        jilin-2022-county-urbanization/37/t1,通榆县,,,2025-09-30,误报,撤回
        """;

    /// <summary>The sample quarter recorded on 2025-10-10, then a county's correction and withdrawal on 2025-10-20: the log and the re-sent file.</summary>
    private static (string Log, string Resent) Quarter()
    {
        var folder = ToolHarness.NewFolder();
        var log = Path.Combine(folder, "tracking.json");
        var resent = Path.Combine(folder, "resent.csv");
        File.WriteAllText(resent, Resent);
        ToolHarness.InProcess("record", ToolHarness.SampleData, "--log", log, "--recorded-on", "2025-10-10").ExitCode.Should().Be(0);
        return (log, resent);
    }

    private static string FirstLine(ToolRun run)
    {
        run.ExitCode.Should().Be(0, run.ToString());
        return run.Output.Split('\n')[0].TrimEnd('\r');
    }

    [GeneratedRegex(@"\b[A-Za-z]{2,}\b")]
    private static partial Regex LatinWord();

    private static void ShouldBeChinese(string line) =>
        LatinWord().IsMatch(line).Should().BeFalse($"'{line}' is a line for a Chinese office");

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Record_prints_what_each_effect_counted_in_the_language_named(string lang)
    {
        var (log, resent) = Quarter();

        var run = ToolHarness.InProcess("record", resent, "--log", log, "--recorded-on", "2025-10-20", "--quiet", "--lang", lang);

        var line = FirstLine(run);
        if (lang == "zh")
        {
            line.Should().Be($"共2条：{ReportText.Of(EntryEffect.New, Chinese)}0条，{ReportText.Of(EntryEffect.Correction, Chinese)}1条，{ReportText.Of(EntryEffect.Withdrawal, Chinese)}1条，重报（未变）0条，重复（未记入）0条");
            line.Should().StartWith("共2条：新增0条，更正1条，撤回1条");
            ShouldBeChinese(line);
        }
        else
        {
            line.Should().Be("2 entries: 0 new, 1 corrected, 1 withdrawn, 0 unchanged, 0 duplicate", "the English readable form, as before");
        }
    }

    [Fact]
    public void Record_prints_its_summary_in_chinese_by_default()
    {
        var (log, resent) = Quarter();

        var line = FirstLine(ToolHarness.InProcess("record", resent, "--log", log, "--recorded-on", "2025-10-20", "--quiet"));

        line.Should().StartWith("共2条：新增0条，更正1条，撤回1条");
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Report_prints_the_reports_summary_line_in_the_language_named(string lang)
    {
        var (log, _) = Quarter();
        var output = Path.Combine(Path.GetDirectoryName(log)!, "report.md");

        var line = FirstLine(ToolHarness.InProcess("report", "--log", log, "--as-of", "2025-12-31", "--out", output, "--lang", lang));

        var tracker = new ImplementationTracker(Library.Catalog, Library.ReadLog(log));
        var report = tracker.Report(tracker.Scope(), AsOf);
        var met = report.CountOf(Compliance.ComplianceStatus.Met);
        if (lang == "zh")
        {
            line.Should().Be(ReportText.Summary(report, Chinese)).And.StartWith($"截至2025-12-31（知悉日期2025-10-10）：目标{report.Targets.Count}个，其中已完成{met}个");
            ShouldBeChinese(line);
            File.ReadAllText(output).Should().Contain(line, "the console says what the saved report's summary says");
        }
        else
        {
            line.Should().Be(ReportText.Summary(report, English)).And.StartWith($"As of 2025-12-31, as known on 2025-10-10: {report.Targets.Count} target(s) — {met} met");
        }
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Changes_prints_the_days_and_what_changed_in_the_language_named(string lang)
    {
        var (log, resent) = Quarter();
        ToolHarness.InProcess("record", resent, "--log", log, "--recorded-on", "2025-10-20").ExitCode.Should().Be(0);

        var line = FirstLine(ToolHarness.InProcess("changes", "--log", log, "--from", "2025-10-10", "--to", "2025-10-31", "--lang", lang));

        var tracker = new ImplementationTracker(Library.Catalog, Library.ReadLog(log));
        var changes = tracker.Changes(tracker.Scope(), new LocalDate(2025, 10, 31), new LocalDate(2025, 10, 10), new LocalDate(2025, 10, 31));
        changes.Statuses.Should().NotBeEmpty();
        if (lang == "zh")
        {
            line.Should().Be($"2025-10-10之后至2025-10-31新知悉的变化（状态截至2025-10-31）：新增0条，更正1条，撤回1条，重报（未变）0条；状态变化{changes.Statuses.Count}项");
            ShouldBeChinese(line);
        }
        else
        {
            line.Should().Be(changes.ToString()).And.Contain("0 new, 1 corrected, 1 withdrawn, 0 unchanged");
        }
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Lights_print_the_count_of_each_colour_in_the_language_named(string lang)
    {
        var (log, _) = Quarter();

        var line = FirstLine(ToolHarness.InProcess("lights", "--log", log, "--as-of", "2025-12-31", "--lang", lang));

        var supervisor = new Supervisor(new ImplementationTracker(Library.Catalog, Library.ReadLog(log)), SupervisionLog.Empty, LightRules.Default);
        var lights = supervisor.Lights(supervisor.Tracker.Scope(), AsOf);
        lights.CountOf(Light.Red).Should().BePositive();
        if (lang == "zh")
        {
            line.Should().Be(
                $"截至2025-12-31（知悉日期2025-10-10）三色预警：事项{lights.Items.Count}项，其中绿灯{lights.CountOf(Light.Green)}项、黄灯{lights.CountOf(Light.Yellow)}项、"
                + $"红灯{lights.CountOf(Light.Red)}项、灰灯{lights.CountOf(Light.Grey)}项；已销号0项");
            ShouldBeChinese(line);
        }
        else
        {
            line.Should().Be(lights.ToString()).And.Contain($"{lights.CountOf(Light.Red)} red");
        }
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Ranking_prints_the_period_and_the_bodies_ranked_in_the_language_named(string lang)
    {
        var (log, _) = Quarter();

        var line = FirstLine(ToolHarness.InProcess("ranking", "--log", log, "--from", "2025-10-01", "--to", "2025-12-31", "--lang", lang));

        var supervisor = new Supervisor(new ImplementationTracker(Library.Catalog, Library.ReadLog(log)), SupervisionLog.Empty, LightRules.Default);
        var ranking = supervisor.Rank(new DateInterval(new LocalDate(2025, 10, 1), AsOf));
        ranking.Counties.Should().NotBeEmpty();
        if (lang == "zh")
        {
            line.Should().Be($"考评排名（2025-10-01至2025-12-31）：县（市）{ranking.Counties.Count}个，部门{ranking.Departments.Count}个");
            ShouldBeChinese(line);
        }
        else
        {
            line.Should().Be(ranking.ToString()).And.Contain($"{ranking.Counties.Count} count(ies)");
        }
    }
}
