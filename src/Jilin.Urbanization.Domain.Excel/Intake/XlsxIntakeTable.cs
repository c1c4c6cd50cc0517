using Jilin.Urbanization.Domain.Excel.Reading;
using Jilin.Urbanization.Domain.Intake;

namespace Jilin.Urbanization.Domain.Excel.Intake;

/// <summary>
/// One worksheet as an intake table: every row that has a non-empty cell, title rows included (the pipeline finds the
/// header), with its Excel row number; cells dense from column A, so index <c>i</c> is column <c>i + 1</c> and an empty
/// cell between two others is empty text. A region merged down several rows (one county name beside the rows of its
/// figures) is filled down: each row of the region reads its top-left cell's text, as a person reading the sheet does;
/// a region within one row (a merged title above the header) is left as it is, its text in its first cell.
/// </summary>
internal sealed class XlsxIntakeTable : IntakeTable
{
    private readonly XlsxWorkbookReader.Cursor cursor;
    private readonly IReadOnlyList<XlsxMergedRegion> merged;
    private readonly List<(XlsxMergedRegion Region, string Text)> open = [];
    private string[] texts = new string[16];
    private int count;
    private int nextRegion;

    public XlsxIntakeTable(string sheet, XlsxWorkbookReader.Cursor cursor, IReadOnlyList<XlsxMergedRegion> merged)
        : base(sheet) => (this.cursor, this.merged) = (cursor, merged);

    /// <inheritdoc/>
    public override int RowNumber => cursor.RowNumber;

    /// <inheritdoc/>
    public override int CellCount => count;

    /// <inheritdoc/>
    public override bool ReadRow()
    {
        Array.Clear(texts, 0, count);
        count = 0;
        if (!cursor.MoveNext())
        {
            return false;
        }

        var cells = cursor.Cells;
        var row = cursor.RowNumber;
        count = cells[^1].Column;
        Grow(count);
        foreach (var cell in cells)
        {
            texts[cell.Column - 1] = cell.Text;
        }

        if (merged.Count > 0)
        {
            FillDown(row);
        }

        return true;
    }

    /// <inheritdoc/>
    public override ReadOnlySpan<char> Cell(int index) => index >= 0 && index < count ? texts[index] : [];

    // Regions whose top row was read (with their top-left text) fill the rows below them up to their bottom row.
    private void FillDown(int row)
    {
        open.RemoveAll(o => o.Region.Bottom < row);
        foreach (var (region, text) in open)
        {
            if (region.Top < row)
            {
                Grow(region.Left);
                texts[region.Left - 1] = text;
                count = Math.Max(count, region.Left);
            }
        }

        // Regions starting at or above this row (a region whose top row is blank has no text to fill down).
        while (nextRegion < merged.Count && merged[nextRegion].Top <= row)
        {
            var region = merged[nextRegion++];
            if (region.Top == row && region.Left <= count && texts[region.Left - 1] is { Length: > 0 } text)
            {
                open.Add((region, text));
            }
        }
    }

    private void Grow(int length)
    {
        if (length > texts.Length)
        {
            Array.Resize(ref texts, Math.Max(length, texts.Length * 2));
        }
    }
}
