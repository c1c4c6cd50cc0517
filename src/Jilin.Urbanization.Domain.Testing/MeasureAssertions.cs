using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Testing;

/// <summary>
/// Assertions on a <see cref="Measure"/>'s responsibility. Failure messages quote the measure's id, its verbatim
/// text and responsibility, and the lead rule that decided, so a failing test explains itself.
/// </summary>
public sealed class MeasureAssertions : ReferenceTypeAssertions<Measure, MeasureAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The measure under test.</param>
    public MeasureAssertions(Measure subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "measure";

    /// <summary>Asserts that the measure's lead department (牵头部门) is <paramref name="department"/> (an id or any name).</summary>
    /// <param name="department">A department id or name, e.g. <c>省住房城乡建设厅</c>.</param>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<MeasureAssertions> BeLedBy(string department, string because = "", params object[] becauseArgs)
    {
        var ok = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected a measure led by {0}{reason}, but found <null>.", department);
        if (ok)
        {
            var lead = Subject!.Responsibility.Lead;
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(lead is not null && Matches(lead, department))
                .FailWith(
                    "Expected measure {0} to be led by {1}{reason}, but {2}\nRule: {3}\nResponsibility: ({4})\nText: {5}",
                    Subject.Id.ToString(),
                    department,
                    lead is null ? "it has no single lead." : $"it is led by {lead.Name} ({lead.Id}).",
                    Subject.Responsibility.Explanation,
                    Subject.Responsibility.Text,
                    Subject.Text);
        }

        return new AndConstraint<MeasureAssertions>(this);
    }

    /// <summary>Asserts that <paramref name="department"/> (an id or any name) is listed for the measure, in any role.</summary>
    /// <param name="department">A department id or name.</param>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<MeasureAssertions> Involve(string department, string because = "", params object[] becauseArgs)
    {
        var ok = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected a measure involving {0}{reason}, but found <null>.", department);
        if (ok)
        {
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(Subject!.Responsibility.Departments.Any(m => Matches(m.Department, department)))
                .FailWith(
                    "Expected measure {0} to involve {1}{reason}, but it lists only {2}.\nResponsibility: ({3})\nText: {4}",
                    Subject.Id.ToString(),
                    department,
                    string.Join("、", Subject.Responsibility.Departments.Select(m => m.Department.Name)),
                    Subject.Responsibility.Text,
                    Subject.Text);
        }

        return new AndConstraint<MeasureAssertions>(this);
    }

    /// <summary>Asserts that the measure has no single lead (按职责分工负责 or 分别负责).</summary>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    public AndConstraint<MeasureAssertions> HaveNoSingleLead(string because = "", params object[] becauseArgs)
    {
        var ok = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected a measure with no single lead{reason}, but found <null>.");
        if (ok)
        {
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(Subject!.Responsibility.Lead is null)
                .FailWith(
                    "Expected measure {0} to have no single lead{reason}, but it is led by {1}.\nRule: {2}\nResponsibility: ({3})\nText: {4}",
                    Subject.Id.ToString(),
                    Subject.Responsibility.Lead?.Name,
                    Subject.Responsibility.Explanation,
                    Subject.Responsibility.Text,
                    Subject.Text);
        }

        return new AndConstraint<MeasureAssertions>(this);
    }

    // Names resolve through the package's registry, so every alias and spelling the documents use is accepted.
    private static bool Matches(Department department, string idOrName) =>
        string.Equals(department.Id.ToString(), idOrName.Trim(), StringComparison.Ordinal)
        || (PolicyCatalog.Default.Departments.TryResolve(idOrName, out var resolved) && resolved.Id == department.Id);
}
