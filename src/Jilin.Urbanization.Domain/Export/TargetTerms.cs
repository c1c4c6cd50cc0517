using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// What a target asks, as report rows give it to programs: <c>{comparator, value: {value, unit}, maxValue}</c>
/// (<c>{"comparator": "atLeast", "value": {"value": 1, "unit": "所"}, "maxValue": null}</c>).
/// </summary>
/// <param name="Comparator">How the value binds (camelCase name in JSON).</param>
/// <param name="Value">The target value with its unit (a range's lower bound).</param>
/// <param name="MaxValue">A range's upper bound, in <paramref name="Value"/>'s unit; null for every other comparator.</param>
/// <exception cref="ArgumentNullException"><paramref name="Value"/> is null.</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="Comparator"/> is not a defined value.</exception>
public sealed record TargetTerms(Comparator Comparator, ReportQuantity Value, decimal? MaxValue)
{
    /// <summary>How the value binds.</summary>
    public Comparator Comparator { get; init => field = Data.DefinedEnum.Required(value, nameof(Comparator)); } = Data.DefinedEnum.Required(Comparator, nameof(Comparator));

    /// <summary>The target value with its unit (a range's lower bound).</summary>
    public ReportQuantity Value { get; init => field = Guard.Against.Null(value, nameof(Value)); } = Guard.Against.Null(Value);

    /// <summary>A range's upper bound, in <see cref="Value"/>'s unit; null for every other comparator.</summary>
    public decimal? MaxValue { get; init; } = MaxValue;

    /// <summary>Readable form, the machine text CSV writes: <c>atLeast 1 所</c>, <c>range 80-90 %</c>.</summary>
    public override string ToString() =>
        MaxValue is { } max
            ? string.Create(CultureInfo.InvariantCulture, $"{Data.EnumNames.ToJson(Comparator)} {Value.Value:0.############}-{max:0.############} {Value.Unit}")
            : $"{Data.EnumNames.ToJson(Comparator)} {Value}";

    /// <summary>The terms of <paramref name="target"/>.</summary>
    internal static TargetTerms Of(TargetIndicator target) => new(target.Comparator, ReportQuantity.Of(target.Quantity), target.MaxValue);
}
