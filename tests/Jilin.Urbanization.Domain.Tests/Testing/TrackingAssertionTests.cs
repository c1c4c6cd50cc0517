using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Testing;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using Xunit.Sdk;

namespace Jilin.Urbanization.Domain.Tests.Testing;

// Shared with tests/Jilin.Urbanization.Domain.Testing.Fa7Tests, which runs them with FluentAssertions 7.
public class TrackingAssertionTests
{
    private const string County2022 = DocumentIds.CountyUrbanization2022;
    private const string NursingHome = County2022 + "/43/t1"; // each county, at least 1 所, by 2022-12-31, led by 省民政厅
    private const string CareBeds = County2022 + "/43/t2";    // province, at least 55 %, by 2025
    private const string FiveG = County2022 + "/68/t1";       // province, reaches 80 %, by 2025, led by 省通信管理局
    private const string ClassSize = County2022 + "/40/t1";   // province, zero, by 2022-12-31, led by 省教育厅
    private const string MinorsStations = County2022 + "/49/t1";
    private const string DelayedNarrative = "两县养老机构主体工程未完工，预计2023年二季度投用";

    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly LocalDate MidYear = new(2022, 6, 30);
    private static readonly LocalDate AfterDeadline = new(2023, 1, 15);
    private static readonly MeasureId GreenBuildings = MeasureId.Parse(County2022 + "/60"); // led by 省住房和城乡建设厅
    private static readonly MeasureId Elderly = MeasureId.Parse(County2022 + "/43");

    private static readonly ImplementationTracker Tracker = Build();

    private static ImplementationTracker Build()
    {
        var tracker = new ImplementationTracker(Catalog, TrackingLog.Empty);
        Subject County(string name) => tracker.Subjects.Resolve(name);
        var civilAffairs = Subject.OfDepartment(Catalog.FindDepartment("省民政厅").Id);
        var housing = Subject.OfDepartment(Catalog.FindDepartment("省住房和城乡建设厅").Id);
        return tracker
            .Record(new ProgressObservation(TargetId.Parse(NursingHome), County("梅河口"), new Observation(1m, Unit.Institution, new LocalDate(2022, 11, 30)), "梅河口市民政局"))
            .Record(new ProgressObservation(TargetId.Parse(NursingHome), County("珲春"), new Observation(0m, Unit.Institution, new LocalDate(2022, 12, 20))))
            .Record(new ProgressObservation(TargetId.Parse(NursingHome), County("扶余"), new Observation(1m, Unit.Institution, new LocalDate(2023, 1, 10))))
            .Record(new ProgressObservation(TargetId.Parse(FiveG), Subject.Province, new Observation(81m, Unit.Percent, new LocalDate(2022, 12, 31))))
            .Record(new ProgressObservation(TargetId.Parse(CareBeds), Subject.Province, new Observation(40m, Unit.Percent, new LocalDate(2022, 12, 31))))
            .Record(new ProgressObservation(TargetId.Parse(ClassSize), Subject.Province, new Observation(0m, Unit.Percent, new LocalDate(2022, 12, 1))))
            .Record(new StatusUpdate(Elderly, civilAffairs, new LocalDate(2023, 1, 5), MeasureStatus.Delayed, DelayedNarrative))
            .Record(new StatusUpdate(GreenBuildings, housing, new LocalDate(2022, 5, 31), MeasureStatus.Delayed, "县城绿色建筑标准待发布"))
            .Record(new StatusUpdate(GreenBuildings, housing, new LocalDate(2022, 12, 31), MeasureStatus.Completed, "县城新建民用建筑全部按绿色建筑标准设计"));
    }

    private static ImplementationReport Report(LocalDate asOf) => Tracker.Report(Tracker.Scope().InDocument(DocumentId.CountyUrbanization2022), asOf);

    private static TargetRollup Rollup(ImplementationReport report, string targetId) => report.Targets.Single(t => t.Target.Id.ToString() == targetId);

    [Fact]
    public void HaveNoOverdueTargets_on_an_implementation_report_keeps_to_its_scope()
    {
        // The 2021 targets are overdue and unreported, but the report covers only the 2022 document.
        Tracker.Report(MidYear).Overdue.Should().Contain(t => t.Target.Id.ToString().StartsWith("jilin-2021", StringComparison.Ordinal));
        Report(MidYear).Should().HaveNoOverdueTargets();
    }

