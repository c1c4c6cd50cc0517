using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Excel.Tests.Intake;

/// <summary>The .xlsx source of the intake pipeline (issue 24 points 1 and 8): one call reads any kind of file.</summary>
public sealed class XlsxIntakeTests
{
    public static TheoryData<string> Writers => new() { "openpyxl", "libreoffice" };

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_workbook_written_by_another_program_reads_into_entries_with_no_problem(string writer)
    {
        var file = writer == "openpyxl" ? Clients.Openpyxl : Clients.LibreOffice;

        var result = ExcelIntake.Read(Samples.Catalog, file);

        result.Report.Problems.Should().BeEmpty();
        result.Log.Observations.Select(o => (o.TargetId.ToString(), o.Subject.ToString(), o.Value.ToString(), o.ObservedOn.ToString("yyyy-MM-dd", null)))
            .Should().BeEquivalentTo(new[]
            {
                ("jilin-2022-county-urbanization/18/t1", "220581", "78 %", "2025-09-30"),
                ("jilin-2022-county-urbanization/43/t1", "220581", "2 所", "2024-12-31"),
                ("jilin-2022-county-urbanization/60/t1", "220581", "65.5 %", "2025-06-30"),
            });
    }

    [Fact]
    public void An_offices_own_sheet_reads_its_rows_names_a_formula_saved_without_its_value_and_counts_its_total_and_sign_off_lines()
    {
        var result = ExcelIntake.Read(Samples.Catalog, Clients.OpenpyxlOffice);

        result.Log.Observations.Should().ContainSingle().Which.Value.ToString().Should().Be("2 所");
        var problem = result.Report.Problems.Should().ContainSingle().Which;
        (problem.Location.Sheet, problem.Location.Row, problem.Location.ColumnLetter, problem.Value).Should().Be(("三季度", 5, "F", "=D5/E5*100"));
        problem.Message.Should().Contain("formula without a computed value");
        result.Report.NotData.Should().Be(2);
        result.Report.NotDataRows.Select(l => l.Row).Should().Equal(6, 8);
    }

    [Fact]
    public void The_same_sheet_saved_again_by_libreoffice_reads_the_formulas_value()
    {
        var resaved = Clients.ResaveWithLibreOffice(Clients.OpenpyxlOffice);

        var result = ExcelIntake.Read(Samples.Catalog, resaved);

        result.Report.Problems.Should().BeEmpty();
        result.Log.Observations.Select(o => o.Value.ToString()).Should().BeEquivalentTo("2 所", "65.5 %");
        result.Report.NotData.Should().Be(2);
    }

    [Fact]
    public void An_excel_97_2003_file_is_refused_saying_what_it_is_and_how_to_save_it()
    {
        // The Office 97–2003 compound-file signature, as an .xls (or a WPS .et) starts.
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var result = IntakeReader.Read(Samples.Catalog, new MemoryStream(xls), "梅河口.xls", IntakeOptions.Default.WithExcel());

        result.Report.Problems.Should().ContainSingle().Which.Message.Should().Contain("Excel 97-2003 workbook (.xls").And.Contain("另存为");
    }

    [Fact]
    public void An_opendocument_spreadsheet_is_refused_saying_what_it_is_and_how_to_save_it()
    {
        var ods = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ods, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            // As LibreOffice and WPS write it: the media type first, stored uncompressed.
            var entry = zip.CreateEntry("mimetype", System.IO.Compression.CompressionLevel.NoCompression);
            using (var writer = new StreamWriter(entry.Open()))
            {
                writer.Write("application/vnd.oasis.opendocument.spreadsheet");
            }

            zip.CreateEntry("content.xml");
        }

        ods.Position = 0;

        var result = IntakeReader.Read(Samples.Catalog, ods, "梅河口.ods", IntakeOptions.Default.WithExcel());

