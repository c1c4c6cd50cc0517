using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Excel.Reading;
using NodaTime;

namespace Jilin.Urbanization.Domain.Excel.Tests;

/// <summary>Shared inputs of the tests: the catalog, a compliance report with every kind of status, a workbook read back.</summary>
internal static class Samples
{
    public static PolicyCatalog Catalog => PolicyCatalog.Default;

    /// <summary>A compliance report with met, not-met, pending and unreported targets (the HTML report tests' sample).</summary>
    public static ComplianceReport Report()
    {
        var csv = "indicator,value,unit,observedOn\n"
                  + "jilin-2022-county-urbanization/68/t1,0.81,fraction,2025-12-01\n"
                  + string.Join('\n', Catalog.Targets.Where(t => t.Unit.Symbol == "%" && t.Binding == Targets.TargetBinding.Province).Skip(1).Take(6).Select((t, i) => $"{t.Id},{15 + (i * 15)},%,2025-06-30"));
        return ProgressReport.ReadCsv(new StringReader(csv), Catalog).Evaluate(Catalog, new LocalDate(2026, 1, 1));
    }

    /// <summary>Every sheet of a workbook, as the reader gives it: name and rows of cell texts.</summary>
    public static List<(string Sheet, List<XlsxRow> Rows)> Read(byte[] workbook) => Read(new MemoryStream(workbook), "workbook.xlsx");

    /// <summary>Every sheet of a workbook file.</summary>
    public static List<(string Sheet, List<XlsxRow> Rows)> Read(Stream stream, string name)
    {
        using var reader = XlsxWorkbookReader.Open(stream, name);
        return [.. reader.SheetNames.Select((sheet, i) => (sheet, reader.Rows(i).ToList()))];
    }

    /// <summary>The rows' texts, a list per row, cells in column order with empty cells as "".</summary>
    public static List<List<string>> Texts(IEnumerable<XlsxRow> rows, int columns) =>
        [.. rows.Select(r => Enumerable.Range(1, columns).Select(c => r[c]).ToList())];
}
