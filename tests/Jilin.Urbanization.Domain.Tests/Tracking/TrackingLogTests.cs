using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

public class TrackingLogTests
{
    private static readonly ProgressObservation March = Figure(FiveG, Subject.Province, 50m, Unit.Percent, Day(2025, 3, 31));
    private static readonly ProgressObservation June = Figure(FiveG, Subject.Province, 60m, Unit.Percent, Day(2025, 6, 30));

    [Fact]
    public void History_is_oldest_first_whatever_the_order_of_entry()
    {
        var log = new TrackingLog([June, March], []);

        log.History(FiveG, Subject.Province).Should().Equal(March, June);
        log.History(FiveG, Meihekou).Should().BeEmpty();
    }

    [Fact]
    public void The_latest_figure_as_of_a_day_is_the_last_dated_on_or_before_it()
    {
        var log = new TrackingLog([March, June], []);

        log.Latest(FiveG, Subject.Province, Day(2025, 3, 30)).Should().BeNull();
        log.Latest(FiveG, Subject.Province, Day(2025, 3, 31)).Should().Be(March);
        log.Latest(FiveG, Subject.Province, Day(2025, 6, 29)).Should().Be(March);
        log.Latest(FiveG, Subject.Province, Day(2030, 1, 1)).Should().Be(June);
    }

    [Fact]
    public void With_returns_a_new_log_and_leaves_the_old_one_unchanged()
    {
        var before = new TrackingLog([March], []);

        var after = before.WithObservation(June);

        before.Observations.Should().Equal(March);
        after.Observations.Should().Equal(March, June);
        after.Should().Be(new TrackingLog([March, June], []), "a log is a value");
        before.Merge(new TrackingLog([June], [])).Should().Be(after);
    }

    [Fact]
    public void Status_history_and_latest_status_follow_the_same_rule()
    {
        var q1 = new StatusUpdate(WaterSupply, Housing, Day(2025, 3, 31), MeasureStatus.InProgress, "Q1");
        var q2 = new StatusUpdate(WaterSupply, Housing, Day(2025, 6, 30), MeasureStatus.Completed, "Q2");
        var log = TrackingLog.Empty.WithStatusUpdates([q2, q1]);

        log.StatusHistory(WaterSupply, Housing).Should().Equal(q1, q2);
        log.LatestStatus(WaterSupply, Housing, Day(2025, 5, 1)).Should().Be(q1);
        log.ReportersOf(WaterSupply).Should().Equal(Housing);
    }

    [Fact]
    public void Null_entries_are_refused() =>
        FluentActions.Invoking(() => new TrackingLog([March, null!], [])).Should().Throw<ArgumentNullException>();
}
