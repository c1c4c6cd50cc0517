using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Testing;

/// <summary>Entry points: <c>measure.Should().BeLedBy("省住房和城乡建设厅")</c>, <c>target.Should().BeMetBy(…)</c>, <c>report.Should().HaveNoOverdueTargets()</c>.</summary>
public static class DomainAssertionExtensions
{
    /// <summary>Starts assertions on a measure.</summary>
    /// <param name="measure">The measure under test.</param>
    public static MeasureAssertions Should(this Measure measure) => new(measure);

    /// <summary>Starts assertions on a target indicator: <c>target.Should().BeMetBy(observation, asOf)</c>.</summary>
    /// <param name="target">The target under test.</param>
    public static TargetIndicatorAssertions Should(this TargetIndicator target) => new(target);

    /// <summary>Starts assertions on a compliance report: <c>report.Should().HaveNoOverdueTargets()</c>.</summary>
    /// <param name="report">The report under test.</param>
    public static ComplianceReportAssertions Should(this ComplianceReport report) => new(report);

    /// <summary>Starts assertions on an implementation report: <c>report.Should().HaveNoOverdueItemsFor("省民政厅")</c>.</summary>
    /// <param name="report">The report under test.</param>
    public static ImplementationReportAssertions Should(this ImplementationReport report) => new(report);

    /// <summary>Starts assertions on a target's roll-up across its subjects: <c>rollup.Should().BeMet()</c>.</summary>
    /// <param name="rollup">The roll-up under test.</param>
    public static TargetRollupAssertions Should(this TargetRollup rollup) => new(rollup);

    /// <summary>Starts assertions on one target's result for one subject: <c>result.Should().BeOnTrack()</c>.</summary>
    /// <param name="result">The result under test.</param>
    public static TargetResultAssertions Should(this TargetResult result) => new(result);
}
