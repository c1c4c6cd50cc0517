using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using static Jilin.Urbanization.Domain.Tests.Supervision.SupervisionFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Supervision;

/// <summary>考评: the score from weights that are data, the ranking best first, ties shared or settled and explained.</summary>
public class RankingTests
{
    private static readonly DateInterval Q4 = new(Day(2022, 10, 1), Day(2022, 12, 31));

    // 梅河口 and 珲春 each built their care home (43/t1) in the quarter and reported it on time; 通榆 did not.
    private static readonly ImplementationTracker Tracker = new ImplementationTracker(Policies, TrackingLog.Empty)
        .Record(Figure(CareHomes, Meihekou, 1m, Unit.Institution, Day(2022, 12, 1)))
        .Record(Figure(CareHomes, Hunchun, 1m, Unit.Institution, Day(2022, 12, 1)));

    [Fact]
    public void A_county_scores_by_the_weights_hand_computed()
    {
        var ranking = Supervise(Tracker).Rank(Q4);
        var meihekou = ranking.Counties.Single(r => r.Body == Meihekou);
        var tongyu = ranking.Counties.Single(r => r.Body == Tongyu);

        // Both have the same items (the per-county targets of both documents); 梅河口's care home is met: green and
        // needing no report. Score = 40 × on time / items + 60 × green / items − 2 × overdue − 5 × late replies.
        var items = meihekou.Items;
        tongyu.Items.Should().Be(items);
        meihekou.GreenItems.Should().Be(tongyu.GreenItems + 1);
        meihekou.ReportedOnTime.Should().Be(tongyu.ReportedOnTime + 1);
        meihekou.Score.Should().Be(Math.Round((40m * meihekou.ReportedOnTime / items) + (60m * meihekou.GreenItems / items) - (2m * meihekou.OverdueItems), 2, MidpointRounding.AwayFromZero));
        meihekou.Rank.Should().BeLessThan(tongyu.Rank);
    }

    [Fact]
    public void Counties_equal_on_score_overdue_items_and_late_replies_share_a_rank_and_say_so()
    {
        var ranking = Supervise(Tracker).Rank(Q4);
        var meihekou = ranking.Counties.Single(r => r.Body == Meihekou);
        var hunchun = ranking.Counties.Single(r => r.Body == Hunchun);

        meihekou.Rank.Should().Be(1);
        hunchun.Rank.Should().Be(1);
        meihekou.TieNote.Should().Be($"与珲春市并列第1名：得分{meihekou.Score:0.00}、逾期事项{meihekou.OverdueItems}项、逾期回复0次均相同");
        ranking.Counties[2].Rank.Should().Be(3, "two share the first place, so the next is third (1, 1, 3)");
    }

    [Fact]
    public void Equal_scores_are_settled_by_fewer_overdue_items_and_the_note_says_how()
    {
        BodyScore Row(string name, int body, decimal score, int overdue) => new()
        {
            Body = Subject.OfDivision(Jilin.Urbanization.Domain.Divisions.DivisionCode.Parse(body.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Name = name, Items = 10, ReportedOnTime = 5, GreenItems = 5, OverdueItems = overdue, LateReplies = 0, Score = score, Rank = 0,
        };

        var ranked = Scorer.Ranked([Row("梅河口市", 220581, 80m, 2), Row("珲春市", 222404, 80m, 1), Row("通榆县", 220822, 90m, 0)]);

        ranked.Select(r => (r.Name, r.Rank)).Should().Equal(("通榆县", 1), ("珲春市", 2), ("梅河口市", 3));
        ranked[1].TieNote.Should().Be("得分80.00与梅河口市相同，按逾期事项（本单位1项）、逾期回复（0次）由少到多排序");
        ranked[0].TieNote.Should().BeNull();
    }

    [Fact]
    public void Weights_are_data_that_round_trip_and_change_the_score()
    {
        using var stream = new MemoryStream("{\"onTime\":1,\"green\":0,\"perOverdueItem\":0,\"perLateReply\":0}"u8.ToArray());
        var onlyOnTime = ScoreWeights.ReadJson(stream);

        var row = Supervise(Tracker).Rank(Q4, onlyOnTime, Day(2023, 1, 10)).Counties.Single(r => r.Body == Meihekou);

        row.Score.Should().Be(Math.Round(100m * row.ReportedOnTime / row.Items, 2, MidpointRounding.AwayFromZero));
        using var written = new MemoryStream();
        ScoreWeights.Default.WriteJson(written);
        System.Text.Encoding.UTF8.GetString(written.ToArray()).Should().Be("{\"onTime\":0.4,\"green\":0.6,\"perOverdueItem\":2,\"perLateReply\":5}");
        FluentActions.Invoking(() => ScoreWeights.ReadJson(new MemoryStream("{\"onTime\":2,\"green\":0,\"perOverdueItem\":0,\"perLateReply\":0}"u8.ToArray()))).Should().Throw<PolicyDataException>();
    }

    [Fact]
    public void A_notice_answered_late_costs_its_body_the_weight_per_late_reply()
    {
        var supervisor = Supervise(new ImplementationTracker(Policies, TrackingLog.Empty));
        var blue = NoticeEscalationTests.DraftFor(supervisor, Tongyu, Day(2023, 1, 10));
        var period = new DateInterval(Day(2023, 1, 1), Day(2023, 3, 31));
        var late = supervisor.Record(blue).Record(NoticeEscalationTests.Reply(blue.Number, Day(2023, 1, 25), Day(2023, 1, 25)));
        var onTime = supervisor.Record(blue).Record(NoticeEscalationTests.Reply(blue.Number, Day(2023, 1, 15), Day(2023, 1, 15)));

        var lateRow = late.Rank(period).Counties.Single(r => r.Body == Tongyu);
        var onTimeRow = onTime.Rank(period).Counties.Single(r => r.Body == Tongyu);

        lateRow.LateReplies.Should().Be(1);
        onTimeRow.LateReplies.Should().Be(0);
        (onTimeRow.Score - lateRow.Score).Should().Be(5m);
    }
}
