using System.Diagnostics.CodeAnalysis;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// A figure's unit against its target: a blank unit is the target's; a unit with the target's symbol is the target's
/// own <see cref="Unit"/> instance (so the value rule's same-unit shortcut applies); the generic classifier 个 (and
/// 万个) counts for a target counted in a count unit (<see cref="CountUnits"/>: 所, 家, 套 …); any other unit is read as
/// <see cref="UnitText"/> reads it, and one of another dimension is refused by the value rule.
/// </summary>
internal static class IntakeUnits
{
    /// <summary>The units that count things one by one, for which 个 may stand: 套 户 件 个 项 所 条 家 处 座 县 (people, 人, are counted apart).</summary>
    public static readonly HashSet<string> CountUnits = new(StringComparer.Ordinal) { "套", "户", "件", "个", "项", "所", "条", "家", "处", "座", "县" };

    /// <summary>The unit a (trimmed) unit text names, before the target is considered; null when unknown.</summary>
    public static bool TryRead(string text, [NotNullWhen(true)] out Unit? unit) => UnitText.TryRead(text, out unit);

    /// <summary>The unit for <paramref name="target"/>: its own instance where the symbol is the same, its count unit for 个.</summary>
    public static Unit ForTarget(Unit unit, TargetIndicator target)
    {
        var own = target.Unit;
        if (ReferenceEquals(unit, own) || string.Equals(unit.Symbol, own.Symbol, StringComparison.Ordinal))
        {
            return own;
        }

        if (unit.BaseSymbol == Unit.Item.Symbol && own.IsBase && CountUnits.Contains(own.Symbol))
        {
            return unit.Factor == 1m ? own : Unit.TryParse("万" + own.Symbol, out var scaled) ? scaled : unit;
        }

        return unit;
    }
}
