using System.Globalization;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

/// <summary>Issue 25, point 2: people know 梅河口市, not 220581 — every table, report, chart and message names a subject, the code beside it.</summary>
public class NamesBesideCodesTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly ImplementationTracker Tracker = new ImplementationTracker(Policies, TrackingLog.Empty)
        .Record(Figure(CareHomes, Meihekou, 1m, Unit.Institution, Day(2022, 11, 30)))
        .Record(Figure(CareHomes, Tongyu, 0m, Unit.Institution, Day(2022, 12, 31)))
        .Record(new StatusUpdate(WaterSupply, Housing, Day(2022, 12, 31), MeasureStatus.Delayed, "资金未到位"));

    private static readonly ImplementationReport Report = Tracker.Report(Day(2023, 1, 15));

    [Fact]
    public void A_table_lists_the_subjects_not_meeting_a_target_by_name_with_the_code_beside_it()
    {
        var csv = TargetRollupTable.From(Report).ToCsv(Chinese);

        csv.Should().Contain("通榆县 (220822)");
    }

    [Fact]
    public void A_chart_labels_a_county_by_name_with_its_code()
    {
        ImplementationStatusBars.ByCounty(Report, Chinese).Select(b => b.Label).Should().Contain("梅河口市（220581）");
    }

    [Fact]
    public void A_department_in_a_table_goes_by_its_short_official_name()
    {
        var housing = DepartmentProgressTable.From(Report).Rows.Single(r => r.Department.Code == Housing.DepartmentId.ToString());

        housing.Department.Name.Should().Be("省住房和城乡建设厅");
        DepartmentProgressTable.From(Report).ToCsv(Chinese).Should().Contain(",省住房和城乡建设厅,");
    }

    [Fact]
    public void A_message_refusing_a_figure_names_the_subject_and_the_province_with_their_codes()
    {
        var refused = FluentActions.Invoking(() => Tracker.Record(Figure(FiveG, Meihekou, 80m, Unit.Percent, Day(2023, 1, 1))));

        refused.Should().Throw<ArgumentException>().Which.Message.Should().Contain("not 梅河口市 (220581)").And.Contain("吉林省 (220000)");
    }

    [Fact]
    public void The_change_table_names_the_subject_and_who_recorded_it()
    {
        var changes = ChangeTable.From(Tracker.Changes(Tracker.Scope(), Day(2023, 1, 15), Day(2022, 11, 1), Day(2023, 1, 15)));

        var meihekou = changes.Rows.First(r => r.Subject.Code == "220581");
        meihekou.Subject.Name.Should().Be("梅河口市");
        meihekou.RecordedBy!.Name.Should().Be("梅河口市", "who recorded it goes by name too");
        meihekou.ToString().Should().EndWith("for 梅河口市 (220581)");
        changes.ToCsv(Chinese).Should().Contain("梅河口市");
    }

    [Fact]
    public void The_readable_form_of_a_result_and_an_entry_names_the_subject_with_its_code()
    {
        var result = Report.Targets.Single(t => t.Target.Id == CareHomes).Results.Single(r => r.Subject == Tongyu);

        result.ToString().Should().Be($"{CareHomes} for 通榆县 (220822): NotMet (overdue)");
        Tracker.Log.Observations.Single(o => o.Subject == Meihekou).ToString().Should().StartWith($"{CareHomes} for 梅河口市 (220581): ");
        Tracker.Log.StatusUpdates.Single().ToString().Should().StartWith($"{WaterSupply} by 省住房和城乡建设厅 (department:");
    }
}
