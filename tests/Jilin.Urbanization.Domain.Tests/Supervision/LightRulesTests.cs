using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Supervision.SupervisionFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Supervision;

/// <summary>Every boundary of the default light rules, on the 5G target (72 % on 2025-01-01, 80 % due 2025-12-31), hand-computed.</summary>
public class LightRulesTests
{
    [Fact]
    public void Exactly_ten_points_behind_the_schedule_is_still_green()
    {
        // Midway (2025-07-02) 50 % of the time has passed; 75.2 covers (75.2 - 72) / 8 = 40 % of the way: 10 points behind.
        var light = LightOf(Supervise(FiveGFrom72((75.2m, Day(2025, 7, 2)))), FiveGItem, Day(2025, 7, 2));

        light.PointsBehind.Should().Be(10m);
        light.Light.Should().Be(Light.Green);
        light.Reason.Should().Be(LightReason.OnSchedule);
        light.Expected.Should().Be(76m);
        light.Gap.Should().Be(-0.8m);
    }

    [Fact]
    public void More_than_ten_points_behind_the_schedule_is_yellow()
    {
        // 75.1 covers 38.75 % of the way: 11.25 points behind.
        var light = LightOf(Supervise(FiveGFrom72((75.1m, Day(2025, 7, 2)))), FiveGItem, Day(2025, 7, 2));

        light.PointsBehind.Should().Be(11.25m);
        light.Light.Should().Be(Light.Yellow);
        light.Reason.Should().Be(LightReason.BehindSchedule);
        light.ReasonText.Should().Be("滞后序时进度11.25个百分点");
    }

    [Fact]
    public void An_office_that_allows_fifteen_points_sees_green_where_the_default_sees_yellow()
    {
        var light = LightOf(Supervise(FiveGFrom72((75.1m, Day(2025, 7, 2))), LightRules.Default with { YellowBehindPoints = 15m }), FiveGItem, Day(2025, 7, 2));

        light.Light.Should().Be(Light.Green);
    }

    [Fact]
    public void Thirty_one_days_before_the_deadline_an_item_on_schedule_is_green_and_thirty_days_before_it_is_yellow()
    {
        // 79 on 2025-11-15 is 87.5 % of the way; on 2025-11-30, 333 of 364 days (91.5 %) have passed: 4 points behind.
        var supervisor = Supervise(FiveGFrom72((79m, Day(2025, 11, 15))));

        LightOf(supervisor, FiveGItem, Day(2025, 11, 30)).Light.Should().Be(Light.Green);
        var near = LightOf(supervisor, FiveGItem, Day(2025, 12, 1));
        near.Light.Should().Be(Light.Yellow);
        near.Reason.Should().Be(LightReason.NearDeadline);
    }

    [Fact]
    public void On_the_deadline_not_met_is_yellow_and_the_day_after_it_is_red()
    {
        var supervisor = Supervise(FiveGFrom72((79m, Day(2025, 11, 15))));

        LightOf(supervisor, FiveGItem, Day(2025, 12, 31)).Light.Should().Be(Light.Yellow, "the deadline is inclusive");
        var overdue = LightOf(supervisor, FiveGItem, Day(2026, 1, 1));
        overdue.Light.Should().Be(Light.Red);
        overdue.Reason.Should().Be(LightReason.Overdue);
    }

    [Fact]
    public void Met_is_green_before_and_after_the_deadline()
    {
        var supervisor = Supervise(FiveGFrom72((80m, Day(2025, 11, 15))));

        LightOf(supervisor, FiveGItem, Day(2025, 12, 1)).Reason.Should().Be(LightReason.Met);
        LightOf(supervisor, FiveGItem, Day(2026, 6, 1)).Light.Should().Be(Light.Green);
    }

    [Fact]
    public void A_figure_from_the_quarter_before_last_turns_red_on_the_first_day_of_the_next_quarter()
    {
        // The only figure is dated 2025-01-01. On 2025-06-30 the last whole quarter is Q1 (it holds the figure); on
        // 2025-07-01 it is Q2, which has none: a whole reporting period without a report.
        var supervisor = Supervise(FiveGFrom72());

        LightOf(supervisor, FiveGItem, Day(2025, 6, 30)).Light.Should().NotBe(Light.Red);
        var stale = LightOf(supervisor, FiveGItem, Day(2025, 7, 1));
        stale.Light.Should().Be(Light.Red);
        stale.Reason.Should().Be(LightReason.NoReportForAPeriod);
    }

