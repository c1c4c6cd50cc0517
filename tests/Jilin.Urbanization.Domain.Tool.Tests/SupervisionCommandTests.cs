using System.Text.Json;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tool.Output;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tool.Tests;

/// <summary><c>lights</c>, <c>notices</c> and <c>ranking</c> (issue 28 point 7): the library's answers over the log files, in the formats the others write.</summary>
public sealed class SupervisionCommandTests
{
    private static readonly LocalDate AsOf = new(2025, 12, 31);
    private static readonly System.Globalization.CultureInfo Chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");

    private static string RecordedQuarter()
    {
        var log = Path.Combine(ToolHarness.NewFolder(), "tracking.json");
        ToolHarness.InProcess("record", ToolHarness.SampleData, "--log", log, "--recorded-on", "2025-10-10").ExitCode.Should().Be(0);
        return log;
    }

    private static Supervisor Supervise(string log, SupervisionLog? supervision = null) =>
        new(new ImplementationTracker(Library.Catalog, Library.ReadLog(log)), supervision ?? SupervisionLog.Empty);

    private static string Save(SupervisionLog log, string folder)
    {
        var path = Path.Combine(folder, "supervision.json");
        using var file = File.Create(path);
        log.WriteJson(file);
        return path;
    }

    [Fact]
    public void Lights_without_out_prints_the_librarys_lights_and_their_roll_ups()
    {
        var log = RecordedQuarter();

        var run = ToolHarness.InProcess("lights", "--log", log, "--as-of", "2025-12-31");

        run.ExitCode.Should().Be(0, run.ToString());
        var supervisor = Supervise(log);
        var lights = supervisor.Lights(supervisor.Tracker.Scope(), AsOf);
        run.Output.Should().StartWith(ReportText.Summary(lights, Chinese));
        run.Output.Should().Contain(SupervisionFiles.LightsMarkdown(lights, supervisor.Tracker.Subjects, Chinese));
        run.Output.Should().Contain("| 名称 | 红灯 | 黄灯 | 绿灯 | 灰灯 | 合计 |");
    }

    [Fact]
    public void Lights_known_on_an_earlier_day_are_the_lights_as_known_then()
    {
        var log = RecordedQuarter();
        var folder = Path.GetDirectoryName(log)!;
        var resent = Path.Combine(folder, "resent.csv");
        File.WriteAllText(resent, "target,subject,value,unit,observedOn\njilin-2022-county-urbanization/37/t1,珲春市,1,所,2025-11-30\n");
        ToolHarness.InProcess("record", resent, "--log", log, "--recorded-on", "2025-12-05").ExitCode.Should().Be(0);

        var then = ToolHarness.InProcess("lights", "--log", log, "--as-of", "2025-12-31", "--known-on", "2025-10-10", "--scope", "珲春");
        var now = ToolHarness.InProcess("lights", "--log", log, "--as-of", "2025-12-31", "--scope", "珲春");

        var supervisor = Supervise(log);
        var scope = supervisor.Tracker.Scope().ForSubject(supervisor.Tracker.Subjects.Resolve("珲春"));
        then.Output.Should().StartWith(ReportText.Summary(supervisor.Lights(scope, AsOf, new LocalDate(2025, 10, 10)), Chinese));
        now.Output.Should().StartWith(ReportText.Summary(supervisor.Lights(scope, AsOf), Chinese));
        then.Output.Should().NotBe(now.Output, "the figure recorded on 2025-12-05 was not known on 2025-10-10");
    }

    [Theory]
    [InlineData("lights.html", "<!DOCTYPE html>")]
    [InlineData("lights.md", "## 县（市）")]
    [InlineData("lights.csv", "预警")]
    [InlineData("lights.json", "\"asOf\"")]
    [InlineData("lights.xlsx", "PK")]
    public void Lights_write_the_format_their_extension_names(string name, string marker)
    {
        var log = RecordedQuarter();
        var output = Path.Combine(Path.GetDirectoryName(log)!, name);

        var run = ToolHarness.InProcess("lights", "--log", log, "--as-of", "2025-12-31", "--out", output);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain($"lights written to {output}");
        File.ReadAllText(output).Should().Contain(marker);
        if (name.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(output));
            json.RootElement.GetProperty("items").GetArrayLength().Should().Be(Supervise(log).Lights(AsOf).Items.Count);
        }

