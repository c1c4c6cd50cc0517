namespace Jilin.Urbanization.Domain.Targets;

/// <summary>What a curated quote is. Values are pinned and never change meaning.</summary>
public enum TargetRole
{
    /// <summary>A commitment: becomes a <see cref="TargetIndicator"/>.</summary>
    Target = 1,

    /// <summary>
    /// A selecting threshold or a scope count: becomes a <see cref="TargetCondition"/>. A count that only totals the
    /// items its sentence names (九台区、梅河口市、通榆县3个国家宅基地改革试点) states the scope, not a commitment.
    /// </summary>
    Condition = 2,
}
