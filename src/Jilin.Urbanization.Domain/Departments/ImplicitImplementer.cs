using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Departments;

/// <summary>
/// A body a document makes responsible for every one of its measures without listing it again, e.g. the 2022
/// document's note [以下任务均需各县(市)政府落实,不再列出] (every task below is also carried out by each
/// county (city) government). Distinct from the departments a measure lists.
/// </summary>
/// <param name="Department">The implementing body, e.g. 各县(市)政府.</param>
/// <param name="Note">The note, verbatim.</param>
/// <param name="Span">Where the note stands in the seed.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
public sealed record ImplicitImplementer(Department Department, string Note, SourceSpan Span)
{
    /// <summary>The implementing body, e.g. 各县(市)政府.</summary>
    public Department Department { get; init => field = Guard.Against.Null(value, nameof(Department)); } = Guard.Against.Null(Department);

    /// <summary>The note, verbatim.</summary>
    public string Note { get; init => field = Guard.Against.Null(value, nameof(Note)); } = Guard.Against.Null(Note);

    /// <summary>The implementer's name.</summary>
    public override string ToString() => $"{Department.Name} (implicit implementer)";
}
