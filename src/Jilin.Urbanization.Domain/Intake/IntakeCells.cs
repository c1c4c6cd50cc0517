namespace Jilin.Urbanization.Domain.Intake;

/// <summary>What every cell goes through before its field's rule: surrounding whitespace (also U+3000 and no-break spaces, which Excel cells often keep) is dropped, and full-width ASCII forms (<c>７８％</c>) read as their ASCII twins.</summary>
internal static class IntakeCells
{
    /// <summary>The cell without surrounding whitespace or format characters (zero-width spaces, a BOM, bidi marks).</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> cell)
    {
        var first = 0;
        while (first < cell.Length && IsPadding(cell[first]))
        {
            first++;
        }

        var last = cell.Length;
        while (last > first && IsPadding(cell[last - 1]))
        {
            last--;
        }

        return cell[first..last];
    }

    /// <summary>
    /// A number's or date's cell without Excel's text prefix: a leading apostrophe (typed to keep <c>'2025-09-30</c> or
    /// <c>'0930</c> as text, or written by an export to keep a cell from running as a formula) is not part of the value.
    /// </summary>
    public static ReadOnlySpan<char> WithoutTextPrefix(ReadOnlySpan<char> cell) =>
        cell is ['\'' or '\u2019', _, ..] ? Trim(cell[1..]) : cell;

    /// <summary>
    /// True when the cell is a formula (<c>=D3/E3*100</c>): a workbook saved by a program that does not calculate
    /// (a script's library) keeps the formula without its value, and the Excel source then gives the formula's text.
    /// </summary>
    public static bool IsFormula(ReadOnlySpan<char> cell) => cell is ['=', _, ..];

    /// <summary>What to do about a formula without a value (see <see cref="IsFormula"/>).</summary>
    public const string FormulaError = "is a formula without a computed value (the file was saved by a program that does not calculate formulas)";

    /// <summary>The suggestion for <see cref="FormulaError"/>.</summary>
    public const string FormulaSuggestion = "Open the file in Excel, WPS or LibreOffice and save it again (they store each formula's value), or type the figure itself.";

    /// <summary>True when the cell holds a full-width ASCII form (U+FF01–U+FF5E) or the ideographic full stop used as a decimal point (。 is not: it ends sentences).</summary>
    public static bool HasWide(ReadOnlySpan<char> cell) => cell.ContainsAnyInRange('\uFF01', '\uFF5E');

    /// <summary>Full-width ASCII forms folded to ASCII into <paramref name="into"/> (as long as <paramref name="cell"/>).</summary>
    public static void Fold(ReadOnlySpan<char> cell, Span<char> into)
    {
        for (var i = 0; i < cell.Length; i++)
        {
            into[i] = cell[i] is >= '\uFF01' and <= '\uFF5E' ? (char)(cell[i] - 0xFEE0) : cell[i];
        }
    }

    // Whitespace and format characters (zero-width spaces, a BOM, bidi marks) a cell picks up when copied; a control
    // character or a lone surrogate is not padding but something the cell holds, so the field's rule refuses it.
    private static bool IsPadding(char c) => char.IsWhiteSpace(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
}
