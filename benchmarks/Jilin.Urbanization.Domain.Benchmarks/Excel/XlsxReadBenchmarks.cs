using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jilin.Urbanization.Domain.Excel;
using Jilin.Urbanization.Domain.Excel.Writing;

namespace Jilin.Urbanization.Domain.Benchmarks.Excel;

/// <summary>
/// Issue 24 point 9, xlsx part: the intake source's read of a county workbook (every cell as shown text: shared strings
/// resolved, dates and percentages rendered, numbers in invariant culture) against the strongest honest baseline,
/// DocumentFormat.OpenXml's own forward-only raw cell read (OpenXmlReader, each cell's stored value text, shared strings
/// looked up by index, no rendering). Goal: within 2× of the raw read. Rows: 10,000 (a quarter) and 100,000.
/// </summary>
[MemoryDiagnoser]
public class XlsxReadBenchmarks
{
    private byte[] workbook = [];

    [Params(10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var columns = new[] { "指标编号", "地区", "完成值", "单位", "统计日期", "备注" }.Select(h => new SheetColumn(h, Date: h == "统计日期")).ToList();
        string[] counties = ["梅河口市", "公主岭市", "扶余市", "榆树市", "德惠市", "农安县"];
        var rows = Enumerable.Range(0, Rows).Select(i => (IReadOnlyList<SheetCell>)
        [
            new($"jilin-2022-county-urbanization/{(i % 60) + 1}/t1"), new(counties[i % counties.Length]),
            new((i * 0.37).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), IsNumber: true), new(i % 2 == 0 ? "%" : "所"),
            new((45000 + (i % 900)).ToString(System.Globalization.CultureInfo.InvariantCulture), IsNumber: true), new(i % 10 == 0 ? "按计划推进" : string.Empty),
        ]).ToList();
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, [new SheetSpec("指标填报", ["梅河口市 指标填报"], columns, rows)]);
        workbook = stream.ToArray();
    }

    /// <summary>The library's own raw read: OpenXmlReader over the sheet, each cell's value text, shared strings by index.</summary>
    [Benchmark(Baseline = true)]
    public long OpenXmlRawCells()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var book = document.WorkbookPart!;
        var strings = book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray();
        long length = 0;
        using var reader = OpenXmlReader.Create(book.WorksheetParts.First());
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var text = cell.CellValue?.Text ?? string.Empty;
                length += cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)].Length : text.Length;
            }
        }

        return length;
    }

    /// <summary>The intake source: every row as dense shown text (what the pipeline reads).</summary>
    [Benchmark]
    public long XlsxSourceRows()
    {
        using var source = ExcelIntake.OpenSource(new MemoryStream(workbook), "bench.xlsx");
        long length = 0;
        while (source.NextTable() is { } table)
        {
            while (table.ReadRow())
            {
                for (var c = 0; c < table.CellCount; c++)
                {
                    length += table.Cell(c).Length;
                }
            }
        }

        return length;
    }
}
