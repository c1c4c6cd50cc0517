namespace Jilin.Urbanization.Domain.Targets;

/// <summary>Whom a target binds, from its wording. Values are pinned and never change meaning.</summary>
public enum TargetBinding
{
    /// <summary>The province as a whole: one figure for Jilin decides it.</summary>
    Province = 1,

    /// <summary>Every county-level division (每个县(市), 所有县(市), 每个县城, 县域有一所): each county is evaluated, then rolled up.</summary>
    EachCounty = 2,
}
