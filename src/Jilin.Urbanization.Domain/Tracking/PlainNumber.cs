namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// The common case of a figure in a progress file, read without the general parser: digits with at most one
/// <c>.</c> inside them, no sign, at most 18 digits (so the number fits a <see cref="long"/> and is far within the
/// data limit). It gives the very decimal <see cref="Data.StrictText.TryParseDecimal"/> gives (same value and scale:
/// <c>64.70</c> keeps its two decimals); anything else answers false and goes to that parser, with its errors.
/// </summary>
internal static class PlainNumber
{
    private const int MaxDigits = 18;

    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        if (text.IsEmpty || text.Length > MaxDigits + 1)
        {
            return false;
        }

        ulong digits = 0;
        var point = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var d = unchecked((uint)(text[i] - '0'));
            if (d <= 9)
            {
                digits = (digits * 10) + d;
            }
            else if (text[i] == '.' && point < 0 && i > 0 && i < text.Length - 1)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        if (point < 0 && text.Length > MaxDigits)
        {
            return false;
        }

        var scale = point < 0 ? 0 : text.Length - point - 1;
        value = new decimal(unchecked((int)(uint)digits), unchecked((int)(uint)(digits >> 32)), 0, isNegative: false, (byte)scale);
        return true;
    }
}
