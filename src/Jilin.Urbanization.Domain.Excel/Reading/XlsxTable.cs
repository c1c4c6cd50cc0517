namespace Jilin.Urbanization.Domain.Excel.Reading;

/// <summary>
/// A sheet read as a table: the title rows above the header (a merged 标题 row, a line of instructions), the header
/// row, and the rows below it. The header is the first row with two or more non-empty cells; every row above it has
/// at most one (a title, merged across the columns or not) and is kept as a title, not dropped.
/// </summary>
/// <param name="Sheet">The sheet's name.</param>
/// <param name="SheetIndex">The sheet's index in the workbook.</param>
/// <param name="Titles">The title rows' texts, top to bottom.</param>
/// <param name="Header">The header row, or null when the sheet has no row of two or more cells (an empty sheet, a sheet of notes).</param>
/// <param name="Rows">The rows below the header that have a non-empty cell, read as they are enumerated.</param>
internal sealed record XlsxTable(string Sheet, int SheetIndex, IReadOnlyList<XlsxRow> Titles, XlsxRow? Header, IEnumerable<XlsxRow> Rows)
{
    /// <summary>Reads a sheet as a table; the rows after the header stream from the workbook.</summary>
    public static XlsxTable Read(XlsxWorkbookReader workbook, int sheet)
    {
        var rows = workbook.Rows(sheet).GetEnumerator();
        var titles = new List<XlsxRow>();
        while (rows.MoveNext())
        {
            if (rows.Current.Cells.Count >= 2)
            {
                return new(workbook.SheetNames[sheet], sheet, titles, rows.Current, Rest(rows));
            }

            titles.Add(rows.Current);
        }

        rows.Dispose();
        return new(workbook.SheetNames[sheet], sheet, titles, null, []);
    }

    private static IEnumerable<XlsxRow> Rest(IEnumerator<XlsxRow> rows)
    {
        using (rows)
        {
            while (rows.MoveNext())
            {
                yield return rows.Current;
            }
        }
    }
}
