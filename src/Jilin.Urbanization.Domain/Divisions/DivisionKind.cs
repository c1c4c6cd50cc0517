namespace Jilin.Urbanization.Domain.Divisions;

/// <summary>What kind of administrative division a division is. Values are pinned and never change meaning.</summary>
public enum DivisionKind
{
    /// <summary>A province (省).</summary>
    Province = 1,

    /// <summary>A prefecture-level city (地级市).</summary>
    PrefectureLevelCity = 2,

    /// <summary>An autonomous prefecture (自治州), e.g. 延边朝鲜族自治州.</summary>
    AutonomousPrefecture = 3,

    /// <summary>A district of a city (市辖区).</summary>
    District = 4,

    /// <summary>A county-level city (县级市).</summary>
    CountyLevelCity = 5,

    /// <summary>A county (县).</summary>
    County = 6,

    /// <summary>An autonomous county (自治县), e.g. 伊通满族自治县.</summary>
    AutonomousCounty = 7,
}
