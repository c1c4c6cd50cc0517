namespace Jilin.Urbanization.Domain.Queries;

/// <summary>Why two measures are related. Values are pinned.</summary>
public enum RelatednessKind
{
    /// <summary>Both texts name the same place.</summary>
    SharedPlace = 1,

    /// <summary>The same department leads both.</summary>
    SameLead = 2,

    /// <summary>Both list the same department (any role).</summary>
    SharedDepartment = 3,

    /// <summary>Both texts contain the same key term (a shared run of characters that few measures contain).</summary>
    SharedTerm = 4,
}
