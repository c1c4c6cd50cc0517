using FluentAssertions;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Testing;
using Jilin.Urbanization.Domain.Tracking;
using Xunit;
using NodaTime;
using Xunit.Sdk;

namespace ConsumerTests;

// A user's test project: it references the packed packages by version and tests through the Testing assertions.
public class PackagedLibraryTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Fact]
    public void The_packed_catalog_loads_both_documents()
    {
        Catalog.Documents.Should().HaveCount(2);
        Catalog.Measures.Should().HaveCount(146);
    }

    [Fact]
    public void A_measure_should_be_led_by_its_lead_department_by_any_of_its_names()
    {
        var measure = Catalog.GetMeasure("jilin-2021-urbanization-tasks/26");

        measure.Should().BeLedBy("省住房城乡建设厅").And.BeLedBy("吉林省住房和城乡建设厅").And.BeLedBy("housing-urban-rural-development");
    }

    [Fact]
    public void A_department_should_be_involved_in_a_measure_without_leading_it()
    {
        Catalog.GetMeasure("jilin-2022-county-urbanization/5").Should().Involve("省教育厅").And.HaveNoSingleLead();
    }

    [Fact]
    public void A_failing_lead_assertion_quotes_the_measure_its_text_and_the_rule()
    {
        var measure = Catalog.GetMeasure("jilin-2022-county-urbanization/5");

        var act = () => measure.Should().BeLedBy("省教育厅");

        act.Should().Throw<XunitException>()
            .WithMessage("*jilin-2022-county-urbanization/5*")
            .WithMessage("*按职责分工负责*")
            .WithMessage("*加强开发区与所在城区的基础设施配套*");
    }

    [Fact]
    public void An_indicator_should_be_met_by_an_observation_as_of_a_date()
    {
        var fiveG = Catalog.GetTarget("jilin-2022-county-urbanization/68/t1");
        var day = new LocalDate(2025, 12, 31);

        fiveG.Should().BeMetBy(new Observation(80m, Unit.Percent, day), day);
        fiveG.Should().NotBeMetBy(new Observation(0.78m, Unit.Fraction, day), day.PlusDays(1));
    }

    [Fact]
    public void A_compliance_report_should_have_no_overdue_targets_and_says_which_are()
    {
        var day = new LocalDate(2025, 12, 31);
        var report = new ProgressReport([new ProgressEntry(TargetId.Parse("jilin-2022-county-urbanization/68/t1"), new Observation(78m, Unit.Percent, day))])
            .Evaluate(Catalog, day.PlusDays(1));

        var act = () => report.Should().HaveNoOverdueTargets();

        act.Should().Throw<XunitException>().WithMessage("*jilin-2022-county-urbanization/68/t1*");
    }

    [Fact]
    public void An_implementation_report_is_asserted_within_its_scope_per_county_and_department()
    {
        const string nursingHome = "jilin-2022-county-urbanization/43/t1";
        var tracker = new ImplementationTracker(Catalog, TrackingLog.Empty);
        tracker = tracker.Record(new ProgressObservation(TargetId.Parse(nursingHome), tracker.Subjects.Resolve("珲春"), new Observation(0m, Unit.Institution, new LocalDate(2022, 12, 20))));
        var report = tracker.Report(tracker.Scope().InDocument(DocumentId.CountyUrbanization2022), new LocalDate(2023, 1, 15));

        report.Should().HaveTargetStatus(nursingHome, "珲春", ComplianceStatus.NotMet).And.HaveOverdueItemsFor("省民政厅");
        report.Targets.Single(t => t.Target.Id.ToString() == nursingHome).Should().BeNotMet();
        var act = () => report.Should().HaveNoOverdueItemsFor("省民政厅");

        act.Should().Throw<XunitException>().WithMessage("*leads jilin-2022-county-urbanization/43/t1*每个县(市)2022年底前至少建有一所*珲春市*NotMet*");
    }
}
