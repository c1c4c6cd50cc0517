namespace Jilin.Urbanization.Domain.Departments;

/// <summary>The rule that decided a measure's lead department (牵头部门), so an app can explain its answer.</summary>
public enum LeadRule
{
    /// <summary>One department is listed; it is responsible and leads.</summary>
    SoleResponsibility = 1,

    /// <summary>
    /// Several departments are listed with 负责; the first listed leads. The 2022 document states this rule
    /// inside item 1's parenthetical (除按职责分工负责外,列第一位为牵头部门). The 2021 document states no rule
    /// of its own; the same convention is applied there and <see cref="Responsibility.RuleSource"/> is null.
    /// </summary>
    FirstListedLeads = 2,

    /// <summary>按职责分工负责: responsible by division of duties; the rule names no lead.</summary>
    NoLeadByDivisionOfDuties = 3,

    /// <summary>分别负责: respectively responsible; each department answers for its own part and none leads.</summary>
    NoLeadRespectively = 4,
}
