using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>How progress tables print a target: the comparator and the whole value, both bounds of a range.</summary>
internal static class ProgressText
{
    public static string Describe(TargetIndicator target) =>
        $"{EnumNamesText(target.Comparator)} {TargetIndicator.Describe(target.Quantity, target.MaxValue)}";

    private static string EnumNamesText(Comparator comparator) => Data.EnumNames.ToJson(comparator);
}
