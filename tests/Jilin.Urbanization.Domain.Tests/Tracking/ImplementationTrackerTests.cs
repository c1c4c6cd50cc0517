using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime.Testing;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

public class ImplementationTrackerTests
{
    private static ImplementationTracker Tracker(params ProgressObservation[] figures) => new(Policies, new TrackingLog(figures, []));

    [Fact]
    public void Evaluation_as_of_a_day_uses_the_latest_figure_on_or_before_it()
    {
        var tracker = Tracker(
            Figure(FiveG, Subject.Province, 60m, Unit.Percent, Day(2024, 12, 31)),
            Figure(FiveG, Subject.Province, 81m, Unit.Percent, Day(2025, 9, 30)),
            Figure(FiveG, Subject.Province, 79m, Unit.Percent, Day(2026, 3, 31)));

        tracker.Evaluate(FiveG, "全省", Day(2025, 6, 30)).Latest!.Observation.Value.Value.Should().Be(60m);
        tracker.Evaluate(FiveG, "全省", Day(2025, 10, 1)).Status.Should().Be(ComplianceStatus.OnTrack);
        tracker.Evaluate(FiveG, "全省", Day(2026, 4, 1)).Status.Should().Be(ComplianceStatus.NotMet, "the latest figure, 79 %, is below 80 % after the deadline");
        tracker.Evaluate(FiveG, "全省", Day(2024, 1, 1)).Status.Should().Be(ComplianceStatus.Unreported);
    }

    [Fact]
    public void A_target_binding_each_county_is_evaluated_per_county_and_rolled_up()
    {
        Policies.GetTarget(CareHomes).Binding.Should().Be(TargetBinding.EachCounty);
        var tracker = Tracker(
            Figure(CareHomes, Meihekou, 1m, Unit.Institution, Day(2022, 11, 30)),
            Figure(CareHomes, Hunchun, 2m, Unit.Institution, Day(2022, 12, 15)),
            Figure(CareHomes, Tongyu, 0m, Unit.Institution, Day(2022, 12, 31)));

        var rollup = tracker.Report(Day(2023, 1, 15)).Targets.Single(t => t.Target.Id == CareHomes);

        rollup.Results.Should().HaveCount(39, "every 县(市) of Jilin: 20 county-level cities, 16 counties, 3 autonomous counties");
        rollup.MetCount.Should().Be(2);
        rollup.NotMeeting.Should().Equal(Tongyu);
        rollup.Unreported.Should().HaveCount(36);
        rollup.Status.Should().Be(ComplianceStatus.NotMet);
        rollup.IsOverdue.Should().BeTrue();
    }

    [Fact]
    public void A_province_wide_target_refuses_a_county_figure_and_a_county_target_a_province_figure()
    {
        var county = () => Tracker(Figure(FiveG, Meihekou, 80m, Unit.Percent, Day(2025, 1, 1)));
        var province = () => Tracker(Figure(CareHomes, Subject.Province, 39m, Unit.Institution, Day(2022, 12, 1)));

        county.Should().Throw<ArgumentException>().WithMessage("*binds the province as a whole*220000*");
        province.Should().Throw<ArgumentException>().WithMessage("*binds each county*");
    }

    [Fact]
    public void A_figure_in_a_unit_that_does_not_convert_is_refused()
    {
        var act = () => Tracker(Figure(FiveG, Subject.Province, 80m, Unit.Person, Day(2025, 1, 1)));

        act.Should().Throw<ArgumentException>().WithMessage("*measured in %*人*does not convert*");
    }

    [Fact]
    public void Two_different_figures_for_one_target_subject_and_day_recorded_on_the_same_day_conflict()
    {
        var act = () => Tracker(
            Figure(FiveG, Subject.Province, 70m, Unit.Percent, Day(2025, 1, 1)),
            Figure(FiveG, Subject.Province, 71m, Unit.Percent, Day(2025, 1, 1)));

        act.Should().Throw<ArgumentException>().WithMessage("*conflicts with*recorded on the same day (2025-01-01)*");
    }

    [Fact]
    public void A_department_not_responsible_for_a_measure_is_refused_naming_the_measure_and_its_departments()
    {
        var education = Subject.OfDepartment(Policies.FindDepartment("省教育厅").Id);
        var update = new StatusUpdate(WaterSupply, education, Day(2025, 3, 31), MeasureStatus.InProgress, "…");

        var act = () => new ImplementationTracker(Policies, TrackingLog.Empty).Record(update);

        act.Should().Throw<ArgumentException>().WithMessage($"*省教育厅 is not responsible for measure {WaterSupply}*its departments are 省住房和城乡建设厅*");
    }

