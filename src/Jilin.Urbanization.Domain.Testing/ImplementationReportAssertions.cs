using Ardalis.GuardClauses;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Testing;

/// <summary>
/// Assertions on an <see cref="ImplementationReport"/> (督查督办 report), within the report's own scope
/// (<see cref="ImplementationReport.Scope"/>): no overdue targets, a target's status for a subject, a department's
/// overdue items, a measure's status. Failure messages quote each target's id and verbatim quote, name each subject
/// (<c>梅河口市 (220581)</c>), and give the status found and why (the evaluation's explanation, or the status updates).
/// </summary>
public sealed class ImplementationReportAssertions : ReferenceTypeAssertions<ImplementationReport, ImplementationReportAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The report under test.</param>
    public ImplementationReportAssertions(ImplementationReport subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "implementation report";

    /// <summary>
    /// Asserts that no target in the report's scope is overdue as of its day: past its deadline and not met (or not
    /// reported) for some subject it binds.
    /// </summary>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<ImplementationReportAssertions> HaveNoOverdueTargets(string because = "", params object[] becauseArgs)
    {
        if (NotNull("with no overdue targets", because, becauseArgs))
        {
            var overdue = Subject!.Overdue;
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(overdue.Count == 0)
                .FailWith(
                    "Expected no overdue targets as of {0} in {1}{reason}, but found {2}:\n{3}",
                    TrackingText.Day(Subject.AsOf),
                    Subject.Scope.ToString(),
                    overdue.Count,
                    TrackingText.Verbatim(string.Join("\n", TrackingText.Cut(overdue.Select(t => "- " + Overdue(t)), "- "))));
        }

        return new AndConstraint<ImplementationReportAssertions>(this);
    }

    /// <summary>Asserts that <paramref name="targetId"/> has <paramref name="expected"/> for <paramref name="subject"/> as of the report's day.</summary>
    /// <param name="targetId">The target's id, e.g. <c>jilin-2022-county-urbanization/43/t1</c>.</param>
    /// <param name="subject">The subject's name or canonical text: <c>梅河口</c>, <c>220581</c>, <c>全省</c>.</param>
    /// <param name="expected">The expected status.</param>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> or <paramref name="subject"/> is null, empty or whitespace, or <paramref name="subject"/> names several divisions.</exception>
    /// <exception cref="SubjectNotFoundException"><paramref name="subject"/> names no subject; the message lists the nearest names.</exception>
    public AndConstraint<ImplementationReportAssertions> HaveTargetStatus(string targetId, string subject, ComplianceStatus expected, string because = "", params object[] becauseArgs)
    {
        Guard.Against.NullOrWhiteSpace(targetId);
        Guard.Against.NullOrWhiteSpace(subject);
        if (!NotNull($"where {targetId} is {expected} for {subject}", because, becauseArgs))
        {
            return new AndConstraint<ImplementationReportAssertions>(this);
        }

        var directory = TrackingText.Directory(Subject!.Scope.Catalog);
        var who = directory.Resolve(subject);
        var rollup = Subject.Targets.FirstOrDefault(t => string.Equals(t.Target.Id.ToString(), targetId.Trim(), StringComparison.Ordinal));
        var result = rollup?.Results.FirstOrDefault(r => r.Subject == who);
        var scope = Execute.Assertion.BecauseOf(because, becauseArgs);
        if (rollup is null)
        {
            scope.FailWith(
                "Expected target {0} to be {1} for {2}{reason}, but the report has no such target in its scope ({3}).",
                targetId,
                expected.ToString(),
                TrackingText.Name(directory, who),
                Subject.Scope.ToString());
        }
        else if (result is null)
        {
            scope.FailWith(
                "Expected target {0} to be {1} for {2}{reason}, but the report has no result for that subject: the target binds {3}, and the report evaluates it for {4}.\nTarget: {5}",
                rollup.Target.Id.ToString(),
                expected.ToString(),
                TrackingText.Name(directory, who),
                rollup.Target.Binding.ToString(),
                string.Join("、", TrackingText.Cut(rollup.Results.Select(r => TrackingText.Name(directory, r.Subject)), string.Empty)),
                TrackingText.Target(rollup.Target));
        }
        else
        {
            scope.ForCondition(result.Status == expected)
                .FailWith(
                    "Expected target {0} to be {1} for {2} as of {3}{reason}, but it is {4}.\nTarget: {5}\n{6}\nWhy: {7}",
                    rollup.Target.Id.ToString(),
                    expected.ToString(),
                    TrackingText.Name(directory, who),
                    TrackingText.Day(Subject.AsOf),
                    result.Status.ToString(),
                    TrackingText.Target(rollup.Target),
                    TrackingText.Measure(Subject.Scope.Catalog, rollup.Target.MeasureId),
                    TrackingText.Verbatim(TrackingText.Why(result, Subject.AsOf)));
        }

        return new AndConstraint<ImplementationReportAssertions>(this);
    }

    /// <summary>
    /// Asserts that a department has nothing overdue in the report's scope: no target of a measure it leads (牵头) or
    /// shares past its deadline and not met, and no measure whose latest status from it is <see cref="MeasureStatus.Delayed"/>
    /// (滞后). A department with no measure in the scope has nothing overdue.
    /// </summary>
    /// <param name="department">The department's id or any name (<c>省住房和城乡建设厅</c>, <c>housing</c>).</param>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace.</exception>
    /// <exception cref="Departments.DepartmentNotFoundException">No department has the id or name.</exception>
    public AndConstraint<ImplementationReportAssertions> HaveNoOverdueItemsFor(string department, string because = "", params object[] becauseArgs) =>
        OverdueItemsFor(department, expectSome: false, because, becauseArgs);

    /// <summary>
    /// Asserts that a department has something overdue in the report's scope (see <see cref="HaveNoOverdueItemsFor"/>):
    /// a test that pins a known backlog, or checks that a late figure is noticed.
    /// </summary>
    /// <param name="department">The department's id or any name.</param>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace.</exception>
    /// <exception cref="Departments.DepartmentNotFoundException">No department has the id or name.</exception>
    public AndConstraint<ImplementationReportAssertions> HaveOverdueItemsFor(string department, string because = "", params object[] becauseArgs) =>
        OverdueItemsFor(department, expectSome: true, because, becauseArgs);

    /// <summary>
    /// Asserts that a measure's status as of the report's day is <paramref name="expected"/>: its lead department's
    /// (牵头部门) latest update, else the most recent of any reporter's (see <see cref="MeasureProgress.Status"/>).
    /// </summary>
    /// <param name="measure">The measure's id, e.g. <c>MeasureId.Parse("jilin-2022-county-urbanization/26")</c>.</param>
    /// <param name="expected">The expected status.</param>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<ImplementationReportAssertions> HaveMeasureStatus(MeasureId measure, MeasureStatus expected, string because = "", params object[] becauseArgs)
    {
        if (!NotNull($"where measure {measure} is {expected}", because, becauseArgs))
        {
            return new AndConstraint<ImplementationReportAssertions>(this);
        }

        var progress = Subject!.Measures.FirstOrDefault(m => m.Measure.Id == measure);
        var scope = Execute.Assertion.BecauseOf(because, becauseArgs);
        if (progress is null)
        {
            scope.FailWith(
                "Expected measure {0} to be {1}{reason}, but the report has no such measure in its scope ({2}).",
                measure.ToString(),
                expected.ToString(),
                Subject.Scope.ToString());
            return new AndConstraint<ImplementationReportAssertions>(this);
        }

        var directory = TrackingText.Directory(Subject.Scope.Catalog);
        var updates = progress.LatestByReporter.Count == 0
            ? $"nobody reported on it on or before {TrackingText.Day(Subject.AsOf)}"
            : string.Join("\n", progress.LatestByReporter.Select(u => "    " + TrackingText.Update(directory, u)));
        var lead = progress.Measure.Responsibility.Lead;
        scope.ForCondition(progress.Status == expected)
            .FailWith(
                "Expected measure {0} to be {1} as of {2}{reason}, but it is {3}.\nText: {4}\nLead: {5}\nLatest updates:\n{6}",
                measure.ToString(),
                expected.ToString(),
                TrackingText.Day(Subject.AsOf),
                progress.Status?.ToString() ?? "without a status",
                progress.Measure.Text,
                lead is null ? $"no single lead ({progress.Measure.Responsibility.Text}); the most recent update counts" : $"{lead.Name}; its latest update counts",
                TrackingText.Verbatim(updates));
        return new AndConstraint<ImplementationReportAssertions>(this);
    }

    private AndConstraint<ImplementationReportAssertions> OverdueItemsFor(string department, bool expectSome, string because, object[] becauseArgs)
    {
        Guard.Against.NullOrWhiteSpace(department);
        var what = expectSome ? "with overdue items for " + department : "with no overdue items for " + department;
        if (!NotNull(what, because, becauseArgs))
        {
            return new AndConstraint<ImplementationReportAssertions>(this);
        }

        var found = Subject!.Scope.Catalog.FindDepartment(department);
        var section = Subject.Departments.FirstOrDefault(d => d.Department.Id == found.Id);
        var overdue = section?.OverdueTargets ?? ValueList<TargetRollup>.Empty;
        var delayed = section?.Delayed ?? ValueList<MeasureProgress>.Empty;
        var count = overdue.Count + delayed.Count;
        var scope = Execute.Assertion.BecauseOf(because, becauseArgs);
        if (expectSome)
        {
            scope.ForCondition(count > 0)
                .FailWith(
                    "Expected {0} to have overdue items as of {1} in {2}{reason}, but it has none: {3}",
                    found.Name,
                    TrackingText.Day(Subject.AsOf),
                    Subject.Scope.ToString(),
                    section?.ToString() ?? "it has no measure in the report's scope.");
        }
        else
        {
            var directory = TrackingText.Directory(Subject.Scope.Catalog);
            var lines = overdue.Select(t => $"- {(section!.Led.Any(m => m.Measure.Id == t.Target.MeasureId) ? "leads" : "shares")} {Overdue(t)}")
                .Concat(delayed.Select(m => $"- delayed {TrackingText.Measure(Subject.Scope.Catalog, m.Measure.Id)}\n    {TrackingText.Update(directory, section!.LatestOf(m)!)}"));
            scope.ForCondition(count == 0)
                .FailWith(
                    "Expected {0} to have no overdue items as of {1} in {2}{reason}, but found {3} overdue target(s) and {4} delayed measure(s):\n{5}",
                    found.Name,
                    TrackingText.Day(Subject.AsOf),
                    Subject.Scope.ToString(),
                    overdue.Count,
                    delayed.Count,
                    TrackingText.Verbatim(string.Join("\n", TrackingText.Cut(lines, "- "))));
        }

        return new AndConstraint<ImplementationReportAssertions>(this);
    }

    // One overdue target: its line, its measure, and the subjects behind it with the reason for each.
    private string Overdue(TargetRollup rollup) =>
        $"{TrackingText.Target(rollup.Target)}\n    {TrackingText.Measure(Subject!.Scope.Catalog, rollup.Target.MeasureId)}\n"
        + TrackingText.Results(TrackingText.Directory(Subject.Scope.Catalog), rollup, Subject.AsOf, r => r.IsOverdue);

    private bool NotNull(string what, string because, object[] becauseArgs) =>
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected an implementation report {0}{reason}, but found <null>.", what);
}
