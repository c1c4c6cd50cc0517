using System.Globalization;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Targets;

/// <summary>
/// An amount in a unit: 15,800 套, 80 %, 36,000 人. Quantities convert only between compatible units
/// (万套 and 套, fraction and %); anything else is refused, never silently compared.
/// </summary>
public sealed record Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public Quantity(decimal value, Unit unit)
    {
        Guard.Against.Null(unit);
        Value = value;
        Unit = unit;
    }

    /// <summary>The amount, in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit.</summary>
    public Unit Unit { get; }

    /// <summary>The same amount expressed in <paramref name="unit"/>: 1.58 万套 is 15,800 套, 0.78 fraction is 78 %.</summary>
    /// <param name="unit">A unit compatible with <see cref="Unit"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentException">The units are incompatible (e.g. 人 and 人次, 套 and %); the message names both.</exception>
    /// <exception cref="OverflowException">The converted value does not fit a decimal.</exception>
    public Quantity ConvertTo(Unit unit)
    {
        Guard.Against.Null(unit);
        if (!Unit.IsCompatibleWith(unit))
        {
            throw new ArgumentException(
                $"{this} cannot be expressed in {unit.Symbol} ({unit.EnglishName}): {Unit.Symbol} measures {Unit.BaseSymbol}, {unit.Symbol} measures {unit.BaseSymbol}.",
                nameof(unit));
        }

        return Unit == unit ? this : new Quantity(Value * Unit.Factor / unit.Factor, unit);
    }

    /// <summary>Readable form: <c>15800 套</c>, <c>80 %</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value:0.############} {Unit.Symbol}");
}
