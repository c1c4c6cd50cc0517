using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Testing;

/// <summary>
/// Assertions on a <see cref="TargetIndicator"/>. Failure messages quote the target's id and verbatim quote, its
/// measure's id and text, the comparator and the evaluation's explanation, so a failing test explains itself.
/// </summary>
public sealed class TargetIndicatorAssertions : ReferenceTypeAssertions<TargetIndicator, TargetIndicatorAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The target under test.</param>
    public TargetIndicatorAssertions(TargetIndicator subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "target";

    /// <summary>
    /// Asserts that <paramref name="observation"/> meets the target as of <paramref name="asOf"/>: the evaluation is
    /// <see cref="ComplianceStatus.Met"/> (or <see cref="ComplianceStatus.OnTrack"/> before the deadline).
    /// </summary>
    /// <param name="observation">The observed value and the day it was taken.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<TargetIndicatorAssertions> BeMetBy(Observation observation, LocalDate asOf, string because = "", params object[] becauseArgs) =>
        Expect(observation, asOf, satisfied: true, because, becauseArgs);

    /// <summary>Asserts that <paramref name="observation"/> does not meet the target as of <paramref name="asOf"/>.</summary>
    /// <param name="observation">The observed value and the day it was taken.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<TargetIndicatorAssertions> NotBeMetBy(Observation observation, LocalDate asOf, string because = "", params object[] becauseArgs) =>
        Expect(observation, asOf, satisfied: false, because, becauseArgs);

    private AndConstraint<TargetIndicatorAssertions> Expect(Observation observation, LocalDate asOf, bool satisfied, string because, object[] becauseArgs)
    {
        var verb = satisfied ? "met" : "not met";
        var ok = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null && observation is not null)
            .FailWith("Expected a target to be {0} by an observation{reason}, but the target or the observation is <null>.", verb);
        if (!ok)
        {
            return new AndConstraint<TargetIndicatorAssertions>(this);
        }

        TargetEvaluation evaluation;
        try
        {
            evaluation = Subject!.Evaluate(observation!, asOf);
        }
        catch (ArgumentException e)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .FailWith("Expected target {0} to be {1} by {2}{reason}, but the observation cannot be evaluated: {3}", Subject!.Id.ToString(), verb, observation!.ToString(), e.Message);
            return new AndConstraint<TargetIndicatorAssertions>(this);
        }

        var measure = PolicyCatalog.Default.TryGetMeasure(Subject.MeasureId, out var m) ? m.Text : "(measure not in the default catalog)";
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(evaluation.Satisfied == satisfied)
            .FailWith(
                "Expected target {0} to be {1} by {2} as of {3}{reason}, but it is {4}.\nComparator: {5} {6}\nQuote: {7}\nMeasure {8}: {9}\nWhy: {10}",
                Subject.Id.ToString(),
                verb,
                observation!.ToString(),
                asOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                evaluation.Status.ToString(),
                Subject.Comparator.ToString(),
                TrackingText.Figure(Subject),
                Subject.Quote,
                Subject.MeasureId.ToString(),
                measure,
                evaluation.Explanation);
        return new AndConstraint<TargetIndicatorAssertions>(this);
    }
}
