using FluentAssertions;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using Xunit;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

/// <summary>Issue 27: who may report (填报) what, the one check behind the tracker and a server's authorisation.</summary>
public class ReportingRightsTests
{
    private static readonly Unit Institution = Unit.Parse("所");
    private static readonly LocalDate QuarterEnd = Day(2025, 9, 30);

    private static Subject CivilAffairs => Subject.OfDepartment(Policies.FindDepartment("省民政厅").Id);

    private static ProgressObservation Care(Subject county, Subject by) =>
        Figure(CareHomes, county, 1m, Institution, QuarterEnd) with { RecordedBy = by };

    private static StatusUpdate Status(MeasureId measure, Subject reporter) =>
        new(measure, reporter, QuarterEnd, MeasureStatus.InProgress, "按计划推进");

    [Fact]
    public void The_provincial_office_may_report_every_figure_and_status_in_any_name()
    {
        ReportingRights.MayReport(Policies, Subject.Province, Care(Meihekou, Meihekou)).Should().BeTrue();
        ReportingRights.MayReport(Policies, Subject.Province, Status(WaterSupply, Housing)).Should().BeTrue();
        ReportingRights.MayReport(Policies, Subject.Province, new Withdrawal(EntryKey.Figure(CareHomes, Tongyu, QuarterEnd), QuarterEnd, Tongyu)).Should().BeTrue();
    }

    [Fact]
    public void A_county_reports_its_own_figures_and_is_refused_another_countys_naming_both()
    {
        ReportingRights.MayReport(Policies, Meihekou, Care(Meihekou, Meihekou)).Should().BeTrue();

        var refusal = ReportingRights.Refusal(Policies, Tongyu, Care(Meihekou, Tongyu));
        refusal.Should().Contain("通榆县").And.Contain("梅河口市").And.Contain("only its own figures");
        ReportingRights.MayReport(Policies, Tongyu, Care(Meihekou, Tongyu)).Should().BeFalse();
    }

    [Fact]
    public void A_county_reports_the_status_of_measures_its_document_makes_county_governments_implement_and_no_others()
    {
        Policies.GetDocument(Policies.GetMeasure(WaterSupply).DocumentId).ImplicitImplementer.Should().NotBeNull();
        ReportingRights.MayReport(Policies, Meihekou, Status(WaterSupply, Meihekou)).Should().BeTrue();

        foreach (var measure in Policies.Measures)
        {
            var implementer = Policies.GetDocument(measure.DocumentId).ImplicitImplementer;
            ReportingRights.MayReport(Policies, Meihekou, Status(measure.Id, Meihekou)).Should().Be(implementer is not null, measure.Id.ToString());
        }

        ReportingRights.Refusal(Policies, Meihekou, Status(WaterSupply, Tongyu) with { RecordedBy = Meihekou }).Should().Contain("only its own status");
    }

    [Fact]
    public void A_department_reports_the_measures_it_is_responsible_for_and_their_targets_figures_about_any_subject()
    {
        var careMeasure = Policies.GetMeasure(CareHomes.Measure);
        careMeasure.Responsibility.Involves(CivilAffairs.DepartmentId!.Value).Should().BeTrue();
        careMeasure.Responsibility.Involves(Housing.DepartmentId!.Value).Should().BeFalse();

        ReportingRights.MayReport(Policies, CivilAffairs, Care(Meihekou, CivilAffairs)).Should().BeTrue("it compiles the counties' figures of its measures");
        ReportingRights.MayReport(Policies, Housing, Status(WaterSupply, Housing)).Should().BeTrue();

        ReportingRights.Refusal(Policies, Housing, Care(Meihekou, Housing)).Should().Contain("not responsible for measure " + careMeasure.Id);
        ReportingRights.Refusal(Policies, CivilAffairs, Status(WaterSupply, CivilAffairs)).Should().Contain("not responsible for measure " + WaterSupply);
    }

    [Fact]
    public void A_body_reports_only_in_its_own_name_so_a_recordedBy_of_another_body_is_refused()
    {
        ReportingRights.Refusal(Policies, Meihekou, Care(Meihekou, Tongyu)).Should().Contain("recordedBy").And.Contain(Tongyu.ToString());
        ReportingRights.MayReport(Policies, Housing, Status(WaterSupply, Housing) with { RecordedBy = Subject.Province }).Should().BeFalse();
    }

    [Fact]
    public void A_withdrawal_follows_the_figure_or_status_it_withdraws()
    {
        var own = new Withdrawal(EntryKey.Figure(CareHomes, Meihekou, QuarterEnd), QuarterEnd, Meihekou);
        var others = new Withdrawal(EntryKey.Figure(CareHomes, Meihekou, QuarterEnd), QuarterEnd, Tongyu);
        var status = new Withdrawal(EntryKey.Status(WaterSupply, Housing, QuarterEnd), QuarterEnd, Housing);

        ReportingRights.MayReport(Policies, Meihekou, own).Should().BeTrue();
        ReportingRights.MayReport(Policies, Tongyu, others).Should().BeFalse();
        ReportingRights.MayReport(Policies, Housing, status).Should().BeTrue();
        ReportingRights.MayReport(Policies, CivilAffairs, new Withdrawal(status.Entry, QuarterEnd, CivilAffairs)).Should().BeFalse();
    }

    [Fact]
    public void A_caller_that_is_no_known_body_is_refused()
    {
        ReportingRights.Refusal(Policies, default, Care(Meihekou, Meihekou)).Should().Contain("(none)");
        ReportingRights.Refusal(Policies, Subject.OfDepartment(Jilin.Urbanization.Domain.Departments.DepartmentId.Parse("no-such-office")), Care(Meihekou, Meihekou))
            .Should().Contain("no division of Jilin and no department");
    }

    [Fact]
    public void The_tracker_refuses_an_entry_its_reporting_body_may_not_report_with_the_same_words()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty);
        var entry = Care(Meihekou, Tongyu);

        var record = () => tracker.Record(entry);

        record.Should().Throw<ArgumentException>().WithMessage("*" + ReportingRights.Refusal(Policies, Tongyu, entry) + "*");
        tracker.Record(Care(Meihekou, CivilAffairs)).Log.Observations.Should().ContainSingle();
    }
}