        result.Report.Problems.Should().ContainSingle().Which.Message.Should().Contain("OpenDocument file (.ods").And.Contain(".xlsx");
    }

    [Fact]
    public void Cells_merged_down_several_rows_read_as_their_top_left_cell_in_every_row_below_a_merged_title()
    {
        var subjects = new SubjectDirectory(Divisions.DivisionRegistry.Default, Samples.Catalog.Departments);
        string meihekou = subjects.Resolve("梅河口市").ToString(), gongzhuling = subjects.Resolve("公主岭市").ToString();

        var result = ExcelIntake.Read(Samples.Catalog, Clients.OpenpyxlMerged);

        result.Report.Problems.Should().BeEmpty();
        result.Report.Rows.Should().Be(5);
        result.Log.Observations.Select(o => (o.TargetId.ToString(), o.Subject.ToString(), o.Value.ToString(), o.ObservedOn.ToString("yyyy-MM-dd", null)))
            .Should().BeEquivalentTo(new[]
            {
                ("jilin-2022-county-urbanization/18/t1", meihekou, "78 %", "2025-09-30"),
                ("jilin-2022-county-urbanization/43/t1", meihekou, "2 所", "2024-12-31"),
                ("jilin-2022-county-urbanization/60/t1", meihekou, "65.5 %", "2025-06-30"),
                ("jilin-2022-county-urbanization/18/t1", gongzhuling, "80 %", "2025-09-30"),
                ("jilin-2022-county-urbanization/43/t1", gongzhuling, "3 所", "2025-09-30"),
            });
    }

    [Fact]
    public void A_region_merged_within_one_row_is_not_filled_into_the_cells_beside_it()
    {
        using var source = ExcelIntake.OpenSource(File.OpenRead(Clients.OpenpyxlMerged), "merged.xlsx");
        var table = source.NextTable()!;

        table.ReadRow().Should().BeTrue();

        table.RowNumber.Should().Be(1);
        table.Cell(0).ToString().Should().Be("梅河口市 2025年第三季度 指标填报");
        Enumerable.Range(1, 5).Select(i => table.Cell(i).ToString()).Should().OnlyContain(text => text.Length == 0);
    }

    [Fact]
    public void A_problem_in_a_workbook_names_the_sheet_the_excel_row_and_the_column_letter()
    {
        var table = new Jilin.Urbanization.Domain.Reports.ReportTable("梅河口市 指标填报", ["指标编号", "地区", "完成值", "单位", "统计日期"],
            [[new("jilin-2022-county-urbanization/43/t1"), new("梅河口市"), new("两所"), new(""), new("2024-12-31")]]);
        using var stream = new MemoryStream();
        ExcelWorkbook.Empty.With(table, "指标填报").Write(stream);
        stream.Position = 0;

        var result = IntakeReader.Read(Samples.Catalog, stream, "梅河口.xlsx", ExcelIntake.Options);

        var problem = result.Report.Problems.Should().ContainSingle().Subject;
        (problem.Location.File, problem.Location.Sheet, problem.Location.Row, problem.Location.ColumnLetter, problem.Value)
            .Should().Be(("梅河口.xlsx", "指标填报", 3, "C", "两所"));
    }

    [Fact]
    public void An_xls_workbook_is_reported_as_one_problem_asking_for_xlsx()
    {
        var bytes = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);

        var act = () => ExcelIntake.OpenSource(new MemoryStream(bytes), "old.xlsx");

        act.Should().Throw<PolicyDataException>().WithMessage("*97-2003*save it as an Excel workbook (.xlsx*");
    }

    [Fact]
    public void The_excel_format_is_added_once_before_the_defaults()
    {
        var options = IntakeOptions.Default.WithExcel().WithExcel();

        options.Formats.Should().Equal(new[] { ExcelIntake.Xlsx }.Concat(IntakeFormats.Default));
        IntakeReader.FormatOf([0x50, 0x4B, 0x03, 0x04], "x.xlsx", options).Should().BeSameAs(ExcelIntake.Xlsx);
    }
}

/// <summary>The validation report as a workbook (issue 24 point 5).</summary>
public sealed class ValidationReportWorkbookTests
{
    [Fact]
    public void Every_problem_is_a_row_with_its_location_value_as_written_and_suggestion()
    {
        var csv = "指标编号,地区,完成值,单位,统计日期\njilin-2022-county-urbanization/43/t1,梅河口市,两所,,2024-12-31\njilin-2022-county-urbanization/43/t1,不存在县,0.5,所,2024/13/01\n";
        var report = IntakeReader.Read(Samples.Catalog, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), "county.csv", IntakeOptions.Default).Report;
        report.Problems.Should().HaveCountGreaterThan(1);
        using var stream = new MemoryStream();

        report.WriteXlsx(stream);

        var rows = Samples.Read(stream.ToArray()).Single().Rows;
        rows[0][1].Should().Be(report.ToString());
        rows[1].Cells.Select(c => c.Text).Should().Equal("文件 file", "工作表 sheet", "行 row", "列 column", "列名 header", "填写内容 value", "问题 problem", "建议 suggestion");
        Samples.Texts(rows.Skip(2), 8).Should().BeEquivalentTo(report.Problems.Select(p => new List<string>
        {
            p.Location.File, p.Location.Sheet ?? "", p.Location.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Location.JsonPath ?? p.Location.ColumnLetter ?? "",
            p.Location.Header ?? "", p.Value, p.Message, p.Suggestion ?? "",
        }), o => o.WithStrictOrdering());
    }
}