        if (name.EndsWith(".html", StringComparison.Ordinal))
        {
            File.ReadAllText(output).Should().Contain(LightBars.ColourOf(Light.Red), "red items and counts are shown in the red light's colour");
        }
    }

    [Fact]
    public void Lights_honour_the_supervision_log_a_verified_item_is_closed()
    {
        var log = RecordedQuarter();
        var supervisor = Supervise(log);
        var meihekou = supervisor.Tracker.Subjects.Resolve("梅河口");
        var careHome = SupervisedItem.OfTarget(Library.Catalog.GetTarget("jilin-2022-county-urbanization/43/t1").Id, meihekou);
        var verified = supervisor.Record(new Verification { Item = careHome, VerifiedOn = AsOf, RecordedOn = AsOf, RecordedBy = Subject.Province, Note = "现场核查" });
        var supervision = Save(verified.Log, Path.GetDirectoryName(log)!);

        var run = ToolHarness.InProcess("lights", "--log", log, "--supervision", supervision, "--as-of", "2025-12-31");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith(ReportText.Summary(verified.Lights(AsOf), Chinese)).And.Contain("已销号1项");
    }

    [Fact]
    public void A_missing_supervision_log_is_a_usage_error_and_a_malformed_one_a_data_problem_naming_the_file()
    {
        var log = RecordedQuarter();
        var folder = Path.GetDirectoryName(log)!;
        var malformed = Path.Combine(folder, "bad.json");
        File.WriteAllText(malformed, "{\"notices\": 3}");

        var missing = ToolHarness.InProcess("lights", "--log", log, "--supervision", Path.Combine(folder, "none.json"), "--as-of", "2025-12-31");
        var bad = ToolHarness.InProcess("lights", "--log", log, "--supervision", malformed, "--as-of", "2025-12-31");

        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("none.json: no such supervision log");
        bad.ExitCode.Should().Be(1, bad.ToString());
        bad.Error.Should().Contain("bad.json");
    }

    [Fact]
    public void Lights_to_an_extension_that_names_no_format_is_a_usage_error_and_writes_nothing()
    {
        var log = RecordedQuarter();
        var output = Path.Combine(Path.GetDirectoryName(log)!, "lights.docx");

        var run = ToolHarness.InProcess("lights", "--log", log, "--as-of", "2025-12-31", "--out", output);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("lights.docx").And.Contain(".html");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Notices_writes_each_drafted_notice_as_printable_html_and_a_workbook()
    {
        var log = RecordedQuarter();
        var folder = Path.Combine(Path.GetDirectoryName(log)!, "notices");

        var run = ToolHarness.InProcess("notices", "--log", log, "--as-of", "2025-12-31", "--known-on", "2025-12-31", "--out", folder);

        run.ExitCode.Should().Be(0, run.ToString());
        var drafts = Supervise(log).DraftNotices(AsOf, AsOf);
        drafts.Should().NotBeEmpty();
        foreach (var notice in drafts)
        {
            var html = File.ReadAllText(Path.Combine(folder, $"{notice.Number} {notice.BodyName}.html"));
            html.Should().Be(notice.ToHtml());
            html.Should().Contain("@page { size: A4");
            File.ReadAllBytes(Path.Combine(folder, $"{notice.Number} {notice.BodyName}.xlsx")).Take(2).Should().Equal((byte)'P', (byte)'K');
            run.Output.Should().Contain($"{notice.Number} {notice.LevelText}督办单 → {notice.BodyName}：督办事项{notice.Items.Count}项，其中红灯{notice.Items.Count(i => i.Light == Light.Red)}项，");
        }

        Directory.GetFiles(folder).Should().HaveCount(2 * drafts.Count, "one notice per body, each as .html and .xlsx, nothing else");
        run.Output.Should().Contain($"{drafts.Count} notice(s) written to {Path.GetFullPath(folder)}");
    }

    [Fact]
    public void Notices_escalate_after_an_unanswered_notice_as_the_supervision_log_records_it()
    {
        var log = RecordedQuarter();
        var supervisor = Supervise(log);
        var scope = supervisor.Tracker.Scope().InDocument(DocumentId.CountyUrbanization2022).ForSubject(supervisor.Tracker.Subjects.Resolve("住建厅"));
        var first = supervisor.DraftNotices(scope, AsOf, AsOf).Should().ContainSingle().Subject;
        first.Level.Should().Be(NoticeLevel.Blue);
        var issued = supervisor.Record(first);
        var supervision = Save(issued.Log, Path.GetDirectoryName(log)!);
        var later = AsOf.PlusDays(issued.Rules.ReplyWithinDays + 1);
        var folder = Path.Combine(Path.GetDirectoryName(log)!, "later");

        var run = ToolHarness.InProcess("notices", "--log", log, "--supervision", supervision, "--as-of", Commands.EntryText.Day(later), "--known-on", Commands.EntryText.Day(later), "--scope", "jilin-2022-county-urbanization", "--scope", "住建厅", "--out", folder);

        run.ExitCode.Should().Be(0, run.ToString());
        var next = issued.DraftNotices(scope, later, later).Should().ContainSingle().Subject;
        next.Level.Should().Be(NoticeLevel.Orange, "the blue notice was not answered by its reply deadline");
        next.Follows.Should().Be(first.Number);
        run.Output.Should().Contain($"{next.Number} 橙色督办单 → {next.BodyName}");
        File.ReadAllText(Path.Combine(folder, $"{next.Number} {next.BodyName}.html")).Should().Contain("橙色督办单").And.Contain(first.Number);
    }

    [Fact]
    public void Notices_issued_with_issue_are_recorded_in_the_supervision_log_and_the_next_ones_escalate()
    {
        var log = RecordedQuarter();
        var folder = Path.GetDirectoryName(log)!;
        var supervision = Path.Combine(folder, "supervision.json");
        string[] scope = ["--scope", "jilin-2022-county-urbanization", "--scope", "住建厅"];

        var first = ToolHarness.InProcess(["notices", "--log", log, "--supervision", supervision, "--as-of", "2025-12-31", "--known-on", "2025-12-31", .. scope, "--out", Path.Combine(folder, "q4"), "--issue"]);
        var later = ToolHarness.InProcess(["notices", "--log", log, "--supervision", supervision, "--as-of", "2026-01-11", "--known-on", "2026-01-11", .. scope, "--out", Path.Combine(folder, "later")]);

        first.ExitCode.Should().Be(0, first.ToString());
        first.Output.Should().Contain("1 notice(s) issued: recorded in " + supervision);
        using (var json = File.OpenRead(supervision))
        {
            var issued = SupervisionLog.ReadJson(json);
            issued.Notices.Should().ContainSingle().Which.Level.Should().Be(NoticeLevel.Blue);
        }

        later.ExitCode.Should().Be(0, later.ToString());
        later.Output.Should().Contain("橙色督办单", "the blue notice was not answered by its reply deadline, 2026-01-10");
    }

    [Fact]
    public void Issue_without_a_supervision_log_is_a_usage_error_and_writes_nothing()
    {
        var log = RecordedQuarter();
        var folder = Path.Combine(Path.GetDirectoryName(log)!, "notices");

        var run = ToolHarness.InProcess("notices", "--log", log, "--as-of", "2025-12-31", "--out", folder, "--issue");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--supervision");
        Directory.Exists(folder).Should().BeFalse();
    }

    [Fact]
    public void Ranking_prints_both_tables_best_first_with_every_tie_explained()
    {
        var log = RecordedQuarter();

        var run = ToolHarness.InProcess("ranking", "--log", log, "--from", "2025-10-01", "--to", "2025-12-31");

        run.ExitCode.Should().Be(0, run.ToString());
        var supervisor = Supervise(log);
        var ranking = supervisor.Rank(new DateInterval(new LocalDate(2025, 10, 1), AsOf));
        run.Output.Should().StartWith(ReportText.Summary(ranking, Chinese));
        run.Output.Should().Contain(SupervisionFiles.RankingMarkdown(ranking, Chinese));
        var tied = ranking.Counties.Where(r => r.TieNote is not null).ToList();
        tied.Should().NotBeEmpty("the sample quarter has counties with equal scores");
        foreach (var row in tied)
        {
            run.Output.Should().Contain($"| {row.Rank} | {row.Name} | {row.Score:0.00} |").And.Contain(row.TieNote);
        }
    }

    [Theory]
    [InlineData("ranking.html", "<svg")]
    [InlineData("ranking.md", "## 部门")]
    [InlineData("ranking.csv", "并列说明")]
    [InlineData("ranking.json", "\"counties\"")]
    [InlineData("ranking.xlsx", "PK")]
    public void Ranking_writes_the_format_its_extension_names(string name, string marker)
    {
        var log = RecordedQuarter();
        var output = Path.Combine(Path.GetDirectoryName(log)!, name);

        var run = ToolHarness.InProcess("ranking", "--log", log, "--from", "2025-10-01", "--to", "2025-12-31", "--out", output);

        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllText(output).Should().Contain(marker);
    }

    [Fact]
    public void Ranking_takes_the_offices_weights_from_a_file()
    {
        var log = RecordedQuarter();
        var weights = Path.Combine(Path.GetDirectoryName(log)!, "weights.json");
        var office = new ScoreWeights { OnTime = 0.5m, Green = 0.5m, PerOverdueItem = 10m, PerLateReply = 1m };
        using (var file = File.Create(weights))
        {
            office.WriteJson(file);
        }

        var run = ToolHarness.InProcess("ranking", "--log", log, "--from", "2025-10-01", "--to", "2025-12-31", "--weights", weights);

        run.ExitCode.Should().Be(0, run.ToString());
        var period = new DateInterval(new LocalDate(2025, 10, 1), AsOf);
        var ranking = Supervise(log).Rank(period, office, AsOf.PlusDays(LightRules.Default.ReportDueDays));
        run.Output.Should().Contain(office.ToString()).And.Contain(SupervisionFiles.RankingMarkdown(ranking, Chinese));
    }

    [Fact]
    public void Ranking_with_to_before_from_is_a_usage_error()
    {
        var run = ToolHarness.InProcess("ranking", "--log", "tracking.json", "--from", "2025-12-31", "--to", "2025-10-01");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--to 2025-10-01 is before --from 2025-12-31");
    }
}
