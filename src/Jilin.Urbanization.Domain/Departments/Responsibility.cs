using Jilin.Urbanization.Domain.Identifiers;
using Jilin.Urbanization.Domain.Data;
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
    public required ResponsibilityMode Mode { get; init => field = Data.DefinedEnum.Required(value, nameof(Mode)); }

    /// <summary>The lead department (牵头部门), or null where the rules give none.</summary>
    public required Department? Lead { get; init; }

    /// <summary>The rule that decided <see cref="Lead"/>.</summary>
    public required LeadRule Rule { get; init => field = Data.DefinedEnum.Required(value, nameof(Rule)); }

    /// <summary>
    /// Where the document states <see cref="Rule"/> (the lead rule sentence in 2022 item 1), or null where the
    /// document states no rule and the common convention was applied.
    /// </summary>
    public required SourceSpan? RuleSource { get; init; }

    /// <summary>True where the list ends in 等 (“and others”): more bodies may join; the lead rule still applies.</summary>
    public required bool OpenEnded { get; init; }

    /// <summary>True when the department <paramref name="department"/> is among the listed departments.</summary>
    /// <param name="department">A department id.</param>
    /// <returns>True when listed, in any role.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is <c>default</c>.</exception>
    public bool Involves(DepartmentId department)
    {
        IdText.Required(department, nameof(department));
        foreach (var mention in Departments)
        {
            if (mention.Department.Id == department)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the department a user names is among the listed departments. The name is resolved by the one rule for
    /// names (id, name, alias, abbreviation such as <c>省住建厅</c>, English name; with or without 吉林省/省) against
    /// the shipped registry, then against the listed departments' own names.
    /// </summary>
    /// <param name="department">A department id or name.</param>
    /// <returns>True when listed, in any role; false when the department is known but not listed.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace.</exception>
    /// <exception cref="DepartmentNotFoundException">No department answers to the name; the message lists the nearest names.</exception>
    public bool Involves(string department)
    {
        Guard.Against.NullOrWhiteSpace(department);
        var registry = SharedCuratedData.Departments;
        if (registry.TryResolve(department, out var known))
        {
            return Involves(known.Id);
        }

        var listed = new DepartmentRegistry(Departments.Select(m => m.Department).DistinctBy(d => d.Id));
        return listed.TryResolve(department, out _)
            ? true
            : throw new DepartmentNotFoundException(department, registry.Names.Suggest(department));
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
