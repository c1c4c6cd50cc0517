using System.Globalization;
using Jilin.Urbanization.Domain.Targets;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>How progress tables and reports print a target completely: comparator, value (both bounds of a range), unit, deadline.</summary>
internal static class ProgressText
{
    public static string Describe(TargetIndicator target) =>
        $"{Data.EnumNames.ToJson(target.Comparator)} {TargetIndicator.Describe(target.Quantity, target.MaxValue)}";

    public static string Completely(TargetIndicator target) =>
        target.Deadline is { } deadline
            ? string.Create(CultureInfo.InvariantCulture, $"{target.Id} ({Describe(target)}, due {LocalDatePattern.Iso.Format(deadline.Date)})")
            : $"{target.Id} ({Describe(target)}, no deadline)";

    /// <summary>A count as the tables write it: invariant digits.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
