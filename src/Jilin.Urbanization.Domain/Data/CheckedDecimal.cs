namespace Jilin.Urbanization.Domain.Data;

/// <summary>
/// The one place where the library scales or combines decimal values: unit conversion (万 × 10,000, fraction × 100),
/// the numbers a policy text states, and the bounds and margin of an evaluation. Every operation is checked and
/// reports a result outside <see cref="decimal"/>'s range (about ±7.9e28), or a division by zero, as <c>false</c> —
/// never as an <see cref="OverflowException"/>. Callers turn <c>false</c> into their documented exception:
/// <see cref="ArgumentOutOfRangeException"/> (via <see cref="OutOfRange"/>) for a value a caller passed,
/// <see cref="PolicyDataException"/> for a value read from outside data.
/// </summary>
/// <remarks>
/// Readers of outside data also refuse values beyond <see cref="DataLimit"/>, so whatever they accept can be converted
/// and evaluated without reaching the edge of the range (10^20 × 10,000 × 100 is 10^26, and the difference of two such
/// values stays below 7.9e28).
/// </remarks>
internal static class CheckedDecimal
{
    /// <summary>The largest magnitude a reader of outside data accepts for a value: 10^20.</summary>
    public const decimal DataLimit = 100_000_000_000_000_000_000m;

    /// <summary>The range <see cref="DataLimit"/> allows, for messages.</summary>
    public const string DataLimitText = "-1e20 to 1e20";

    /// <summary>True when <paramref name="value"/> is within ±<see cref="DataLimit"/>.</summary>
    public static bool IsWithinDataLimit(decimal value) => value is >= -DataLimit and <= DataLimit;

    /// <summary><paramref name="a"/> × <paramref name="b"/>, or false when the product does not fit a decimal.</summary>
    public static bool TryMultiply(decimal a, decimal b, out decimal result)
    {
        try
        {
            result = a * b;
            return true;
        }
        catch (OverflowException)
        {
            result = 0m;
            return false;
        }
    }

    /// <summary><paramref name="a"/> ÷ <paramref name="b"/>, or false when <paramref name="b"/> is zero or the quotient does not fit.</summary>
    public static bool TryDivide(decimal a, decimal b, out decimal result)
    {
        result = 0m;
        if (b == 0m)
        {
            return false;
        }

        try
        {
            result = a / b;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary><paramref name="a"/> + <paramref name="b"/>, or false when the sum does not fit a decimal.</summary>
    public static bool TryAdd(decimal a, decimal b, out decimal result)
    {
        try
        {
            result = a + b;
            return true;
        }
        catch (OverflowException)
        {
            result = 0m;
            return false;
        }
    }

    /// <summary><paramref name="a"/> − <paramref name="b"/>, or false when the difference does not fit a decimal.</summary>
    public static bool TrySubtract(decimal a, decimal b, out decimal result) => TryAdd(a, -b, out result);

    /// <summary>
    /// <paramref name="value"/> × <paramref name="from"/> ÷ <paramref name="to"/> (a conversion between units of those
    /// factors). Multiplying first is the exact path (1.58 × 10,000 ÷ 1); only when the product alone would not fit is
    /// the value multiplied by the ratio of the factors (or divided by its inverse) instead, keeping 28 significant digits.
    /// </summary>
    public static bool TryRescale(decimal value, decimal from, decimal to, out decimal result)
    {
        if (TryMultiply(value, from, out var product) && TryDivide(product, to, out result))
        {
            return true;
        }

        // A ratio of at least 1 keeps its significant digits (a ratio below 1e-20 would keep few): scale by it or by its inverse.
        result = 0m;
        return from >= to
            ? TryDivide(from, to, out var ratio) && TryMultiply(value, ratio, out result)
            : TryDivide(to, from, out var inverse) && TryDivide(value, inverse, out result);
    }

    /// <summary>
    /// The documented error of a checked operation on a caller's value: an <see cref="ArgumentOutOfRangeException"/>
    /// naming <paramref name="paramName"/>, saying what did not fit.
    /// </summary>
    /// <param name="paramName">The parameter whose value led to the result.</param>
    /// <param name="what">What was computed, e.g. <c>1e28 万套 in 套</c>.</param>
    public static ArgumentOutOfRangeException OutOfRange(string paramName, string what) =>
        new(paramName, $"{what} is outside the range of a decimal (about ±7.9e28), so it cannot be computed exactly.");
}
