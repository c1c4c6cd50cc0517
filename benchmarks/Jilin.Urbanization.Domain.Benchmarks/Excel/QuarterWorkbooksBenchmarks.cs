using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Excel;
using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Benchmarks.Excel;

/// <summary>
/// Issue 24 point 9, a quarter's collection: sixty county workbooks, one per county, each the county's own template
/// (<see cref="ExcelTemplate"/>) with every row filled in as a person fills it (a number, a date cell, a status from
/// the list, a note), saved in a folder and read and validated in one call
/// (<see cref="IntakeReader.Read(PolicyCatalog, IEnumerable{string}, IntakeOptions)"/>: every rule, one log, one
/// report). Goal: under 1 s. The baseline is DocumentFormat.OpenXml's own forward-only raw cell read of the same sixty
/// files (each cell's stored text, shared strings by index, no rendering, no checks).
/// </summary>
[MemoryDiagnoser]
public class QuarterWorkbooksBenchmarks
{
    /// <summary>How many county workbooks a quarter brings (Jilin has 60 county-level divisions).</summary>
    public const int Counties = 60;

    private PolicyCatalog catalog = null!;
    private string folder = string.Empty;
    private string[] files = [];

    [GlobalSetup]
    public void Setup()
    {
        catalog = PolicyCatalog.LoadEmbedded();
        var subjects = new SubjectDirectory(DivisionRegistry.Default, catalog.Departments);
        folder = Path.Combine(Path.GetTempPath(), "jilin-quarter-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var counties = DivisionRegistry.Default.Counties.Take(Counties).ToList();
        files = [.. counties.Select(county =>
        {
            var path = Path.Combine(folder, $"{county.Name}-2025Q3.xlsx");
            using var stream = new MemoryStream();
            ExcelTemplate.Write(catalog, Subject.OfDivision(county.Code), stream);
            Fill(stream);
            File.WriteAllBytes(path, stream.ToArray());
            return path;
        })];
        var result = Read();
        if (!result.IsValid || result.Report.NotFilled != 0 || result.Log.Count == 0)
        {
            throw new InvalidOperationException($"The filled workbooks do not read cleanly: {result.Report}");
        }

        Console.WriteLine($"// {files.Length} workbooks, {result.Report.Rows} rows, {result.Log.Count} entries, {files.Sum(f => new FileInfo(f).Length) / 1024} KiB in all");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    /// <summary>The baseline: OpenXmlReader over every sheet of every file, each cell's stored text.</summary>
    [Benchmark(Baseline = true)]
    public long OpenXmlRawCells()
    {
        long length = 0;
        foreach (var file in files)
        {
            using var document = SpreadsheetDocument.Open(file, false);
            var book = document.WorkbookPart!;
            var strings = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            foreach (var part in book.WorksheetParts)
            {
                using var reader = DocumentFormat.OpenXml.OpenXmlReader.Create(part);
                while (reader.Read())
                {
                    if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
                    {
                        var cell = (Cell)reader.LoadCurrentElement()!;
                        var text = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? string.Empty;
                        length += cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)].Length : text.Length;
                    }
                }
            }
        }

        return length;
    }

    /// <summary>The sixty workbooks read and validated by the intake pipeline, into one log and one report.</summary>
    [Benchmark]
    public IntakeResult Intake_ReadSixtyCountyWorkbooks() => Read();

    private IntakeResult Read() => IntakeReader.Read(catalog, files, ExcelIntake.Options);

    // Fills every row of the template as a person does: 完成值 (78 for a percentage, else 2) and 统计日期 as a date
    // cell; 进展状态 from the list, 截至日期, 进展情况.
    private static void Fill(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, true);
        var book = document.WorkbookPart!;
        var strings = book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        foreach (var sheet in book.Workbook.Sheets!.Elements<Sheet>())
        {
            var figures = sheet.Name == ExcelTemplate.FiguresSheet;
            var rows = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
            var header = rows.First(r => r.Elements<Cell>().Count() > 2);
            var columns = header.Elements<Cell>().Select(c => strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]).ToList();
            foreach (var row in rows.Where(r => r.RowIndex!.Value > header.RowIndex!.Value))
            {
                var cells = row.Elements<Cell>().ToList();
                if (cells[0].CellValue is null)
                {
                    continue;
                }

                Number(cells[columns.IndexOf(figures ? "统计日期" : "截至日期")], "45930");
                if (figures)
                {
                    var unit = strings[int.Parse(cells[columns.IndexOf("单位")].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)];
                    Number(cells[columns.IndexOf("完成值")], unit == "%" ? "78" : "2");
                    Inline(cells[columns.IndexOf("备注")], "按季度统计");
                }
                else
                {
                    Inline(cells[columns.IndexOf("进展状态")], "推进中");
                    Inline(cells[columns.IndexOf("进展情况")], "按计划推进，已完成年度任务的七成");
                }
            }
        }
    }

    private static void Number(Cell cell, string value) => (cell.DataType, cell.CellValue) = (CellValues.Number, new CellValue(value));

    private static void Inline(Cell cell, string text) => (cell.DataType, cell.InlineString) = (CellValues.InlineString, new InlineString(new Text(text)));
}
