namespace Jilin.Urbanization.Domain.Parsing;

/// <summary>Reads the Chinese numerals headings use (一 … 九十九).</summary>
internal static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    public static bool IsNumeralChar(char c) => c == '十' || Digits.IndexOf(c, StringComparison.Ordinal) > 0;

    /// <summary>Returns the value of <paramref name="numeral"/>, or -1 when it is not a numeral from 1 to 99.</summary>
    public static int Parse(ReadOnlySpan<char> numeral)
    {
        if (numeral.IsEmpty || numeral.Length > 3)
        {
            return -1;
        }

        var ten = numeral.IndexOf('十');
        if (ten < 0)
        {
            return numeral.Length == 1 ? Digit(numeral[0]) : -1;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? Digit(numeral[0]) : -1;
        var units = ten == numeral.Length - 1 ? 0 : ten == numeral.Length - 2 ? Digit(numeral[^1]) : -1;
        return tens < 1 || units < 0 || (ten == numeral.Length - 2 && units == 0) ? -1 : (tens * 10) + units;
    }

    /// <summary>Writes <paramref name="value"/> (1 to 99) as a Chinese numeral.</summary>
    public static string Format(int value)
    {
        if (value is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only 1 to 99 are written.");
        }

        var tens = value / 10;
        var units = value % 10;
        var tensPart = tens switch { 0 => string.Empty, 1 => "十", _ => $"{Digits[tens]}十" };
        return units == 0 ? tensPart : tensPart + Digits[units];
    }

    private static int Digit(char c)
    {
        var index = Digits.IndexOf(c, StringComparison.Ordinal);
        return index > 0 ? index : -1;
    }
}
