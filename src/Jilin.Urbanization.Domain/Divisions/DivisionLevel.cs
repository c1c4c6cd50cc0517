namespace Jilin.Urbanization.Domain.Divisions;

/// <summary>The three levels of administrative division the library models. Values are pinned and never change meaning.</summary>
public enum DivisionLevel
{
    /// <summary>A province (省): Jilin Province itself.</summary>
    Province = 1,

    /// <summary>A prefecture-level division (地级): a prefecture-level city (市) or an autonomous prefecture (州).</summary>
    Prefecture = 2,

    /// <summary>A county-level division (县级): a district (区), a county-level city (县级市), a county (县) or an autonomous county (自治县).</summary>
    County = 3,
}
