namespace Jilin.Urbanization.Domain.Targets;

/// <summary>What a curated quote is. Values are pinned and never change meaning.</summary>
public enum TargetRole
{
    /// <summary>A commitment: becomes a <see cref="TargetIndicator"/>.</summary>
    Target = 1,

    /// <summary>A selecting threshold: becomes a <see cref="TargetCondition"/>.</summary>
    Condition = 2,
}
