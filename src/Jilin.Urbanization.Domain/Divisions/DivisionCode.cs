using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Jilin.Urbanization.Domain.Divisions;

/// <summary>
/// A six-digit administrative division code (行政区划代码, GB/T 2260), e.g. <c>220581</c> for 梅河口市. The code's
/// shape gives its level: <c>xx0000</c> is a province, <c>xxxx00</c> a prefecture-level division, any other a
/// county-level division. Names change (counties become districts or cities); codes are what databases store.
/// </summary>
[TypeConverter(typeof(DivisionCodeTypeConverter))]
public readonly record struct DivisionCode : IComparable<DivisionCode>, ISpanParsable<DivisionCode>, ISpanFormattable
{
    /// <summary>The code of Jilin Province, <c>220000</c>.</summary>
    public static DivisionCode Jilin { get; } = new(220000);

    /// <summary>Creates a code from its number.</summary>
    /// <param name="value">The six-digit number, 110000 to 829999, whose first two digits name a province.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a six-digit code.</exception>
    public DivisionCode(int value)
    {
        if (value is < 110000 or > 829999)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A division code has six digits, from 110000 to 829999.");
        }

        Value = value;
    }

    /// <summary>The code as a number; 0 for <c>default</c>, which names no division.</summary>
    public int Value { get; }

    /// <summary>The level the code's shape gives: province, prefecture-level or county-level.</summary>
    public DivisionLevel Level => Value % 10000 == 0 ? DivisionLevel.Province : Value % 100 == 0 ? DivisionLevel.Prefecture : DivisionLevel.County;

    /// <summary>The code of the province the division belongs to (<c>220000</c> for every Jilin code).</summary>
    public DivisionCode ProvinceCode => new(Value / 10000 * 10000);

    /// <summary>Parses six ASCII digits, nothing else (no spaces, signs or other digits).</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a division code; the message says why.</exception>
    public static DivisionCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses six ASCII digits.</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="FormatException"><paramref name="s"/> is not a division code.</exception>
    public static DivisionCode Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var code) ? code : throw new FormatException(Describe(s));

    /// <summary>Tries to parse six ASCII digits.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="result">The code, or default.</param>
    /// <returns>True when <paramref name="s"/> is a division code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out DivisionCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse six ASCII digits.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or default.</param>
    /// <returns>True when <paramref name="s"/> is a division code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out DivisionCode result)
    {
        result = default;
        if (s.Length != 6)
        {
            return false;
        }

        var value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        if (value is < 110000 or > 829999)
        {
            return false;
        }

        result = new DivisionCode(value);
        return true;
    }

    static DivisionCode IParsable<DivisionCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<DivisionCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DivisionCode result) => TryParse(s, out result);

    static DivisionCode ISpanParsable<DivisionCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<DivisionCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DivisionCode result) => TryParse(s, out result);

    /// <summary>Orders by the code's number.</summary>
    /// <param name="other">The code to compare with.</param>
    public int CompareTo(DivisionCode other) => Value.CompareTo(other.Value);

    /// <summary>True when <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <(DivisionCode left, DivisionCode right) => left.Value < right.Value;

    /// <summary>True when <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <=(DivisionCode left, DivisionCode right) => left.Value <= right.Value;

    /// <summary>True when <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >(DivisionCode left, DivisionCode right) => left.Value > right.Value;

    /// <summary>True when <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >=(DivisionCode left, DivisionCode right) => left.Value >= right.Value;

    /// <summary>The six digits, e.g. <c>220581</c>.</summary>
    public override string ToString() => Value == 0 ? "(default DivisionCode)" : Value.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The six digits; format and provider are ignored (codes are culture-invariant).</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the six digits.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    private static string Describe(ReadOnlySpan<char> s)
    {
        var shown = Data.StrictText.Quote(s.ToString());
        return $"{shown} is not a division code: expected six ASCII digits from 110000 to 829999 (GB/T 2260), e.g. '220581'.";
    }
}
