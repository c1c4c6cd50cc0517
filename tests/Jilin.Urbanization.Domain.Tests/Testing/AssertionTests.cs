using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Testing;
using NodaTime;
using Xunit.Sdk;

namespace Jilin.Urbanization.Domain.Tests.Testing;

public class AssertionTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly TargetIndicator FiveG = Catalog.GetTarget("jilin-2022-county-urbanization/68/t1");
    private static readonly LocalDate EndOf2025 = new(2025, 12, 31);

    [Fact]
    public void BeLedBy_passes_for_the_lead_by_any_name_and_fails_quoting_the_rule_and_text()
    {
        var measure = Catalog.GetMeasure("jilin-2022-county-urbanization/2");
        measure.Should().BeLedBy("省农业农村厅").And.BeLedBy("agriculture-rural-affairs").And.Involve("省畜牧局");

        var act = () => measure.Should().BeLedBy("省发展改革委");

        act.Should().Throw<XunitException>()
            .WithMessage("*jilin-2022-county-urbanization/2*")
            .WithMessage("*省农业农村厅*")
            .WithMessage("*列第一位为牵头部门*")
            .WithMessage("*做大做强农产品加工业*");
    }

    [Fact]
    public void HaveNoSingleLead_fails_for_a_led_measure()
    {
        Catalog.GetMeasure("jilin-2021-urbanization-tasks/3").Should().HaveNoSingleLead();
        var act = () => Catalog.GetMeasure("jilin-2021-urbanization-tasks/1").Should().HaveNoSingleLead();
        act.Should().Throw<XunitException>().WithMessage("*省公安厅*");
    }

    [Fact]
    public void Involve_fails_listing_the_departments_there_are()
    {
        var act = () => Catalog.GetMeasure("jilin-2021-urbanization-tasks/3").Should().Involve("省财政厅");

        act.Should().Throw<XunitException>().WithMessage("*省教育厅、省委编办*");
    }

    [Fact]
    public void BeMetBy_explains_the_comparator_quote_and_measure_when_it_fails()
    {
        FiveG.Should().BeMetBy(new Observation(80m, Unit.Percent, EndOf2025), EndOf2025.PlusDays(1));
        FiveG.Should().NotBeMetBy(new Observation(78m, Unit.Percent, EndOf2025), EndOf2025.PlusDays(1));

        var act = () => FiveG.Should().BeMetBy(new Observation(78m, Unit.Percent, EndOf2025), EndOf2025.PlusDays(1));

        act.Should().Throw<XunitException>()
            .WithMessage("*jilin-2022-county-urbanization/68/t1*")
            .WithMessage("*NotMet*")
            .WithMessage("*Reaches*80 %*")
            .WithMessage("*到2025年行政村5G通达率达到80%*")
            .WithMessage("*实施乡村新型基础设施建设行动*");
    }

    [Fact]
    public void BeMetBy_fails_clearly_for_an_incompatible_unit()
    {
        var act = () => FiveG.Should().BeMetBy(new Observation(80m, Unit.Person, EndOf2025), EndOf2025);

        act.Should().Throw<XunitException>().WithMessage("*cannot be evaluated*");
    }

    [Fact]
    public void HaveNoOverdueTargets_lists_each_overdue_target_with_its_quote()
    {
        var onTime = new ProgressReport([new ProgressEntry(TargetId.Parse(FiveG.Id.ToString()), new Observation(81m, Unit.Percent, EndOf2025))]).Evaluate(Catalog, EndOf2025.PlusDays(1));
        var late = new ProgressReport([new ProgressEntry(TargetId.Parse(FiveG.Id.ToString()), new Observation(70m, Unit.Percent, EndOf2025))]).Evaluate(Catalog, EndOf2025.PlusDays(1));

        onTime.Overdue.Should().NotContain(t => t.Id == FiveG.Id);
        late.Overdue.Should().Contain(t => t.Id == FiveG.Id);
        var act = () => late.Should().HaveNoOverdueTargets();
        act.Should().Throw<XunitException>().WithMessage("*jilin-2022-county-urbanization/68/t1*到2025年行政村5G通达率达到80%*");
    }

    [Fact]
    public void HaveCount_checks_the_results_by_status()
    {
        var report = new ProgressReport([new ProgressEntry(TargetId.Parse(FiveG.Id.ToString()), new Observation(81m, Unit.Percent, EndOf2025))]).Evaluate(Catalog, EndOf2025);

        report.Should().HaveCount(ComplianceStatus.OnTrack, 1);
        var act = () => report.Should().HaveCount(ComplianceStatus.NotMet, 1);
        act.Should().Throw<XunitException>().WithMessage("*NotMet*found 0*");
    }
}
