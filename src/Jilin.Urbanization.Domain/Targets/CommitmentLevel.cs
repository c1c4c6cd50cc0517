namespace Jilin.Urbanization.Domain.Targets;

/// <summary>
/// How firmly the text commits to a target, from the verb it uses. 基本 (basically) is not a level but a
/// qualifier of extent and is recorded apart (<see cref="TargetIndicator.Basically"/>), so 力争…基本 is
/// <see cref="Strive"/> with Basically set. Values are pinned and never change meaning.
/// </summary>
public enum CommitmentLevel
{
    /// <summary>A plain statement of what will be done (实现, 达到, 完成 with no hedge).</summary>
    Firm = 1,

    /// <summary>确保 (ensure): an emphatic, binding commitment.</summary>
    Ensure = 2,

    /// <summary>力争 (strive): a best-effort commitment.</summary>
    Strive = 3,

    /// <summary>计划 (planned): the amount the plan schedules.</summary>
    Planned = 4,

    /// <summary>鼓励 (encourage): the province encourages others to do it.</summary>
    Encouraged = 5,
}
