using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;

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
    /// <exception cref="ArgumentOutOfRangeException">
    /// The converted value is outside the range of a decimal (about ±7.9e28), e.g. 7.9e28 万套 in 套; the parameter is
    /// <paramref name="unit"/>. Arithmetic is checked: no <see cref="OverflowException"/> escapes.
    /// </exception>
    public Quantity ConvertTo(Unit unit)
    {
        Guard.Against.Null(unit);
        if (!Unit.IsCompatibleWith(unit))
        {
            throw new ArgumentException(
                $"{this} cannot be expressed in {unit.Symbol} ({unit.EnglishName}): {Unit.Symbol} measures {Unit.BaseSymbol}, {unit.Symbol} measures {unit.BaseSymbol}.",
                nameof(unit));
        }

        return TryConvertCompatible(unit, out var converted)
            ? converted
            : throw CheckedDecimal.OutOfRange(nameof(unit), $"{this} expressed in {unit.Symbol}");
    }

    /// <summary>
    /// Converts to a compatible <paramref name="unit"/> with checked arithmetic (<see cref="CheckedDecimal"/>); false when
    /// the result does not fit a decimal. The caller has checked compatibility.
    /// </summary>
    internal bool TryConvertCompatible(Unit unit, out Quantity converted)
    {
        if (Unit == unit)
        {
            converted = this;
            return true;
        }

        var ok = CheckedDecimal.TryRescale(Value, Unit.Factor, unit.Factor, out var value);
        converted = ok ? new Quantity(value, unit) : this;
        return ok;
    }

    /// <summary>Readable form: <c>15800 套</c>, <c>80 %</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value:0.############} {Unit.Symbol}");
}
