using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Jilin.Urbanization.Domain.Compliance;

namespace Jilin.Urbanization.Domain.Testing;

/// <summary>
/// Assertions on where a target stands (<see cref="ComplianceStatus"/>), shared by a target's roll-up across its
/// subjects and one subject's result: <c>rollup.Should().BeMet()</c>, <c>result.Should().HaveStatus(ComplianceStatus.OnTrack)</c>.
/// Failure messages quote the target's id and verbatim quote, name each subject and say why it has its status.
/// </summary>
/// <typeparam name="TSubject">The tracked value: <see cref="Tracking.TargetRollup"/> or <see cref="Tracking.TargetResult"/>.</typeparam>
/// <typeparam name="TAssertions">The concrete assertions type, returned by <see cref="AndConstraint{T}"/>.</typeparam>
public abstract class TrackingStatusAssertions<TSubject, TAssertions> : ReferenceTypeAssertions<TSubject, TAssertions>
    where TSubject : class
    where TAssertions : TrackingStatusAssertions<TSubject, TAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The value under test.</param>
    private protected TrackingStatusAssertions(TSubject subject)
        : base(subject)
    {
    }

    /// <summary>Asserts that the status is <paramref name="expected"/>.</summary>
    /// <param name="expected">The expected status.</param>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<TAssertions> HaveStatus(ComplianceStatus expected, string because = "", params object[] becauseArgs)
    {
        var ok = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected a {0} with status {1}{reason}, but found <null>.", Identifier, expected.ToString());
        if (ok)
        {
            var actual = StatusOf(Subject!);
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(actual == expected)
                .FailWith(
                    "Expected {0} to be {1}{reason}, but it is {2}.\n{3}",
                    Describe(Subject!),
                    expected.ToString(),
                    actual.ToString(),
                    TrackingText.Verbatim(Explain(Subject!, expected)));
        }

        return new AndConstraint<TAssertions>((TAssertions)this);
    }

    /// <summary>Asserts that the status is <see cref="ComplianceStatus.Met"/>: reached in time.</summary>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<TAssertions> BeMet(string because = "", params object[] becauseArgs) =>
        HaveStatus(ComplianceStatus.Met, because, becauseArgs);

    /// <summary>Asserts that the status is <see cref="ComplianceStatus.MetLate"/>: satisfied by a figure taken after the deadline.</summary>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<TAssertions> BeMetLate(string because = "", params object[] becauseArgs) =>
        HaveStatus(ComplianceStatus.MetLate, because, becauseArgs);

    /// <summary>Asserts that the status is <see cref="ComplianceStatus.OnTrack"/>: not yet due and already satisfied.</summary>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<TAssertions> BeOnTrack(string because = "", params object[] becauseArgs) =>
        HaveStatus(ComplianceStatus.OnTrack, because, becauseArgs);

    /// <summary>Asserts that the status is <see cref="ComplianceStatus.Pending"/>: not yet due (or no deadline) and not yet satisfied.</summary>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<TAssertions> BePending(string because = "", params object[] becauseArgs) =>
        HaveStatus(ComplianceStatus.Pending, because, becauseArgs);

    /// <summary>Asserts that the status is <see cref="ComplianceStatus.NotMet"/>: the deadline passed and the figure does not satisfy it.</summary>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<TAssertions> BeNotMet(string because = "", params object[] becauseArgs) =>
        HaveStatus(ComplianceStatus.NotMet, because, becauseArgs);

    /// <summary>Asserts that the status is <see cref="ComplianceStatus.Unreported"/>: no figure on or before the day.</summary>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<TAssertions> BeUnreported(string because = "", params object[] becauseArgs) =>
        HaveStatus(ComplianceStatus.Unreported, because, becauseArgs);

    /// <summary>The status of <paramref name="subject"/>.</summary>
    private protected abstract ComplianceStatus StatusOf(TSubject subject);

    /// <summary>What is under test, on one line: the target (and subject).</summary>
    private protected abstract string Describe(TSubject subject);

    /// <summary>Why the status is what it is: the quote, the measure, the results.</summary>
    private protected abstract string Explain(TSubject subject, ComplianceStatus expected);
}
