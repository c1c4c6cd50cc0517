using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Reports;

namespace Jilin.Urbanization.Domain.Excel.Tests.Workbooks;

/// <summary>The report workbook (issue 25 point 3): a sheet per table, frozen header, filter, widths for Chinese text, status fills.</summary>
public sealed class ExcelWorkbookTests
{
    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    [Fact]
    public void An_export_table_reads_back_cell_for_cell()
    {
        var table = MeasureTable.From(Samples.Catalog, Samples.Catalog.Measures.Take(40));

        var sheets = Samples.Read(Bytes(table.WriteXlsx));

        sheets.Should().ContainSingle().Which.Sheet.Should().Be(table.Name);
        var expected = new[] { table.Columns.Select(c => c.Header).ToList() }
            .Concat(table.Rows.Select(r => table.Columns.Select(c => c.Cell(r)).ToList()));
        Samples.Texts(sheets[0].Rows, table.Columns.Count).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Each_sheet_has_a_frozen_header_row_and_a_filter_over_the_table()
    {
        var table = ComplianceTable.From(Samples.Report());
        var bytes = Bytes(s => ExcelWorkbook.Empty.With(table).With(ReportTables.ComplianceResults(Samples.Report())).Write(s));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var parts = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => (WorksheetPart)document.WorkbookPart.GetPartById(s.Id!)).ToList();
        parts.Should().HaveCount(2);
        var first = parts[0].Worksheet;
        var pane = first.Descendants<Pane>().Single();
        (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value).Should().Be((PaneStateValues.Frozen, 1D, "A2"));
        first.Elements<AutoFilter>().Single().Reference!.Value.Should().Be($"A1:{Letter(table.Columns.Count)}{table.Rows.Count + 1}");
        // The report table's caption is a title row above its header, so the second sheet freezes two rows.
        var second = parts[1].Worksheet;
        second.Descendants<Pane>().Single().VerticalSplit!.Value.Should().Be(2D);
        second.Elements<AutoFilter>().Single().Reference!.Value.Should().StartWith("A2:");
    }

    [Fact]
    public void Column_widths_count_a_chinese_character_as_two()
    {
        var table = new ReportTable("宽度", ["名称", "code"], [[new("梅河口市人民政府办公室"), new("abcdefghijkl")]]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(Bytes(table.WriteXlsx)), false);
        var widths = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();

        // 11 characters of Chinese are 22 units; 12 Latin letters are 12: the Chinese column is the wider.
        widths[0].Should().BeGreaterThanOrEqualTo(22).And.BeGreaterThan(widths[1] + 8);
    }

    [Theory]
    [InlineData("met", "C6EFCE")]
    [InlineData("Met", "C6EFCE")]
    [InlineData("已完成", "C6EFCE")]
    [InlineData("onTrack", "FFEB9C")]
    [InlineData("推进中", "FFEB9C")]
    [InlineData("notMet", "FFC7CE")]
    [InlineData("未达标 (notMet)", "FFC7CE")]
    [InlineData("滞后", "FFC7CE")]
    [InlineData("unreported", "E0E0E0")]
    [InlineData("未启动", "E0E0E0")]
    public void A_status_cell_is_filled_with_its_status_colour(string status, string fill)
    {
        var table = new ReportTable("状态", ["指标", "进展状态", "备注"], [[new("t1"), new(status), new(status)]]);

        FillOf(Bytes(table.WriteXlsx), "B3").Should().Be("FF" + fill);
        FillOf(Bytes(table.WriteXlsx), "C3").Should().BeNull("a note that says 'met' is not a status column");
    }

    [Fact]
    public void A_report_cell_coloured_as_a_status_gets_that_status_fill_whatever_its_column()
    {
        var table = new ReportTable("counts", ["county", "overdue"], [[new("梅河口市"), new("3", Charts.ComplianceColours.Of(ComplianceStatus.NotMet))]]);

        FillOf(Bytes(table.WriteXlsx), "B3").Should().Be("FFFFC7CE");
    }

    [Fact]
    public void A_report_is_a_sheet_per_section_table_with_title_and_heading_above_the_header()
    {
        var report = HtmlReport.ForCompliance(Samples.Catalog, Samples.Report());
        var tables = report.Sections.Sum(s => Math.Max(1, s.Tables.Count));

        var sheets = Samples.Read(Bytes(report.WriteXlsx));

        sheets.Should().HaveCount(tables);
        var section = report.Sections.First(s => s.Tables.Count > 0);
        var sheet = sheets.First(s => s.Sheet.StartsWith(section.Heading[..Math.Min(section.Heading.Length, 20)], StringComparison.Ordinal));
        sheet.Rows[0][1].Should().StartWith(report.Title);
        sheet.Rows[1][1].Should().Be(section.Heading);
        var table = section.Tables[0];
        var header = sheet.Rows.First(r => r.Cells.Count == table.Columns.Count && r[1] == table.Columns[0]);
        Samples.Texts(sheet.Rows.SkipWhile(r => r != header).Skip(1), table.Columns.Count)
            .Should().BeEquivalentTo(table.Rows.Select(r => r.Select(c => c.Text).ToList()), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Sheet_names_are_made_valid_and_unique_for_excel()
    {
        var table = new ReportTable("x", ["a"], []);
        var book = ExcelWorkbook.Empty.With(table, "a/b:c*[d]?").With(table, "A/B:C*[D]?").With(table, new string('长', 40));

        book.SheetNames.Should().Equal("a_b_c__d__", "A_B_C__D__ (2)", new string('长', 31));
    }

    [Fact]
    public void Saving_to_another_extension_than_xlsx_is_refused_naming_it()
    {
        var act = () => ExcelWorkbook.Empty.With(new ReportTable("x", ["a"], [])).Save("report.xls");

        act.Should().Throw<ArgumentException>().WithMessage("*'.xls'*.xlsx*");
    }

    [Fact]
    public void Writing_an_empty_workbook_is_refused()
    {
        var act = () => ExcelWorkbook.Empty.Write(new MemoryStream());

        act.Should().Throw<InvalidOperationException>().WithMessage("*no sheet*");
    }

    [Fact]
    public void LibreOffice_opens_the_report_workbook_and_saves_the_same_cells()
    {
        var report = HtmlReport.ForCompliance(Samples.Catalog, Samples.Report());
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.xlsx");
        report.SaveXlsx(file);

        var resaved = Clients.ResaveWithLibreOffice(file);

        Samples.Read(File.OpenRead(resaved), resaved).Select(s => (s.Sheet, Samples.Texts(s.Rows, 12)))
            .Should().BeEquivalentTo(Samples.Read(File.OpenRead(file), file).Select(s => (s.Sheet, Samples.Texts(s.Rows, 12))), o => o.WithStrictOrdering());
    }

    private static string? FillOf(byte[] workbook, string reference)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var cell = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        var format = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var fill = document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value);
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value;
    }

    private static string Letter(int column) => Jilin.Urbanization.Domain.Excel.Reading.XlsxColumns.Letter(column);
}
