using Ardalis.GuardClauses;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Testing;

/// <summary>Assertions on a <see cref="ComplianceReport"/>; failures list each offending target with its quote and measure.</summary>
public sealed class ComplianceReportAssertions : ReferenceTypeAssertions<ComplianceReport, ComplianceReportAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The report under test.</param>
    public ComplianceReportAssertions(ComplianceReport subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "compliance report";

    /// <summary>Asserts that no target is overdue (deadline passed without being met) as of the report's day.</summary>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<ComplianceReportAssertions> HaveNoOverdueTargets(string because = "", params object[] becauseArgs) =>
        NoOverdue(null, because, becauseArgs);

    /// <summary>
    /// Asserts that no target in <paramref name="scope"/> is overdue as of the report's day, so a county reporting on
    /// the 2022 measures does not see the unreported 2021 targets as overdue: <c>report.Should().HaveNoOverdueTargets(scope.InDocument(DocumentId.CountyUrbanization2022))</c>.
    /// The scope's document, chapter, group, measure, target and department conditions apply; a compliance report has
    /// no subjects, so subject conditions do not.
    /// </summary>
    /// <param name="scope">What the question covers (<see cref="TrackingScope.Everything(PolicyCatalog)"/>, narrowed).</param>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">An overdue target's measure is not in the scope's catalog.</exception>
    public AndConstraint<ComplianceReportAssertions> HaveNoOverdueTargets(TrackingScope scope, string because = "", params object[] becauseArgs)
    {
        Guard.Against.Null(scope);
        return NoOverdue(scope, because, becauseArgs);
    }

    /// <summary>Asserts that exactly <paramref name="expected"/> results have status <paramref name="status"/>.</summary>
    /// <param name="status">The status to count.</param>
    /// <param name="expected">The expected count.</param>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<ComplianceReportAssertions> HaveCount(ComplianceStatus status, int expected, string because = "", params object[] becauseArgs)
    {
        var ok = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected a compliance report{reason}, but found <null>.");
        if (ok)
        {
            var actual = Subject!.CountOf(status);
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(actual == expected)
                .FailWith(
                    "Expected {0} result(s) with status {1}{reason}, but found {2}: {3}",
                    expected,
                    status.ToString(),
                    actual,
                    string.Join("; ", Subject.Results.Where(r => r.Status == status).Select(r => r.ToString())));
        }

        return new AndConstraint<ComplianceReportAssertions>(this);
    }

    private AndConstraint<ComplianceReportAssertions> NoOverdue(TrackingScope? scope, string because, object[] becauseArgs)
    {
        var ok = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected a compliance report with no overdue targets{reason}, but found <null>.");
        if (ok)
        {
            var catalog = scope?.Catalog ?? PolicyCatalog.Default;
            var overdue = Subject!.Overdue.Where(t => scope is null || scope.Covers(t)).ToList();
            var lines = overdue.Select(t => $"- {TrackingText.Target(t)} — {TrackingText.Measure(catalog, t.MeasureId)}");
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(overdue.Count == 0)
                .FailWith(
                    "Expected no overdue targets as of {0} in {1}{reason}, but found {2}:\n{3}",
                    TrackingText.Day(Subject.AsOf),
                    scope?.ToString() ?? "everything",
                    overdue.Count,
                    TrackingText.Verbatim(string.Join("\n", lines)));
        }

        return new AndConstraint<ComplianceReportAssertions>(this);
    }
}
