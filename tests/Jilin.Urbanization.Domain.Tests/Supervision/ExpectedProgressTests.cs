using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using static Jilin.Urbanization.Domain.Tests.Supervision.SupervisionFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Supervision;

/// <summary>序时进度: a straight line from the baseline to the target at its deadline, its source stated; hand-computed.</summary>
public class ExpectedProgressTests
{
    [Fact]
    public void The_5G_target_is_due_on_the_last_day_of_2025()
    {
        Policies.GetTarget(FiveG).Deadline!.Date.Should().Be(Day(2025, 12, 31), "到2025年: the cases below count days to it");
    }

    [Fact]
    public void A_level_target_starts_from_the_subjects_first_figure()
    {
        var schedule = Supervise(FiveGFrom72((75m, Day(2025, 6, 30)))).Schedule(FiveG, Subject.Province, Day(2025, 9, 30), Day(2025, 9, 30))!;

        schedule.Source.Should().Be(BaselineSource.FirstFigure);
        schedule.Baseline.Should().Be(72m);
        schedule.BaselineOn.Should().Be(Day(2025, 1, 1));
        schedule.TargetValue.Should().Be(80m);
    }

    [Fact]
    public void At_the_baseline_the_schedule_expects_the_baseline()
    {
        var schedule = Supervise(FiveGFrom72()).Schedule(FiveG, Subject.Province, Day(2025, 1, 1), Day(2025, 1, 1))!;

        schedule.ElapsedShare(Day(2025, 1, 1)).Should().Be(0m);
        schedule.ExpectedOn(Day(2025, 1, 1)).Should().Be(72m);
        schedule.ExpectedOn(Day(2024, 6, 1)).Should().Be(72m, "before the baseline nothing is expected beyond it");
    }

    [Fact]
    public void Midway_the_schedule_expects_half_the_way()
    {
        // 2025-01-01 to 2025-12-31 is 364 days; 2025-07-02 is 182 days in: half. 72 + (80 - 72) / 2 = 76.
        var schedule = Supervise(FiveGFrom72()).Schedule(FiveG, Subject.Province, Day(2025, 7, 2), Day(2025, 7, 2))!;

        schedule.ElapsedShare(Day(2025, 7, 2)).Should().Be(0.5m);
        schedule.ExpectedOn(Day(2025, 7, 2)).Should().Be(76m);
        schedule.CompletionShare(75m).Should().Be(0.375m, "(75 - 72) / (80 - 72)");
        schedule.PointsBehind(75m, Day(2025, 7, 2)).Should().Be(12.5m, "50 % of the time, 37.5 % of the way");
    }

    [Fact]
    public void At_the_deadline_and_after_it_the_schedule_expects_the_target()
    {
        var schedule = Supervise(FiveGFrom72()).Schedule(FiveG, Subject.Province, Day(2025, 12, 31), Day(2025, 12, 31))!;

        schedule.ExpectedOn(Day(2025, 12, 31)).Should().Be(80m);
        schedule.ExpectedOn(Day(2026, 3, 1)).Should().Be(80m);
        schedule.ElapsedShare(Day(2026, 3, 1)).Should().Be(1m);
    }

    [Fact]
    public void Without_any_figure_a_level_starts_from_zero_on_the_first_day_of_the_documents_year()
    {
        var schedule = Supervise(new ImplementationTracker(Policies, TrackingLog.Empty)).Schedule(FiveG, Subject.Province, Day(2025, 1, 1), Day(2025, 1, 1))!;

        schedule.Source.Should().Be(BaselineSource.Zero);
        schedule.Baseline.Should().Be(0m);
        schedule.BaselineOn.Should().Be(Day(2022, 1, 1), "the 2022 county-seat document");
    }

    [Fact]
    public void An_amount_within_a_period_starts_from_zero_on_the_periods_first_day()
    {
        var target = Policies.Targets.First(t => t.Kind == TargetKind.AmountWithinPeriod && t.Period is not null && t.Deadline is not null && t.Binding == TargetBinding.Province);
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty)
            .Record(Figure(target.Id, Subject.Province, target.Value / 2, target.Unit, target.Period!.Start.PlusDays(10)));

        var schedule = Supervise(tracker).Schedule(target.Id, Subject.Province, target.Deadline!.Date, target.Deadline!.Date)!;

        schedule.Source.Should().Be(BaselineSource.Zero, "counting an amount within a period starts at zero, whatever was reported first");
        schedule.BaselineOn.Should().Be(target.Period.Start);
    }

    [Fact]
    public void A_target_without_a_deadline_has_no_schedule()
    {
        var target = Policies.Targets.First(t => t.Deadline is null && t.Binding == TargetBinding.Province);

        Supervise(new ImplementationTracker(Policies, TrackingLog.Empty)).Schedule(target.Id, Subject.Province, Day(2025, 1, 1), Day(2025, 1, 1)).Should().BeNull();
    }

    [Fact]
    public void A_measure_is_expected_in_progress_until_its_deadline_and_completed_after_it()
    {
        var supervisor = Supervise(new ImplementationTracker(Policies, TrackingLog.Empty));
        var measure = FiveG.Measure;

        supervisor.DeadlineOf(measure).Should().Be(Day(2025, 12, 31));
        supervisor.ExpectedStatus(measure, Day(2025, 12, 31)).Should().Be(MeasureStatus.InProgress);
        supervisor.ExpectedStatus(measure, Day(2026, 1, 1)).Should().Be(MeasureStatus.Completed);
        supervisor.ExpectedStatus(Policies.Measures.First(m => m.Targets.Count == 0).Id, Day(2026, 1, 1)).Should().Be(MeasureStatus.Ongoing);
    }
}
