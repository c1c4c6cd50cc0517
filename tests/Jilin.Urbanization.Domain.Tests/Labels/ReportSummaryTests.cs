using System.Globalization;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using static Jilin.Urbanization.Domain.Tests.Supervision.SupervisionFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Labels;

/// <summary>
/// The one-line summaries people read (<see cref="ReportText.Summary(RecordResult, CultureInfo?)"/> and its overloads):
/// Chinese in zh-CN with the effects' labels, the English readable form's words in en; the counts are the object's.
/// </summary>
public class ReportSummaryTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly LocalDate QuarterEnd = Day(2025, 9, 30);
    private static readonly LocalDate Sent = Day(2025, 10, 10);
    private static readonly LocalDate Corrected = Day(2025, 10, 20);

    private static ProgressObservation Care(Subject county, decimal value, LocalDate recordedOn) =>
        Figure(CareHomes, county, value, Unit.Institution, QuarterEnd) with { RecordedOn = recordedOn, RecordedBy = county };

    private static readonly ImplementationTracker Sent2 = new(Policies, new TrackingLog([Care(Tongyu, 0m, Sent), Care(Meihekou, 1m, Sent)], []));

    // 通榆 corrects its figure, 梅河口 withdraws its own, 珲春 reports for the first time, and 梅河口's first figure is sent again.
    private static RecordResult Resent() => Sent2.Record(new TrackingLog(
        [Care(Tongyu, 1m, Corrected), Care(Hunchun, 1m, Corrected), Care(Meihekou, 1m, Sent)],
        [],
        [new Withdrawal(Care(Meihekou, 1m, Sent).Key, Corrected, Meihekou, "填报错误")]));

    private static bool HasLatinWord(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, @"\b[A-Za-z]{2,}\b");

    [Fact]
    public void A_record_summary_counts_each_effect_under_its_chinese_label_and_keeps_the_english_readable_words_in_en()
    {
        var result = Resent();
        result.Effects.Should().Contain([EntryEffect.Correction, EntryEffect.New, EntryEffect.Withdrawal, EntryEffect.Duplicate]);

        var chinese = ReportText.Summary(result, Chinese);

        chinese.Should().Be(
            $"共{result.Entries.Count}条：新增{result.CountOf(EntryEffect.New)}条，更正{result.CountOf(EntryEffect.Correction)}条，撤回{result.CountOf(EntryEffect.Withdrawal)}条，"
            + $"重报（未变）{result.CountOf(EntryEffect.Unchanged)}条，重复（未记入）{result.CountOf(EntryEffect.Duplicate)}条");
        foreach (var effect in Enum.GetValues<EntryEffect>())
        {
            chinese.Should().Contain(ReportText.Of(effect, Chinese) + result.CountOf(effect) + "条", "the labels are the change table's");
        }

        ReportText.Summary(result, English).Should().Be(result.ToString());
    }

    [Fact]
    public void A_change_summary_names_the_days_the_effects_and_the_status_changes_in_chinese()
    {
        var tracker = Resent().Tracker;
        var changes = tracker.Changes(tracker.Scope(), QuarterEnd, after: Sent, through: Corrected);

        var chinese = ReportText.Summary(changes, Chinese);

        chinese.Should().Be(
            $"2025-10-10之后至2025-10-20新知悉的变化（状态截至2025-09-30）：新增{changes.CountOf(EntryEffect.New)}条，更正{changes.CountOf(EntryEffect.Correction)}条，"
            + $"撤回{changes.CountOf(EntryEffect.Withdrawal)}条，重报（未变）{changes.CountOf(EntryEffect.Unchanged)}条；状态变化{changes.Statuses.Count}项");
        changes.Statuses.Should().NotBeEmpty();
        HasLatinWord(chinese).Should().BeFalse(chinese);
        ReportText.Summary(changes, English).Should().Be(changes.ToString());
    }

    [Fact]
    public void A_light_summary_counts_each_colour_in_chinese()
    {
        var lights = Supervise(FiveGFrom72()).Lights(Day(2025, 6, 30));

        var chinese = ReportText.Summary(lights, Chinese);

        chinese.Should().StartWith($"截至2025-06-30（知悉日期{NodaTime.Text.LocalDatePattern.Iso.Format(lights.KnownOn)}）三色预警：事项{lights.Items.Count}项，")
            .And.Contain($"绿灯{lights.CountOf(Light.Green)}项").And.Contain($"黄灯{lights.CountOf(Light.Yellow)}项")
            .And.Contain($"红灯{lights.CountOf(Light.Red)}项").And.Contain($"灰灯{lights.CountOf(Light.Grey)}项").And.EndWith($"已销号{lights.Closed.Count}项");
        lights.Items.Should().NotBeEmpty();
        HasLatinWord(chinese).Should().BeFalse(chinese);
        ReportText.Summary(lights, English).Should().Be(lights.ToString());
    }

    [Fact]
    public void A_ranking_summary_names_the_period_and_how_many_bodies_are_ranked_in_chinese()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty).Record(Figure(CareHomes, Meihekou, 1m, Unit.Institution, Day(2022, 12, 1)));
        var ranking = Supervise(tracker).Rank(new DateInterval(Day(2022, 10, 1), Day(2022, 12, 31)));

        ReportText.Summary(ranking, Chinese).Should().Be($"考评排名（2022-10-01至2022-12-31）：县（市）{ranking.Counties.Count}个，部门{ranking.Departments.Count}个");
        ranking.Counties.Should().NotBeEmpty();
        ReportText.Summary(ranking, English).Should().Be(ranking.ToString());
    }

    [Fact]
    public void A_report_summary_is_the_summary_paragraph_of_the_html_report_in_either_language()
    {
        var report = Resent().Tracker.Report(Day(2025, 12, 31));

        foreach (var culture in new[] { Chinese, English })
        {
            var line = ReportText.Summary(report, culture);
            line.Should().Contain(report.Targets.Count.ToString(CultureInfo.InvariantCulture));
            HtmlReport.ForImplementation(report, culture).ToHtml().Should().Contain(System.Net.WebUtility.HtmlEncode(line));
        }

        ReportText.Summary(report, Chinese).Should().StartWith("截至2025-12-31（知悉日期2025-10-20）：目标");
        HasLatinWord(ReportText.Summary(report, Chinese)).Should().BeFalse();
    }

    [Fact]
    public void A_null_is_refused_naming_the_parameter()
    {
        FluentActions.Invoking(() => ReportText.Summary((RecordResult)null!)).Should().Throw<ArgumentNullException>().WithParameterName("result");
        FluentActions.Invoking(() => ReportText.Summary((ChangeReport)null!)).Should().Throw<ArgumentNullException>().WithParameterName("changes");
        FluentActions.Invoking(() => ReportText.Summary((LightReport)null!)).Should().Throw<ArgumentNullException>().WithParameterName("lights");
        FluentActions.Invoking(() => ReportText.Summary((Ranking)null!)).Should().Throw<ArgumentNullException>().WithParameterName("ranking");
        FluentActions.Invoking(() => ReportText.Summary((ImplementationReport)null!)).Should().Throw<ArgumentNullException>().WithParameterName("report");
    }
}
