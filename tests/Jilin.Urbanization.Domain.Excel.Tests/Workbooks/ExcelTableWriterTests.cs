using System.Globalization;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Reports;

namespace Jilin.Urbanization.Domain.Excel.Tests.Workbooks;

/// <summary>The core's one Save(path) by extension reaches the Excel package once its writer is registered (issue 25 point 3).</summary>
public sealed class ExcelTableWriterTests
{
    [Fact]
    public void Once_registered_a_core_table_saves_as_a_workbook_by_its_extension()
    {
        ExcelTableWriter.Register();
        var table = MeasureTable.From(Samples.Catalog, Samples.Catalog.Measures.Take(5));
        var path = Path.Combine(Path.GetTempPath(), $"measures-{Guid.NewGuid():N}.xlsx");
        try
        {
            table.Save(path, CultureInfo.GetCultureInfo("zh-CN"));

            var sheets = Samples.Read(File.ReadAllBytes(path));
            var cells = sheets.Should().ContainSingle().Subject.Rows.SelectMany(r => Samples.Texts([r], table.Columns.Count).Single()).ToHashSet();
            cells.Should().Contain(table.Rows.Select(r => table.Columns[0].Cell(r)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_writer_refuses_no_tables_and_a_stream_it_cannot_write()
    {
        var table = ReportTables.ComplianceResults(Samples.Report());

        FluentActions.Invoking(() => ExcelTableWriter.Instance.Write(new MemoryStream(), [], CultureInfo.InvariantCulture))
            .Should().Throw<ArgumentException>().WithParameterName("tables");
        FluentActions.Invoking(() => ExcelTableWriter.Instance.Write(new MemoryStream([], writable: false), [table], CultureInfo.InvariantCulture))
            .Should().Throw<ArgumentException>().WithParameterName("stream");
    }
}
