namespace Jilin.Urbanization.Domain.Excel.Reading;

/// <summary>One non-empty cell as a person sees it: its row and column (1-based) and its text as Excel shows it.</summary>
/// <param name="Row">The row number, 1-based, as Excel numbers rows.</param>
/// <param name="Column">The column number, 1-based (A is 1).</param>
/// <param name="Text">The text: dates yyyy-MM-dd, percentages as <c>78%</c>, numbers in invariant culture.</param>
internal readonly record struct XlsxCell(int Row, int Column, string Text)
{
    /// <summary>The cell's A1 reference (<c>C7</c>).</summary>
    public string Reference => XlsxColumns.Letter(Column) + Row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
