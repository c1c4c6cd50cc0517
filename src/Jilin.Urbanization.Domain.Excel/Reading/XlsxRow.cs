namespace Jilin.Urbanization.Domain.Excel.Reading;

/// <summary>A row with at least one non-empty cell, its cells left to right.</summary>
/// <param name="Number">The row number, 1-based, as Excel numbers rows.</param>
/// <param name="Cells">The non-empty cells, by column.</param>
internal sealed record XlsxRow(int Number, IReadOnlyList<XlsxCell> Cells)
{
    /// <summary>The text in a column, or empty.</summary>
    public string this[int column]
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (cell.Column == column)
                {
                    return cell.Text;
                }
            }

            return string.Empty;
        }
    }
}