    [Fact]
    public void HaveNoOverdueTargets_on_an_implementation_report_names_each_county_behind_and_why()
    {
        var report = Report(AfterDeadline);
        var why = Rollup(report, NursingHome).Results.Single(r => r.Status == ComplianceStatus.NotMet).Evaluation!.Explanation;

        var act = () => report.Should().HaveNoOverdueTargets();

        act.Should().Throw<XunitException>()
            .WithMessage("*as of*2023-01-15*in*documents jilin-2022-county-urbanization*found 1:*")
            .WithMessage($"*{NursingHome} (AtLeast 1 所, due 2022-12-31): 每个县(市)2022年底前至少建有一所*")
            .WithMessage("*珲春市 (*): NotMet (overdue)*0 所*")
            .WithMessage($"*{why}*")
            .WithMessage("*unreported (*")
            .Which.Message.Should().NotContain("梅河口市 (", "a county that met the target is not behind").And.NotContain(ClassSize, "the class-size target was met");
    }

    [Fact]
    public void HaveNoOverdueTargets_on_a_compliance_report_takes_a_scope()
    {
        var report = new ProgressReport([new ProgressEntry(TargetId.Parse(FiveG), new Observation(81m, Unit.Percent, MidYear))]).Evaluate(Catalog, MidYear);
        var scope = TrackingScope.Everything(Catalog).InDocument(DocumentId.CountyUrbanization2022);

        report.Should().HaveNoOverdueTargets(scope);
        var everything = () => report.Should().HaveNoOverdueTargets();
        everything.Should().Throw<XunitException>().WithMessage("*jilin-2021-urbanization-tasks/*");

        var late = new ProgressReport([new ProgressEntry(TargetId.Parse(FiveG), new Observation(70m, Unit.Percent, new LocalDate(2025, 12, 31)))]).Evaluate(Catalog, new LocalDate(2026, 1, 5));
        var act = () => late.Should().HaveNoOverdueTargets(scope.ForTarget(TargetId.Parse(FiveG)));
        act.Should().Throw<XunitException>()
            .WithMessage("*found 1:*")
            .WithMessage($"*targets {FiveG}*")
            .WithMessage("*到2025年行政村5G通达率达到80%*");
    }

