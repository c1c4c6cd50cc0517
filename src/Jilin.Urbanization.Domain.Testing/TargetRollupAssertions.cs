using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Testing;

/// <summary>
/// Assertions on a target's roll-up across its subjects (the province, or each county): <c>rollup.Should().BeMet()</c>.
/// A failure names every subject whose result is not the expected status, with the figure and the evaluation's explanation.
/// Measure texts and department names in the messages come from <see cref="PolicyCatalog.Default"/>.
/// </summary>
public sealed class TargetRollupAssertions : TrackingStatusAssertions<TargetRollup, TargetRollupAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The roll-up under test.</param>
    public TargetRollupAssertions(TargetRollup subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "target roll-up";

    private protected override ComplianceStatus StatusOf(TargetRollup subject) => subject.Status;

    private protected override string Describe(TargetRollup subject) => $"target {subject.Target.Id} ({subject.Target.Binding})";

    private protected override string Explain(TargetRollup subject, ComplianceStatus expected)
    {
        var directory = TrackingText.Directory(PolicyCatalog.Default);
        var asOf = subject.Results.Select(r => r.Evaluation?.AsOf).FirstOrDefault(d => d is not null);
        return $"Target: {TrackingText.Target(subject.Target)}\n{TrackingText.Measure(PolicyCatalog.Default, subject.Target.MeasureId)}\n"
            + $"Results: {subject.MetCount} of {subject.Results.Count} met; not {expected}:\n"
            + TrackingText.Results(directory, subject, asOf, r => r.Status != expected);
    }
}