    [Fact]
    public void Responsible_departments_and_county_governments_may_report_but_the_province_as_a_whole_may_not()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty)
            .Record(new StatusUpdate(WaterSupply, Housing, Day(2025, 3, 31), MeasureStatus.InProgress, "新建水厂2座"))
            .Record(new StatusUpdate(WaterSupply, Meihekou, Day(2025, 3, 31), MeasureStatus.Delayed, "资金未到位"))
            .Record(new StatusUpdate(EducationPlaces, Meihekou, Day(2021, 9, 30), MeasureStatus.Completed, "2021: 各市（县）是实施主体"));

        tracker.Log.StatusUpdates.Should().HaveCount(3);
        var province = () => tracker.Record(new StatusUpdate(WaterSupply, Subject.Province, Day(2025, 3, 31), MeasureStatus.InProgress, string.Empty));
        province.Should().Throw<ArgumentException>().WithMessage("*province as a whole does not report*");
    }

    [Fact]
    public void A_measure_status_is_the_lead_departments_latest_and_a_delayed_county_shows_in_its_section()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty)
            .Record(new StatusUpdate(WaterSupply, Housing, Day(2025, 3, 31), MeasureStatus.InProgress, "Q1"))
            .Record(new StatusUpdate(WaterSupply, Housing, Day(2025, 6, 30), MeasureStatus.Completed, "Q2"))
            .Record(new StatusUpdate(WaterSupply, Meihekou, Day(2025, 6, 30), MeasureStatus.Delayed, "资金未到位"));

        var report = tracker.Report(Day(2025, 5, 1));
        report.Measures.Single(m => m.Measure.Id == WaterSupply).Status.Should().Be(MeasureStatus.InProgress);
        var later = tracker.Report(Day(2025, 7, 1));
        later.Measures.Single(m => m.Measure.Id == WaterSupply).Status.Should().Be(MeasureStatus.Completed);
        later.County("梅河口").StatusUpdates.Should().ContainSingle(u => u.Status == MeasureStatus.Delayed);
    }

    [Fact]
    public void A_scope_limited_to_the_2022_document_does_not_count_2021_targets_as_overdue()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty);

        var everything = tracker.Report(Day(2026, 1, 1));
        var only2022 = tracker.Report(tracker.Scope().InDocument(DocumentId.CountyUrbanization2022), Day(2026, 1, 1));

        everything.Overdue.Should().Contain(t => t.Target.MeasureId.DocumentId == DocumentId.UrbanizationTasks2021);
        only2022.Overdue.Should().NotBeEmpty().And.OnlyContain(t => t.Target.MeasureId.DocumentId == DocumentId.CountyUrbanization2022);
        only2022.Targets.Should().OnlyContain(t => t.Target.MeasureId.DocumentId == DocumentId.CountyUrbanization2022);
    }

    [Fact]
    public void A_department_section_separates_what_it_leads_from_what_it_shares()
    {
        var report = new ImplementationTracker(Policies, TrackingLog.Empty).Report(Day(2026, 1, 1));
        var housing = report.Department("住房和城乡建设厅");

        housing.Led.Should().NotBeEmpty().And.OnlyContain(m => m.Measure.Responsibility.Lead!.Id == housing.Department.Id);
        housing.Shared.Should().NotBeEmpty().And.OnlyContain(m => m.Measure.Responsibility.Lead == null || m.Measure.Responsibility.Lead.Id != housing.Department.Id);
        housing.Shared.Should().OnlyContain(m => m.Measure.Responsibility.Involves(housing.Department.Id));
        housing.Unreported.Should().HaveCount(housing.Led.Count + housing.Shared.Count);
    }

    [Fact]
    public void A_scope_narrows_by_lead_department_and_by_subject()
    {
        var tracker = Tracker(
            Figure(CareHomes, Meihekou, 1m, Unit.Institution, Day(2022, 11, 30)),
            Figure(CareHomes, Hunchun, 1m, Unit.Institution, Day(2022, 11, 30)));
        var scope = tracker.Scope().LedBy("省民政厅").ForSubject("梅河口");

        var report = tracker.Report(scope, Day(2023, 1, 1));

        report.Measures.Should().OnlyContain(m => m.Measure.Responsibility.Lead!.Name == "省民政厅");
        report.Counties.Select(c => c.Division.Name).Should().Equal("梅河口市");
        report.Targets.Single(t => t.Target.Id == CareHomes).Results.Should().ContainSingle().Which.Status.Should().Be(ComplianceStatus.Met);
        report.ToString().Should().Contain("2023-01-01").And.Contain("led by 省民政厅");
    }

    [Fact]
    public void A_report_by_clock_is_the_report_of_todays_date_in_China()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty);
        var clock = new FakeClock(NodaTime.Instant.FromUtc(2025, 12, 31, 17, 0)); // 01:00 on 1 January 2026 in Jilin

        tracker.Report(tracker.Scope(), clock).AsOf.Should().Be(Day(2026, 1, 1));
    }

    [Fact]
    public void A_scope_made_for_another_catalog_is_refused()
    {
        var other = Jilin.Urbanization.Domain.Catalog.PolicyCatalog.LoadEmbedded();
        var act = () => new ImplementationTracker(Policies, TrackingLog.Empty).Report(TrackingScope.Everything(other), Day(2025, 1, 1));

        act.Should().Throw<ArgumentException>().WithMessage("*another catalog*");
    }

    [Fact]
    public void Unknown_names_in_a_scope_fail_at_once()
    {
        var scope = new ImplementationTracker(Policies, TrackingLog.Empty).Scope();

        FluentActions.Invoking(() => scope.LedBy("不存在的厅")).Should().Throw<KeyNotFoundException>();
        FluentActions.Invoking(() => scope.ForSubject("不存在县")).Should().Throw<SubjectNotFoundException>();
        FluentActions.Invoking(() => scope.ForTarget(TargetId.Parse("jilin-2022-county-urbanization/68/t9"))).Should().Throw<KeyNotFoundException>();
    }
}
