using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

public class ProgressTablesTests
{
    private static readonly ImplementationReport Report = new ImplementationTracker(Policies, TrackingLog.Empty)
        .Record(Figure(CareHomes, Meihekou, 1m, Unit.Institution, Day(2022, 11, 30), "梅河口市民政局"))
        .Record(Figure(CareHomes, Tongyu, 0m, Unit.Institution, Day(2022, 12, 31)))
        .Record(new StatusUpdate(WaterSupply, Housing, Day(2022, 12, 31), MeasureStatus.Delayed, "资金未到位"))
        .Report(Day(2023, 1, 15));

    [Fact]
    public void Every_row_of_every_progress_table_states_the_as_of_day()
    {
        TargetProgressTable.From(Report).Rows.Should().OnlyContain(r => r.AsOf == "2023-01-15");
        DepartmentProgressTable.From(Report).Rows.Should().OnlyContain(r => r.AsOf == "2023-01-15");
        CountyProgressTable.From(Report).Rows.Should().OnlyContain(r => r.AsOf == "2023-01-15");
    }

    [Fact]
    public void The_target_table_has_one_row_per_target_and_subject_and_prints_ranges_with_both_bounds()
    {
        var table = TargetProgressTable.From(Report);

        table.Rows.Should().HaveCount(Report.Targets.Sum(t => t.Results.Count));
        table.Rows.Single(r => r.TargetId == CareHomes.ToString() && r.Subject.Code == "220581").Should().Match<TargetProgressRow>(r =>
            r.Subject.Name == "梅河口市" && r.Subject.Kind == SubjectKind.County && r.Status == ComplianceStatus.Met && r.Source == "梅河口市民政局"
            && r.Observed!.Value == 1m && r.Observed.Unit == "所");
        table.Rows.Single(r => r.TargetId == CareHomes.ToString() && r.Subject.Code == "220822").Should().Match<TargetProgressRow>(r => r.Status == ComplianceStatus.NotMet && r.Overdue);
        var range = Policies.Targets.First(t => t.Comparator == Comparator.Range);
        table.Rows.First(r => r.TargetId == range.Id.ToString()).Target.ToString().Should().Contain($"{range.Value:0.############}-{range.MaxValue:0.############}");
    }

    [Fact]
    public void The_department_table_counts_delays_and_the_county_table_counts_results()
    {
        var housing = DepartmentProgressTable.From(Report).Rows.Single(r => r.Department.Code == Housing.DepartmentId.ToString());
        housing.MeasuresDelayed.Should().Be(1);
        housing.LatestStatuses.Should().Contain(new LatestStatus(WaterSupply.ToString(), MeasureStatus.Delayed));

        var tongyu = CountyProgressTable.From(Report).Rows.Single(r => r.County.Code == "220822");
        tongyu.NotMet.Should().Be(1);
        tongyu.Overdue.Select(o => o.TargetId).Should().Contain(CareHomes.ToString());
    }

    [Fact]
    public void The_overall_table_has_one_row_per_target_printed_completely()
    {
        var table = TargetRollupTable.From(Report);

        table.Rows.Should().HaveCount(Report.Targets.Count);
        var careHomes = table.Rows.Single(r => r.TargetId == CareHomes.ToString());
        careHomes.Should().Match<TargetRollupRow>(r =>
            r.AsOf == "2023-01-15" && r.Status == ComplianceStatus.NotMet && r.Overdue && r.Subjects == 39 && r.Met == 1 && r.Unreported == 37);
        careHomes.NotMeeting.Should().Equal(new ReportSubject("220822", "通榆县", SubjectKind.County));
        careHomes.Target.ToString().Should().Be("atLeast 1 所");
        var range = Policies.Targets.First(t => t.Comparator == Comparator.Range);
        table.Rows.Single(r => r.TargetId == range.Id.ToString()).Target.ToString().Should().Be($"range {range.Value:0.############}-{range.MaxValue:0.############} {range.Unit.Symbol}");
    }

    [Fact]
    public void Overdue_targets_print_completely_in_reports_and_tables()
    {
        Report.Overdue.Single(t => t.Target.Id == CareHomes).ToString().Should().StartWith($"{CareHomes} (atLeast 1 所, due 2022-12-31) each county: NotMet");
        CountyProgressTable.From(Report).Rows.Single(r => r.County.Code == "220822").Overdue.Single().ToString().Should().Be($"{CareHomes} (atLeast 1 所, due 2022-12-31)");
    }

    [Fact]
    public void The_tables_export_to_csv_json_and_markdown()
    {
        var table = CountyProgressTable.From(Report);

        table.ToCsv().Should().StartWith("asOf,code,county,met,onTrack,pending,notMet,unreported,overdue,statusUpdates");
        table.ToJson().Should().Contain("\"name\": \"梅河口市\"");
        table.ToMarkdown().Should().Contain("| 2023-01-15 | 220581 | 梅河口市 |");
    }
}
