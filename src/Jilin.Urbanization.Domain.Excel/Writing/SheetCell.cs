namespace Jilin.Urbanization.Domain.Excel.Writing;

/// <summary>One cell to write: its text, whether it is written as a number, and its fill.</summary>
/// <param name="Text">The text (for a number, its invariant form).</param>
/// <param name="IsNumber">Whether the cell is a number (sorts and sums as one in Excel).</param>
/// <param name="Fill">A status fill, or null.</param>
/// <param name="Colour">A colour (#rrggbb) whose light tint fills the cell when it has no status fill, or null.</param>
internal readonly record struct SheetCell(string Text, bool IsNumber = false, StatusFill? Fill = null, string? Colour = null)
{
    /// <summary>
    /// A cell for report text: a plain decimal number (no leading zero, no more than 15 digits, Excel's precision) is
    /// written as a number, anything else as text, never as a formula.
    /// </summary>
    public static SheetCell Of(string text, StatusFill? fill = null, string? colour = null) => new(text, IsPlainNumber(text), fill, colour);

    private static bool IsPlainNumber(string text)
    {
        var s = text.AsSpan();
        if (s.Length > 0 && s[0] == '-')
        {
            s = s[1..];
        }

        var (digits, dot) = (0, -1);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '.' && dot < 0 && i > 0)
            {
                dot = i;
            }
            else if (char.IsAsciiDigit(s[i]))
            {
                digits++;
            }
            else
            {
                return false;
            }
        }

        // "0123" and "1." stay text: a number would lose the zero or change the text.
        return digits is > 0 and <= 15 && dot != s.Length - 1 && !(s.Length > 1 && s[0] == '0' && dot != 1);
    }
}
