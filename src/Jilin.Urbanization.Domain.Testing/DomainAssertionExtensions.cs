using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;

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
}
