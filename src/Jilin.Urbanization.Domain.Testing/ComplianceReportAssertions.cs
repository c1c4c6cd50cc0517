using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;

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
    public AndConstraint<ComplianceReportAssertions> HaveNoOverdueTargets(string because = "", params object[] becauseArgs)
    {
        var ok = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected a compliance report with no overdue targets{reason}, but found <null>.");
        if (ok)
        {
            var lines = Subject!.Overdue.Select(t =>
                $"- {t.Id} ({t.Comparator} {t.Value} {t.Unit.Symbol}, due {t.Deadline?.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}): {t.Quote} — measure {t.MeasureId}: {MeasureText(t.MeasureId)}");
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(Subject.Overdue.Count == 0)
                .FailWith(
                    "Expected no overdue targets as of {0}{reason}, but found {1}:\n{2}",
                    Subject.AsOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    Subject.Overdue.Count,
                    string.Join("\n", lines));
        }

        return new AndConstraint<ComplianceReportAssertions>(this);
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

    private static string MeasureText(Documents.MeasureId id) =>
        PolicyCatalog.Default.TryGetMeasure(id, out var measure) ? measure.Text : "(measure not in the default catalog)";
}
