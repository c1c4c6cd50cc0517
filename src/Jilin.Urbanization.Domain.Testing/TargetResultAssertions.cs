using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Testing;

/// <summary>
/// Assertions on one target's result for one subject: <c>result.Should().BeOnTrack()</c>. A failure names the subject
/// and says why it has its status: the figure evaluated and the evaluation's explanation, or that nothing was reported.
/// Measure texts and department names in the messages come from <see cref="PolicyCatalog.Default"/>.
/// </summary>
public sealed class TargetResultAssertions : TrackingStatusAssertions<TargetResult, TargetResultAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The result under test.</param>
    public TargetResultAssertions(TargetResult subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "target result";

    private protected override ComplianceStatus StatusOf(TargetResult subject) => subject.Status;

    private protected override string Describe(TargetResult subject) =>
        $"target {subject.Target.Id} for {TrackingText.Name(TrackingText.Directory(PolicyCatalog.Default), subject.Subject)}";

    private protected override string Explain(TargetResult subject, ComplianceStatus expected) =>
        $"Target: {TrackingText.Target(subject.Target)}\n{TrackingText.Measure(PolicyCatalog.Default, subject.Target.MeasureId)}\n"
        + $"Why: {TrackingText.Why(subject, subject.Evaluation?.AsOf)}";
}
