namespace Jilin.Urbanization.Domain.Places;

/// <summary>
/// What kind of place a <see cref="Place"/> is, by China's administrative divisions as publicly recorded.
/// Values are pinned: a published value never changes meaning.
/// </summary>
public enum PlaceKind
{
    /// <summary>A province (省), e.g. 吉林省, 黑龙江省.</summary>
    Province = 1,

    /// <summary>A prefecture-level city (地级市), e.g. 长春市, 吉林市, 四平市; sub-provincial cities included.</summary>
    PrefectureLevelCity = 2,

    /// <summary>An autonomous prefecture (自治州, 州), e.g. 延边州.</summary>
    AutonomousPrefecture = 3,

    /// <summary>A county-level city (县级市), e.g. 梅河口市, 公主岭市, 珲春市.</summary>
    CountyLevelCity = 4,

    /// <summary>A county or autonomous county (县, 自治县), e.g. 前郭县, 通榆县, 永吉县.</summary>
    County = 5,

    /// <summary>A city district (市辖区), e.g. 九台区, 双阳区.</summary>
    District = 6,

    /// <summary>A development zone (开发区), e.g. 净月开发区.</summary>
    DevelopmentZone = 7,

    /// <summary>
    /// A named area that is not an administrative division: a metropolitan area (长春都市圈), a city cluster
    /// (哈长城市群), a pilot or demonstration zone (长吉接合片区), a functional area (长白山池北区).
    /// </summary>
    Area = 8,
}
