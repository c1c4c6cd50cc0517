using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Departments;

/// <summary>Who answers for a measure: its trailing responsibility parenthetical, read by the documents' rules.</summary>
public sealed record Responsibility
{
    /// <summary>The parenthetical's content verbatim, without the parentheses (e.g. <c>省教育厅、省委编办分别负责</c>).</summary>
    public required string Text { get; init => field = Guard.Against.Null(value, nameof(Text)); }

    /// <summary>Where <see cref="Text"/> stands in the seed.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The departments in written order.</summary>
    public required ValueList<DepartmentMention> Departments { get; init => field = Guard.Against.Null(value, nameof(Departments)); }

    /// <summary>How the departments share the measure.</summary>
    public required ResponsibilityMode Mode { get; init; }

    /// <summary>The lead department (牵头部门), or null where the rules give none.</summary>
    public required Department? Lead { get; init; }

    /// <summary>The rule that decided <see cref="Lead"/>.</summary>
    public required LeadRule Rule { get; init; }

    /// <summary>
    /// Where the document states <see cref="Rule"/> (the lead rule sentence in 2022 item 1), or null where the
    /// document states no rule and the common convention was applied.
    /// </summary>
    public required SourceSpan? RuleSource { get; init; }

    /// <summary>True where the list ends in 等 (“and others”): more bodies may join; the lead rule still applies.</summary>
    public required bool OpenEnded { get; init; }

    /// <summary>True when <paramref name="departmentId"/> is among the listed departments.</summary>
    /// <param name="departmentId">A department id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="departmentId"/> is null.</exception>
    public bool Involves(string departmentId)
    {
        Guard.Against.Null(departmentId);
        foreach (var mention in Departments)
        {
            if (string.Equals(mention.Department.Id, departmentId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One sentence that says who leads and why.</summary>
    public string Explanation => Rule switch
    {
        LeadRule.SoleResponsibility => $"{Lead!.Name} is solely responsible and leads{(OpenEnded ? " (等: others may join)" : string.Empty)}.",
        LeadRule.FirstListedLeads => $"{Lead!.Name} leads as the first of {Departments.Count} listed (列第一位为牵头部门){(RuleSource is null ? "; this document states no rule, the 2022 document's convention is applied" : string.Empty)}.",
        LeadRule.NoLeadByDivisionOfDuties => $"No single lead: {Departments.Count} department(s) responsible by division of duties (按职责分工负责).",
        _ => $"No single lead: {Departments.Count} department(s) respectively responsible (分别负责).",
    };

    /// <summary>Readable form: the lead (or mode) and the verbatim text.</summary>
    public override string ToString() => Lead is null ? $"{Mode}: {Text}" : $"lead {Lead.Name}: {Text}";
}
