namespace Jilin.Urbanization.Domain.Departments;

/// <summary>How the listed departments share a measure. Values are pinned and never change meaning.</summary>
public enum ResponsibilityMode
{
    /// <summary>One department is responsible (…负责) and leads.</summary>
    Sole = 1,

    /// <summary>Several departments are responsible (…、…负责); the first listed is the lead department (牵头部门).</summary>
    LeadFirst = 2,

    /// <summary>Responsible by division of duties (按职责分工负责): each within its remit, no single lead.</summary>
    ByDivisionOfDuties = 3,

    /// <summary>Respectively responsible (分别负责): each for its own part, no single lead.</summary>
    Respectively = 4,
}
