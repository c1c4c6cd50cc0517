namespace Jilin.Urbanization.Domain.Targets;

/// <summary>
/// Whom a target binds, decided from the words of its sentence: the province as a whole, or every county-level
/// division on its own (每个县(市), 所有县(市), 每个县城, 县域有一所, or 县城, the county seat, as the subject of the
/// figure's clause: 到2025年,县城新建民用建筑全部建成绿色建筑). A target that binds each county is met only
/// where every county meets it; progress on it is reported per county. Values are pinned and never change meaning.
/// </summary>
public enum TargetBinding
{
    /// <summary>The province as a whole: one figure for Jilin Province (the default where no words distribute the target).</summary>
    Province = 1,

    /// <summary>
    /// Every county-level division (县, 县级市; 县城, 县域): the sentence distributes the target over counties, e.g.
    /// 每个县(市)2022年底前至少建有一所…养老机构 (each county has at least one care home by the end of 2022), or the
    /// county seat is the subject of its figure (县城新建民用建筑全部建成绿色建筑: every county's seat).
    /// </summary>
    EachCounty = 2,
}
