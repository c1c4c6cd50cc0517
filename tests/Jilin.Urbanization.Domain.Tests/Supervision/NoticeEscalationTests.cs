using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using static Jilin.Urbanization.Domain.Tests.Supervision.SupervisionFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Supervision;

/// <summary>督办单: blue → orange → red as notices go unanswered by their reply deadline; an answered one starts again at blue.</summary>
public class NoticeEscalationTests
{
    // 梅河口 reported no care home (43/t1, due 2022-12-31): red from 2023-01-01.
    private static readonly Supervisor Start = Supervise(new ImplementationTracker(Policies, TrackingLog.Empty));

    [Fact]
    public void A_body_with_a_red_item_gets_a_blue_notice_in_Chinese_naming_the_item_and_the_reply_deadline()
    {
        var notice = DraftFor(Start, Meihekou, Day(2023, 1, 10));

        notice.Level.Should().Be(NoticeLevel.Blue);
        notice.Number.Should().StartWith("督办〔2023〕").And.EndWith("号");
        notice.BodyName.Should().Be("梅河口市人民政府");
        notice.ReplyBy.Should().Be(Day(2023, 1, 20), "ten days by default");
        notice.Items.Should().Contain(i => i.Item == CareHomesIn(Meihekou) && i.Light == Light.Red && i.Situation == "逾期未完成（期限2022年12月31日）");
        notice.Follows.Should().BeNull();
        var html = notice.ToHtml();
        html.Should().Contain("<h1>蓝色督办单</h1>").And.Contain("梅河口市人民政府").And.Contain("回复期限").And.Contain("2023年1月20日").And.Contain("@page");
    }

    [Fact]
    public void Unanswered_notices_escalate_blue_orange_red_and_red_stays_red()
    {
        var blue = DraftFor(Start, Meihekou, Day(2023, 1, 10));
        var s1 = Start.Record(blue);

        s1.NextNoticeLevel(Meihekou, Day(2023, 1, 20), Day(2023, 1, 20)).Should().BeNull("the reply deadline has not passed");
        var orange = DraftFor(s1, Meihekou, Day(2023, 1, 21));
        orange.Level.Should().Be(NoticeLevel.Orange);
        orange.Follows.Should().Be(blue.Number);

        var s2 = s1.Record(orange);
        var red = DraftFor(s2, Meihekou, Day(2023, 2, 1));
        red.Level.Should().Be(NoticeLevel.Red);

        var s3 = s2.Record(red);
        DraftFor(s3, Meihekou, Day(2023, 2, 12)).Level.Should().Be(NoticeLevel.Red);
    }

    [Fact]
    public void A_notice_answered_by_its_deadline_is_followed_by_a_blue_one_and_one_answered_late_escalates()
    {
        var orange = DraftFor(Start, Meihekou, Day(2023, 1, 10)) with { Level = NoticeLevel.Orange };
        var issued = Start.Record(orange);

        var onTime = issued.Record(Reply(orange.Number, Day(2023, 1, 20), Day(2023, 1, 20)));
        onTime.NextNoticeLevel(Meihekou, Day(2023, 1, 21), Day(2023, 1, 21)).Should().Be(NoticeLevel.Blue);

        var late = issued.Record(Reply(orange.Number, Day(2023, 1, 21), Day(2023, 1, 21)));
        late.NextNoticeLevel(Meihekou, Day(2023, 1, 22), Day(2023, 1, 22)).Should().Be(NoticeLevel.Red);
    }

    [Fact]
    public void The_level_as_known_before_a_reply_was_recorded_is_reproduced_after_it()
    {
        var blue = DraftFor(Start, Meihekou, Day(2023, 1, 10));
        var replied = Start.Record(blue).Record(Reply(blue.Number, Day(2023, 1, 18), Day(2023, 1, 25)));

        replied.NextNoticeLevel(Meihekou, Day(2023, 1, 22), Day(2023, 1, 22)).Should().Be(NoticeLevel.Orange, "on 22 January the office did not know of the reply");
        replied.NextNoticeLevel(Meihekou, Day(2023, 1, 22), Day(2023, 1, 25)).Should().Be(NoticeLevel.Blue, "known on the 25th, it was answered on time");
    }

    [Fact]
    public void A_notice_number_is_issued_once_and_a_reply_needs_its_notice()
    {
        var blue = DraftFor(Start, Meihekou, Day(2023, 1, 10));
        var issued = Start.Record(blue);

        issued.Invoking(s => s.Record(blue)).Should().Throw<ArgumentException>().WithMessage("*was issued before*");
        Start.Invoking(s => s.Record(Reply(blue.Number, Day(2023, 1, 12), Day(2023, 1, 12)))).Should().Throw<ArgumentException>().WithMessage("*no notice*");
        issued.Invoking(s => s.Record(Reply(blue.Number, Day(2023, 1, 9), Day(2023, 1, 12)))).Should().Throw<ArgumentException>().WithMessage("*before the notice was issued*");
    }

    [Fact]
    public void A_notice_names_each_item_by_its_ids_and_its_subject_in_Chinese_not_by_the_English_readable_form()
    {
        var notice = DraftFor(Start, Meihekou, Day(2023, 1, 10));
        var item = notice.Items.Single(i => i.Item == CareHomesIn(Meihekou)).Item;

        item.ReferenceText.Should().Be($"{CareHomes} · 对象：梅河口市（220581）");
        notice.ToHtml().Should().Contain($"<small>{System.Net.WebUtility.HtmlEncode(item.ReferenceText)}</small>").And.NotContain(item.ToString(), "the English readable form says \"for\"");
    }

    [Fact]
    public void A_measure_item_names_its_responsible_body_in_Chinese_with_its_code_and_a_target_item_its_subject()
    {
        var measure = SupervisedItem.OfMeasure(CareHomes.Measure, Housing);

        measure.ReferenceText.Should().Be($"{CareHomes.Measure} · 责任单位：省住房和城乡建设厅（{Housing}）");
        FiveGItem.ReferenceText.Should().Be($"{FiveG} · 对象：吉林省（220000）");
        measure.ToString().Should().Contain(" by ", "the readable form stays English");
    }

    internal static Notice DraftFor(Supervisor supervisor, Subject body, LocalDate day) =>
        supervisor.DraftNotices(supervisor.Tracker.Scope().InDocument(Jilin.Urbanization.Domain.Documents.DocumentId.CountyUrbanization2022), day, day).Single(n => n.Body == body);

    internal static NoticeReply Reply(string number, LocalDate on, LocalDate recorded) =>
        new() { Notice = number, RepliedOn = on, RecordedOn = recorded, RecordedBy = Subject.Province, Text = "已整改" };
}