    [Fact]
    public void Nothing_reported_is_grey_until_the_deadline_and_red_after_it()
    {
        var supervisor = Supervise(new ImplementationTracker(Policies, TrackingLog.Empty));

        LightOf(supervisor, FiveGItem, Day(2025, 12, 31)).Light.Should().Be(Light.Grey);
        LightOf(supervisor, FiveGItem, Day(2026, 1, 1)).Light.Should().Be(Light.Red);
    }

    [Fact]
    public void A_province_wide_target_is_the_lead_departments_item()
    {
        var lead = Policies.GetMeasure(FiveG.Measure).Responsibility.Lead!;

        LightOf(Supervise(FiveGFrom72()), FiveGItem, Day(2025, 3, 1)).ResponsibleBody.Should().Be(Subject.OfDepartment(lead.Id));
    }

    [Fact]
    public void A_measure_reported_delayed_is_yellow_completed_green_and_unreported_grey()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty)
            .Record(new StatusUpdate(WaterSupply, Meihekou, Day(2025, 9, 30), MeasureStatus.Delayed, "资金未到位"))
            .Record(new StatusUpdate(WaterSupply, Housing, Day(2025, 9, 30), MeasureStatus.Completed, "完成"));
        var supervisor = Supervise(tracker);

        LightOf(supervisor, SupervisedItem.OfMeasure(WaterSupply, Meihekou), Day(2025, 10, 15)).Reason.Should().Be(LightReason.ReportedDelayed);
        LightOf(supervisor, SupervisedItem.OfMeasure(WaterSupply, Housing), Day(2025, 10, 15)).Light.Should().Be(Light.Green);
        LightOf(Supervise(new ImplementationTracker(Policies, TrackingLog.Empty)), SupervisedItem.OfMeasure(WaterSupply, Housing), Day(2025, 10, 15)).Light.Should().Be(Light.Grey);
    }

    [Fact]
    public void The_report_rolls_lights_up_per_county_department_and_chapter_and_counts_every_item()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty).Record(Figure(CareHomes, Meihekou, 1m, Jilin.Urbanization.Domain.Targets.Unit.Institution, Day(2022, 12, 1)));
        var report = Supervise(tracker).Lights(tracker.Scope().InDocument(Jilin.Urbanization.Domain.Documents.DocumentId.CountyUrbanization2022), Day(2023, 1, 15));

        var meihekou = report.Counties.Single(c => c.Key == "220581");
        meihekou.Name.Should().Be("梅河口市");
        meihekou.Items.Should().Contain(l => l.Item == CareHomesIn(Meihekou) && l.Light == Light.Green);
        report.Counties.Single(c => c.Key == Tongyu.ToString()).Items.Should().Contain(l => l.Item == CareHomesIn(Tongyu) && l.Light == Light.Red);
        report.Chapters.Sum(c => c.Items.Count).Should().Be(report.Items.Count, "every item belongs to one chapter");
        (report.CountOf(Light.Green) + report.CountOf(Light.Yellow) + report.CountOf(Light.Red) + report.CountOf(Light.Grey)).Should().Be(report.Items.Count);
        report.Departments.Should().OnlyContain(d => d.Key.StartsWith("department:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rollup_becomes_a_bar_in_the_lights_colours()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty).Record(Figure(CareHomes, Meihekou, 1m, Jilin.Urbanization.Domain.Targets.Unit.Institution, Day(2022, 12, 1)));
        var report = Supervise(tracker).Lights(tracker.Scope().ForTarget(CareHomes), Day(2023, 1, 15));

        var bar = LightBars.Of(report.Counties.Where(c => c.Key == "220581")).Single();
        bar.Label.Should().Be("梅河口市");
        bar.Counts.Select(c => (c.Status, c.Count, c.Colour)).Should().Equal(("红灯", 0, "#c62828"), ("黄灯", 0, "#f9a825"), ("绿灯", 1, "#2e7d32"), ("灰灯", 0, "#9e9e9e"));
        LightBars.Chart(report.Counties, "三色预警").Markup.Should().Contain("#c62828");
    }
}
