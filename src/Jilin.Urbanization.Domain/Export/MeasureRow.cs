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
    /// <summary>Readable form: id and lead.</summary>
    public override string ToString() => $"{Id} [{Lead ?? Mode}]";
}
