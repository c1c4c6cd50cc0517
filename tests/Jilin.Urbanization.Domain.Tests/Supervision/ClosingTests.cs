using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using static Jilin.Urbanization.Domain.Tests.Supervision.SupervisionFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Supervision;

/// <summary>核查, 销号: a met item is closed only by a recorded verification; closed items leave lights and notices; reopening is recorded too.</summary>
public class ClosingTests
{
    private static readonly Supervisor Met = Supervise(FiveGFrom72((80m, Day(2025, 11, 15))));

    [Fact]
    public void A_met_target_keeps_its_light_until_a_verification_is_recorded()
    {
        var scope = Met.Tracker.Scope().ForTarget(FiveG);

        Met.Lights(scope, Day(2025, 12, 20)).Items.Should().Contain(l => l.Item == FiveGItem);

        var closed = Met.Record(Verify(FiveGItem, Day(2025, 12, 18), Day(2025, 12, 19)));
        var lights = closed.Lights(scope, Day(2025, 12, 20), Day(2025, 12, 20));
        lights.Items.Should().NotContain(l => l.Item == FiveGItem);
        lights.Closed.Should().Contain(FiveGItem);
        closed.Lights(scope, Day(2025, 12, 20), Day(2025, 12, 18)).Items.Should().Contain(l => l.Item == FiveGItem, "as known on the 18th the verification was not recorded yet");
    }

    [Fact]
    public void A_target_not_met_cannot_be_closed()
    {
        var notMet = Supervise(FiveGFrom72((79m, Day(2025, 11, 15))));

        notMet.Invoking(s => s.Record(Verify(FiveGItem, Day(2025, 12, 18), Day(2025, 12, 18)))).Should().Throw<ArgumentException>().WithMessage("*not met*");
    }

    [Fact]
    public void A_reopened_item_has_a_light_again_from_the_day_it_was_reopened()
    {
        var reopened = Met.Record(Verify(FiveGItem, Day(2025, 12, 18), Day(2025, 12, 18)))
            .Record(new Reopening { Item = FiveGItem, ReopenedOn = Day(2026, 1, 5), RecordedOn = Day(2026, 1, 5), RecordedBy = Subject.Province, Reason = "核查发现数据口径不一致" });
        var scope = reopened.Tracker.Scope().ForTarget(FiveG);

        reopened.Lights(scope, Day(2026, 1, 4)).Closed.Should().Contain(FiveGItem);
        reopened.Lights(scope, Day(2026, 1, 5)).Items.Should().Contain(l => l.Item == FiveGItem);
        reopened.Log.IsClosed(FiveGItem, Day(2026, 1, 5), Day(2026, 1, 5)).Should().BeFalse();
    }

    [Fact]
    public void Only_a_closed_item_is_reopened_and_a_closed_item_is_not_verified_again()
    {
        Met.Invoking(s => s.Record(new Reopening { Item = FiveGItem, ReopenedOn = Day(2026, 1, 5), RecordedOn = Day(2026, 1, 5), RecordedBy = Subject.Province, Reason = "复核" }))
            .Should().Throw<ArgumentException>().WithMessage("*not closed*");
        var closed = Met.Record(Verify(FiveGItem, Day(2025, 12, 18), Day(2025, 12, 18)));
        closed.Invoking(s => s.Record(Verify(FiveGItem, Day(2025, 12, 20), Day(2025, 12, 20)))).Should().Throw<ArgumentException>().WithMessage("*already closed*");
    }

