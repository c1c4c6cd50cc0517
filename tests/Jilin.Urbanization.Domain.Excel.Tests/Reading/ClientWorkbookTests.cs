using Jilin.Urbanization.Domain.Excel.Reading;

namespace Jilin.Urbanization.Domain.Excel.Tests.Reading;

/// <summary>Workbooks written by openpyxl and by LibreOffice Calc (issue 24 point 8) read as a person sees them.</summary>
public sealed class ClientWorkbookTests
{
    public static TheoryData<string> Writers => new() { "openpyxl", "libreoffice" };

    private static XlsxTable Table(string writer, out XlsxWorkbookReader reader)
    {
        var file = writer == "openpyxl" ? Clients.Openpyxl : Clients.LibreOffice;
        reader = XlsxWorkbookReader.Open(File.OpenRead(file), Path.GetFileName(file));
        reader.SheetNames.Should().Equal("指标填报");
        return XlsxTable.Read(reader, 0);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void The_merged_title_row_is_a_title_and_the_next_row_the_header(string writer)
    {
        var table = Table(writer, out var reader);
        using (reader)
        {
            table.Titles.Should().ContainSingle().Which[1].Should().Be("梅河口市 2025年第三季度 指标填报");
            table.Header!.Number.Should().Be(2);
            table.Header.Cells.Select(c => c.Text).Should().Equal("指标编号", "地区", "完成值", "单位", "统计日期", "备注");
        }
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Date_cells_read_as_iso_days_and_the_percent_cell_as_a_percentage(string writer)
    {
        var table = Table(writer, out var reader);
        using (reader)
        {
            var rows = table.Rows.ToList();
            rows.Select(r => r.Number).Should().Equal(3, 4, 5);
            rows.Select(r => r[5]).Should().Equal("2025-09-30", "2024-12-31", "2025-06-30");
            rows.Select(r => r[3]).Should().Equal("78%", "2", "65.5");
            rows[0][2].Should().Be("梅河口市");
            rows[0].Cells.Single(c => c.Column == 3).Reference.Should().Be("C3");
        }
    }
}
