using Jilin.Urbanization.Domain.Excel.Reading;
using Jilin.Urbanization.Domain.Intake;

namespace Jilin.Urbanization.Domain.Excel.Intake;

/// <summary>An .xlsx workbook as an intake source: its worksheets in order, each an <see cref="XlsxIntakeTable"/>.</summary>
internal sealed class XlsxIntakeSource : IntakeSource
{
    private readonly XlsxWorkbookReader workbook;
    private readonly Stream? owned;
    private XlsxWorkbookReader.Cursor? cursor;
    private int next;

    /// <summary>Opens a workbook; the source owns <paramref name="owned"/> when given and disposes it.</summary>
    /// <exception cref="PolicyDataException">The bytes are not an .xlsx workbook.</exception>
    public XlsxIntakeSource(Stream stream, string fileName, Stream? owned)
        : base(fileName)
    {
        this.owned = owned;
        workbook = XlsxWorkbookReader.Open(stream, fileName);
    }

    /// <inheritdoc/>
    public override IntakeTable? NextTable()
    {
        cursor?.Dispose();
        cursor = null;
        if (next >= workbook.SheetNames.Count)
        {
            return null;
        }

        var sheet = next++;
        var merged = workbook.MergedDown(sheet);
        cursor = workbook.Open(sheet);
        return new XlsxIntakeTable(workbook.SheetNames[sheet], cursor, merged);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            cursor?.Dispose();
            workbook.Dispose();
            owned?.Dispose();
        }

        base.Dispose(disposing);
    }
}