    [Fact]
    public void HaveNoOverdueTargets_refuses_a_null_scope()
    {
        var report = new ProgressReport([]).Evaluate(Catalog, MidYear);

        var act = () => report.Should().HaveNoOverdueTargets((TrackingScope)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("scope");
    }

    [Fact]
    public void Status_assertions_on_a_rollup_pass_for_its_status()
    {
        var report = Report(AfterDeadline);

        Rollup(report, FiveG).Should().BeOnTrack().And.HaveStatus(ComplianceStatus.OnTrack);
        Rollup(report, CareBeds).Should().BePending();
        Rollup(report, ClassSize).Should().BeMet();
        Rollup(report, NursingHome).Should().BeNotMet("珲春 has none");
        Rollup(report, MinorsStations).Should().BeUnreported();
    }

    [Fact]
    public void A_failing_status_assertion_on_a_rollup_lists_the_subjects_not_in_that_status()
    {
        var act = () => Rollup(Report(AfterDeadline), NursingHome).Should().BeMet("every county should have one");

        act.Should().Throw<XunitException>()
            .WithMessage($"*{NursingHome}*(EachCounty)*to be*Met*because every county should have one*but it is*NotMet*")
            .WithMessage("*每个县(市)2022年底前至少建有一所*")
            .WithMessage("*珲春市 (*): NotMet*")
            .WithMessage("*扶余市 (*): MetLate*")
            .WithMessage("*unreported (*… and * more*");
    }

    [Fact]
    public void Status_assertions_on_a_result_pass_for_its_status()
    {
        Tracker.Evaluate(TargetId.Parse(NursingHome), "梅河口", AfterDeadline).Should().BeMet();
        Tracker.Evaluate(TargetId.Parse(NursingHome), "珲春", AfterDeadline).Should().BeNotMet();
        Tracker.Evaluate(TargetId.Parse(NursingHome), "扶余", AfterDeadline).Should().BeMetLate();
        Tracker.Evaluate(TargetId.Parse(NursingHome), "梅河口", MidYear).Should().BeUnreported();
        Tracker.Evaluate(TargetId.Parse(FiveG), "全省", AfterDeadline).Should().BeOnTrack();
        Tracker.Evaluate(TargetId.Parse(CareBeds), "全省", AfterDeadline).Should().BePending().And.HaveStatus(ComplianceStatus.Pending);
    }

    [Fact]
    public void A_failing_status_assertion_on_a_result_names_the_subject_and_says_why()
    {
        var result = Tracker.Evaluate(TargetId.Parse(NursingHome), "珲春", AfterDeadline);

        var act = () => result.Should().BeOnTrack();

        act.Should().Throw<XunitException>()
            .WithMessage($"*{NursingHome} for 珲春市 (*)*OnTrack*but it is*NotMet*")
            .WithMessage("*每个县(市)2022年底前至少建有一所*")
            .WithMessage($"*Why: 0 所*{result.Evaluation!.Explanation}*");

        var unreported = () => Tracker.Evaluate(TargetId.Parse(NursingHome), "梅河口", MidYear).Should().BeMet();
        unreported.Should().Throw<XunitException>().WithMessage("*Unreported*no observation on or before*");
    }

    [Fact]
    public void HaveTargetStatus_finds_the_target_for_a_subject_by_name()
    {
        var report = Report(AfterDeadline);

        report.Should().HaveTargetStatus(NursingHome, "梅河口", ComplianceStatus.Met)
            .And.HaveTargetStatus(NursingHome, "梅河口市人民政府", ComplianceStatus.Met)
            .And.HaveTargetStatus(FiveG, "全省", ComplianceStatus.OnTrack);
    }

    [Fact]
    public void HaveTargetStatus_fails_quoting_the_target_the_subject_and_the_reason()
    {
        var report = Report(AfterDeadline);
        var why = Tracker.Evaluate(TargetId.Parse(NursingHome), "珲春", AfterDeadline).Evaluation!.Explanation;

        var act = () => report.Should().HaveTargetStatus(NursingHome, "珲春", ComplianceStatus.Met);

        act.Should().Throw<XunitException>()
            .WithMessage($"*{NursingHome}*to be*Met*for*珲春市 (*)*as of*2023-01-15*but it is*NotMet*")
            .WithMessage("*每个县(市)2022年底前至少建有一所*")
            .WithMessage($"*{why}*");
    }

    [Fact]
    public void HaveTargetStatus_fails_for_a_target_outside_the_scope_or_a_subject_the_target_does_not_bind()
    {
        var report = Report(AfterDeadline);

        var outside = () => report.Should().HaveTargetStatus("jilin-2021-urbanization-tasks/26/t1", "全省", ComplianceStatus.Met);
        outside.Should().Throw<XunitException>().WithMessage($"*no such target in its scope*documents {County2022}*");

        var notBound = () => report.Should().HaveTargetStatus(FiveG, "梅河口", ComplianceStatus.OnTrack);
        notBound.Should().Throw<XunitException>().WithMessage("*no result for that subject*Province*吉林省*");
    }

    [Fact]
    public void HaveTargetStatus_refuses_a_subject_that_names_nothing()
    {
        var act = () => Report(AfterDeadline).Should().HaveTargetStatus(NursingHome, "不存在县", ComplianceStatus.Met);

        act.Should().Throw<SubjectNotFoundException>();
        var blank = () => Report(AfterDeadline).Should().HaveTargetStatus(" ", "梅河口", ComplianceStatus.Met);
        blank.Should().Throw<ArgumentException>().WithParameterName("targetId");
    }

    [Fact]
    public void HaveNoOverdueItemsFor_passes_for_a_department_with_nothing_overdue_by_any_name()
    {
        var report = Report(AfterDeadline);
        var telecom = Catalog.FindDepartment("省通信管理局");

        report.Should().HaveNoOverdueItemsFor("省通信管理局").And.HaveNoOverdueItemsFor(telecom.Id.ToString());
        Report(MidYear).Should().HaveNoOverdueItemsFor("省民政厅");
    }

    [Fact]
    public void HaveNoOverdueItemsFor_lists_overdue_targets_and_delayed_measures_with_the_reasons()
    {
        var act = () => Report(AfterDeadline).Should().HaveNoOverdueItemsFor("省民政厅");

        act.Should().Throw<XunitException>()
            .WithMessage("*省民政厅*no overdue items as of*2023-01-15*found 1 overdue target(s) and 1 delayed measure(s)*")
            .WithMessage($"*leads {NursingHome}*每个县(市)2022年底前至少建有一所*")
            .WithMessage("*珲春市 (*): NotMet*")
            .WithMessage($"*delayed measure {Elderly}*")
            .WithMessage($"*省民政厅 (*) on 2023-01-05: Delayed — {DelayedNarrative}*");
    }

    [Fact]
    public void HaveOverdueItemsFor_counts_a_delayed_measure_and_fails_for_a_department_with_none()
    {
        // As of mid-2022 nothing of the housing department is past due, but its latest word on measure 60 is Delayed.
        Report(MidYear).Should().HaveOverdueItemsFor("省住房和城乡建设厅");
        var notYet = () => Report(MidYear).Should().HaveOverdueItemsFor("省民政厅", "its nursing-home target is due only at the end of 2022");
        notYet.Should().Throw<XunitException>().WithMessage("*because its nursing-home target is due only at the end of 2022*");
        Report(AfterDeadline).Should().HaveOverdueItemsFor("省民政厅");

        var act = () => Report(AfterDeadline).Should().HaveOverdueItemsFor("省通信管理局");
        act.Should().Throw<XunitException>().WithMessage("*省通信管理局*overdue items as of*2023-01-15*but it has none*0 overdue target(s), 0 delayed*");
    }

    [Fact]
    public void Overdue_item_assertions_refuse_an_unknown_department()
    {
        var act = () => Report(AfterDeadline).Should().HaveNoOverdueItemsFor("不存在的厅");

        act.Should().Throw<Jilin.Urbanization.Domain.Departments.DepartmentNotFoundException>();
    }

    [Fact]
    public void HaveMeasureStatus_passes_for_the_lead_departments_latest_status()
    {
        Report(AfterDeadline).Should().HaveMeasureStatus(GreenBuildings, MeasureStatus.Completed).And.HaveMeasureStatus(Elderly, MeasureStatus.Delayed);
        Report(MidYear).Should().HaveMeasureStatus(GreenBuildings, MeasureStatus.Delayed);
    }

    [Fact]
    public void HaveMeasureStatus_fails_with_the_latest_updates_or_that_nobody_reported()
    {
        var act = () => Report(AfterDeadline).Should().HaveMeasureStatus(GreenBuildings, MeasureStatus.InProgress);
        act.Should().Throw<XunitException>()
            .WithMessage($"*measure*{GreenBuildings}*InProgress*as of*2023-01-15*but it is*Completed*")
            .WithMessage("*县城新建民用建筑全部建成绿色建筑*")
            .WithMessage("*省住房和城乡建设厅 (*) on 2022-12-31: Completed — 县城新建民用建筑全部按绿色建筑标准设计*");

        var silent = () => Report(AfterDeadline).Should().HaveMeasureStatus(MeasureId.Parse(County2022 + "/68"), MeasureStatus.InProgress);
        silent.Should().Throw<XunitException>().WithMessage("*without a status*nobody reported on it on or before 2023-01-15*");

        var outside = () => Report(AfterDeadline).Should().HaveMeasureStatus(MeasureId.Parse("jilin-2021-urbanization-tasks/26"), MeasureStatus.Completed);
        outside.Should().Throw<XunitException>().WithMessage("*no such measure in its scope*");
    }

    [Fact]
    public void A_long_overdue_list_is_printed_whole_up_to_a_limit_then_counted()
    {
        // As of 2026 every target of both documents is past due: a dozen are listed, the rest counted.
        var report = Tracker.Report(new LocalDate(2026, 6, 30));
        report.Overdue.Count.Should().BeGreaterThan(12);

        var act = () => report.Should().HaveNoOverdueTargets();

        act.Should().Throw<XunitException>()
            .WithMessage($"*found {report.Overdue.Count}:*")
            .WithMessage($"*- {report.Overdue[0].Target.Id} (*")
            .WithMessage($"*- … and {report.Overdue.Count - 12} more*")
            .Which.Message.Should().NotContain(report.Overdue[12].Target.Id + " (");
    }
}
