using Jilin.Urbanization.Domain.Excel.Reading;
using Jilin.Urbanization.Domain.Intake;

namespace Jilin.Urbanization.Domain.Excel.Intake;

/// <summary>
/// One worksheet as an intake table: every row that has a non-empty cell, title rows included (the pipeline finds the
/// header), with its Excel row number; cells dense from column A, so index <c>i</c> is column <c>i + 1</c> and an empty
/// cell between two others is empty text.
/// </summary>
internal sealed class XlsxIntakeTable : IntakeTable
{
    private readonly XlsxWorkbookReader.Cursor cursor;
    private string[] texts = new string[16];
    private int count;

    public XlsxIntakeTable(string sheet, XlsxWorkbookReader.Cursor cursor)
        : base(sheet) => this.cursor = cursor;

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
        count = cells[^1].Column;
        if (count > texts.Length)
        {
            texts = new string[Math.Max(count, texts.Length * 2)];
        }

        foreach (var cell in cells)
        {
            texts[cell.Column - 1] = cell.Text;
        }

        return true;
    }

    /// <inheritdoc/>
    public override ReadOnlySpan<char> Cell(int index) => index >= 0 && index < count ? texts[index] : [];
}