    [Fact]
    public void A_completed_measure_is_closed_and_leaves_the_notices()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty)
            .Record(new StatusUpdate(CareHomes.Measure, Meihekou, Day(2022, 12, 1), MeasureStatus.Completed, "已投用"));
        var item = SupervisedItem.OfMeasure(CareHomes.Measure, Meihekou);
        var closed = Supervise(tracker).Record(Verify(item, Day(2022, 12, 20), Day(2022, 12, 20)));

        closed.Lights(tracker.Scope().ForMeasure(CareHomes.Measure), Day(2023, 1, 10)).Closed.Should().Contain(item);
        closed.DraftNotices(Day(2023, 1, 10), Day(2023, 1, 10)).SelectMany(n => n.Items).Should().NotContain(i => i.Item == item);
    }

    [Fact]
    public void The_supervision_log_round_trips_through_json()
    {
        var blue = NoticeEscalationTests.DraftFor(Supervise(new ImplementationTracker(Policies, TrackingLog.Empty)), Meihekou, Day(2023, 1, 10));
        var log = Met.Record(Verify(FiveGItem, Day(2025, 12, 18), Day(2025, 12, 19))).Log.With(blue).With(NoticeEscalationTests.Reply(blue.Number, Day(2023, 1, 12), Day(2023, 1, 12)));
        using var stream = new MemoryStream();

        log.WriteJson(stream);
        stream.Position = 0;
        var back = SupervisionLog.ReadJson(stream);

        back.Should().Be(log);
        new Supervisor(Met.Tracker, back).Log.Should().Be(log);
    }

    [Fact]
    public void A_measures_item_round_trips_through_the_supervision_logs_json_with_its_null_target()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty)
            .Record(new StatusUpdate(CareHomes.Measure, Meihekou, Day(2022, 12, 1), MeasureStatus.Completed, "已投用"));
        var log = Supervise(tracker).Record(Verify(SupervisedItem.OfMeasure(CareHomes.Measure, Meihekou), Day(2022, 12, 20), Day(2022, 12, 20))).Log;
        using var stream = new MemoryStream();

        log.WriteJson(stream);
        stream.Position = 0;

        SupervisionLog.ReadJson(stream).Should().Be(log);
    }

    [Fact]
    public void Notices_and_lights_with_empty_days_and_figures_round_trip_through_json()
    {
        // Nothing reported: every light is grey, with no latest figure, no gap, and measures without a deadline.
        var supervisor = Supervise(new ImplementationTracker(Policies, TrackingLog.Empty));
        var lights = supervisor.Lights(Day(2022, 6, 30));
        lights.Items.Should().Contain(l => l.Deadline == null && l.Latest == null && l.Status == null);
        var options = Jilin.Urbanization.Domain.Serialization.DomainJson.CreateOptions(Policies);
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<LightReport>)options.GetTypeInfo(typeof(LightReport));

        System.Text.Json.JsonSerializer.Deserialize(System.Text.Json.JsonSerializer.Serialize(lights, info), info).Should().Be(lights);

        var undated = NoticeEscalationTests.DraftFor(supervisor, Meihekou, Day(2023, 1, 10));
        undated = undated with { Items = undated.Items.Select(i => i with { Deadline = null }).ToValueList() };
        using var stream = new MemoryStream();
        SupervisionLog.Empty.With(undated).WriteJson(stream);
        stream.Position = 0;
        SupervisionLog.ReadJson(stream).Notices.Should().ContainSingle().Which.Should().Be(undated);
    }

    [Fact]
    public void A_broken_supervision_log_is_refused_naming_the_entry()
    {
        var reply = NoticeEscalationTests.Reply("督办〔2023〕9号", Day(2023, 1, 12), Day(2023, 1, 12));

        FluentActions.Invoking(() => new Supervisor(Met.Tracker, SupervisionLog.Empty.With(reply))).Should().Throw<ArgumentException>().WithMessage("*督办〔2023〕9号*");
        FluentActions.Invoking(() => SupervisionLog.ReadJson(new MemoryStream("{\"notices\":[]}"u8.ToArray()))).Should().Throw<PolicyDataException>();
    }

    private static Verification Verify(SupervisedItem item, LocalDate on, LocalDate recorded) =>
        new() { Item = item, VerifiedOn = on, RecordedOn = recorded, RecordedBy = Subject.Province, Note = "资料核查" };
}
