using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Departments;

/// <summary>
/// A body a document makes responsible for every one of its measures without listing it again: the 2022
/// document's note [以下任务均需各县(市)政府落实,不再列出] (every task below is also carried out by each
/// county (city) government), and the 2021 document's closing words 各市（县）是落实2021年推进新型城镇化建设和城乡融合发展重点任务的实施主体
/// (each city (county) is the implementing subject of the 2021 key tasks). Distinct from the departments a measure lists.
/// </summary>
/// <param name="Department">The implementing body, e.g. 各县(市)政府, 各市(县).</param>
/// <param name="Note">The words that name it, verbatim: the note with its brackets, or the clause X是落实…的实施主体.</param>
/// <param name="Span">Where the note stands in the seed.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
public sealed record ImplicitImplementer(Department Department, string Note, SourceSpan Span)
{
    /// <summary>The implementing body, e.g. 各县(市)政府, 各市(县).</summary>
    public Department Department { get; init => field = Guard.Against.Null(value, nameof(Department)); } = Guard.Against.Null(Department);

    /// <summary>The words that name it, verbatim: the note with its brackets, or the clause X是落实…的实施主体.</summary>
    public string Note { get; init => field = Guard.Against.Null(value, nameof(Note)); } = Guard.Against.Null(Note);

    /// <summary>The implementer's name.</summary>
    public override string ToString() => $"{Department.Name} (implicit implementer)";
}
