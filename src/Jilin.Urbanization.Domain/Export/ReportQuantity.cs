using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>A number with its unit as report rows give it to programs: <c>{value, unit}</c> (<c>{"value": 1, "unit": "所"}</c>).</summary>
/// <param name="Value">The number.</param>
/// <param name="Unit">The unit's symbol as the sources write it (<c>%</c>, <c>所</c>, <c>万人</c>).</param>
/// <exception cref="ArgumentNullException"><paramref name="Unit"/> is null.</exception>
public sealed record ReportQuantity(decimal Value, string Unit)
{
    /// <summary>The number.</summary>
    public decimal Value { get; init; } = Value;

    /// <summary>The unit's symbol.</summary>
    public string Unit { get; init => field = Guard.Against.Null(value, nameof(Unit)); } = Guard.Against.Null(Unit);

    /// <summary>Readable form: <c>1 所</c> (invariant digits).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value:0.############} {Unit}");

    /// <summary>A quantity as rows give it.</summary>
    internal static ReportQuantity Of(Quantity quantity) => new(quantity.Value, quantity.Unit.Symbol);
}
