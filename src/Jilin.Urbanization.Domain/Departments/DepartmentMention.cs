using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Departments;

/// <summary>One department named in a measure's responsibility parenthetical, as written and resolved.</summary>
/// <param name="Name">The name as read, with errata applied (e.g. <c>省自然资源厅</c> for 2021 item 44).</param>
/// <param name="Department">The department the name resolves to.</param>
/// <param name="Span">Where the name stands in the seed, or null where an erratum changed the characters read.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
public sealed record DepartmentMention(string Name, Department Department, SourceSpan? Span)
{
    /// <summary>The name as read, with errata applied (e.g. <c>省自然资源厅</c> for 2021 item 44).</summary>
    public string Name { get; init => field = Guard.Against.Null(value, nameof(Name)); } = Guard.Against.Null(Name);

    /// <summary>The department the name resolves to.</summary>
    public Department Department { get; init => field = Guard.Against.Null(value, nameof(Department)); } = Guard.Against.Null(Department);

    /// <summary>The name as read.</summary>
    public override string ToString() => Name;
}
