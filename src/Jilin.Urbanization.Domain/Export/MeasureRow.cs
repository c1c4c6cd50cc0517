using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>One measure as an exported row.</summary>
/// <param name="Id">The measure's id, <c>&lt;document-id&gt;/&lt;number&gt;</c>.</param>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Number">The measure's number in its document.</param>
/// <param name="Chapter">The chapter's number.</param>
/// <param name="Group">The group's number.</param>
/// <param name="GroupTitle">The group's title (corrected).</param>
/// <param name="GroupTitleUnofficialEnglish">The group's English title: an unofficial translation.</param>
/// <param name="Text">The measure's text, verbatim.</param>
/// <param name="Responsibility">The responsibility parenthetical, verbatim.</param>
/// <param name="Mode">How the departments share it (<c>Sole</c>, <c>LeadFirst</c>, …).</param>
/// <param name="LeadId">The lead department's id, or null.</param>
/// <param name="Lead">The lead department's name, or null.</param>
/// <param name="Departments">The listed departments' names, in written order.</param>
/// <param name="Places">The names of the places the text names, in order of first mention.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
public sealed record MeasureRow(
    string Id,
    string DocumentId,
    int Number,
    int Chapter,
    int Group,
    string GroupTitle,
    string GroupTitleUnofficialEnglish,
    string Text,
    string Responsibility,
    string Mode,
    string? LeadId,
    string? Lead,
    ValueList<string> Departments,
    ValueList<string> Places)
{
    // Every property declared, in the parameters' order: that order is the JSON member order, and declaring only
    // the guarded ones would move them after the rest.
    /// <summary>The measure's id, <c>&lt;document-id&gt;/&lt;number&gt;</c>.</summary>
    public string Id { get; init => field = Guard.Against.Null(value, nameof(Id)); } = Guard.Against.Null(Id);

    /// <summary>The document's id.</summary>
    public string DocumentId { get; init => field = Guard.Against.Null(value, nameof(DocumentId)); } = Guard.Against.Null(DocumentId);

    /// <summary>The measure's number in its document.</summary>
    public int Number { get; init; } = Number;

    /// <summary>The chapter's number.</summary>
    public int Chapter { get; init; } = Chapter;

    /// <summary>The group's number.</summary>
    public int Group { get; init; } = Group;

    /// <summary>The group's title (corrected).</summary>
    public string GroupTitle { get; init => field = Guard.Against.Null(value, nameof(GroupTitle)); } = Guard.Against.Null(GroupTitle);

    /// <summary>The group's English title: an unofficial translation.</summary>
    public string GroupTitleUnofficialEnglish { get; init => field = Guard.Against.Null(value, nameof(GroupTitleUnofficialEnglish)); } = Guard.Against.Null(GroupTitleUnofficialEnglish);

    /// <summary>The measure's text, verbatim.</summary>
    public string Text { get; init => field = Guard.Against.Null(value, nameof(Text)); } = Guard.Against.Null(Text);

    /// <summary>The responsibility parenthetical, verbatim.</summary>
    public string Responsibility { get; init => field = Guard.Against.Null(value, nameof(Responsibility)); } = Guard.Against.Null(Responsibility);

    /// <summary>How the departments share it (<c>Sole</c>, <c>LeadFirst</c>, …).</summary>
    public string Mode { get; init => field = Guard.Against.Null(value, nameof(Mode)); } = Guard.Against.Null(Mode);

    /// <summary>The lead department's id, or null.</summary>
    public string? LeadId { get; init; } = LeadId;

    /// <summary>The lead department's name, or null.</summary>
    public string? Lead { get; init; } = Lead;

    /// <summary>The listed departments' names, in written order.</summary>
    public ValueList<string> Departments { get; init => field = Guard.Against.Null(value, nameof(Departments)); } = Guard.Against.Null(Departments);

    /// <summary>The names of the places the text names, in order of first mention.</summary>
    public ValueList<string> Places { get; init => field = Guard.Against.Null(value, nameof(Places)); } = Guard.Against.Null(Places);

    /// <summary>Readable form: id and lead.</summary>
    public override string ToString() => $"{Id} [{Lead ?? Mode}]";
}
