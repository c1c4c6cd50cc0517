using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Excel.Tests.Templates;

/// <summary>Templates (issue 24 point 6): prefilled, validated, Chinese, and read back with no mapping.</summary>
public sealed class ExcelTemplateTests
{
    private static readonly SubjectDirectory Subjects = new(DivisionRegistry.Default, Samples.Catalog.Departments);

    private static byte[] Template(string subject)
    {
        using var stream = new MemoryStream();
        ExcelTemplate.Write(Samples.Catalog, Subjects.Resolve(subject), stream);
        return stream.ToArray();
    }

    /// <summary>Fills every input cell as a person would: a number, a date cell (serial day), a status from the list, a note.</summary>
    private static byte[] Fill(byte[] template) => Fill(template, (_, _) => (true, true));

    /// <summary>
    /// Fills the input cells <paramref name="which"/> says for each sheet's n-th row (from 0): the value (完成值, or 进展状态
    /// and 进展情况) and the day (统计日期, 截至日期); a row given neither is left as the template wrote it.
    /// </summary>
    private static byte[] Fill(byte[] template, Func<string, int, (bool Value, bool Day)> which)
    {
        var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var book = document.WorkbookPart!;
            var strings = book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
            foreach (var sheet in book.Workbook.Sheets!.Elements<Sheet>())
            {
                var rows = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
                var header = rows.First(r => r.Elements<Cell>().Count() > 2);
                var columns = header.Elements<Cell>().Select(c => strings[int.Parse(c.CellValue!.Text)]).ToList();
                var n = 0;
                foreach (var row in rows.Where(r => r.RowIndex!.Value > header.RowIndex!.Value))
                {
                    var cells = row.Elements<Cell>().ToList();
                    var id = cells[0].CellValue is { } v ? strings[int.Parse(v.Text)] : null;
                    if (id is null)
                    {
                        continue;
                    }

                    var (value, day) = which(sheet.Name!, n++);
                    var unit = sheet.Name == ExcelTemplate.FiguresSheet ? strings[int.Parse(cells[columns.IndexOf("单位")].CellValue!.Text)] : null;
                    if (day)
                    {
                        Number(cells[columns.IndexOf(sheet.Name == ExcelTemplate.FiguresSheet ? "统计日期" : "截至日期")], "45930");
                    }

                    if (value && sheet.Name == ExcelTemplate.FiguresSheet)
                    {
                        Number(cells[columns.IndexOf("完成值")], unit == "%" ? "78" : "2");
                    }
                    else if (value)
                    {
                        Inline(cells[columns.IndexOf("进展状态")], "推进中");
                        Inline(cells[columns.IndexOf("进展情况")], "按计划推进");
                    }
                }
            }
        }

        return stream.ToArray();
    }

    private static void Number(Cell cell, string value) => (cell.DataType, cell.CellValue) = (CellValues.Number, new CellValue(value));

    private static void Inline(Cell cell, string text) => (cell.DataType, cell.InlineString) = (CellValues.InlineString, new InlineString(new Text(text)));

    private static IntakeResult Read(byte[] workbook) => IntakeReader.Read(Samples.Catalog, new MemoryStream(workbook), "filled.xlsx", ExcelIntake.Options);

    [Fact]
    public void A_county_template_lists_the_targets_binding_each_county_and_the_measures_counties_implement()
    {
        var sheets = Samples.Read(Template("梅河口市"));

        sheets.Select(s => s.Sheet).Should().Equal(ExcelTemplate.FiguresSheet, ExcelTemplate.StatusesSheet);
        var figures = sheets[0].Rows;
        figures[0][1].Should().Be("梅河口市 目标指标填报表");
        figures[1][1].Should().StartWith("填写说明");
        figures[2].Cells.Select(c => c.Text).Should().Equal("指标编号", "指标内容", "地区", "完成值", "单位", "统计日期", "完成时限", "数据来源", "备注");
        var expected = Samples.Catalog.Targets.Where(t => t.Binding == Targets.TargetBinding.EachCounty).ToList();
        figures.Skip(3).Select(r => (r[1], r[2], r[3], r[5], r[7]))
            .Should().Equal(expected.Select(t => (t.Id.ToString(), t.Quote, "梅河口市", t.Unit.Symbol, t.Deadline is { } d ? d.Date.ToString("yyyy-MM-dd", null) : "未规定")));
        sheets[1].Rows.Skip(3).Should().NotBeEmpty().And.OnlyContain(r => r[3] == "梅河口市");
    }

    [Fact]
    public void A_department_template_lists_the_province_targets_it_leads_and_the_measures_it_answers_for()
    {
        var subject = Subjects.Resolve("省住房和城乡建设厅");
        var sheets = Samples.Read(Template("省住房和城乡建设厅"));

        var led = Samples.Catalog.Targets.Where(t => t.Binding == Targets.TargetBinding.Province && Samples.Catalog.GetMeasure(t.MeasureId).Responsibility.Lead?.Id == subject.DepartmentId).Select(t => t.Id.ToString());
        var involved = Samples.Catalog.Measures.Where(m => m.Responsibility.Involves(subject.DepartmentId!.Value)).Select(m => m.Id.ToString());
        var bySheet = sheets.ToDictionary(s => s.Sheet, s => s.Rows.Skip(3).ToList());
        bySheet.GetValueOrDefault(ExcelTemplate.FiguresSheet, []).Select(r => r[1]).Should().Equal(led);
        bySheet[ExcelTemplate.StatusesSheet].Select(r => r[1]).Should().Equal(involved).And.NotBeEmpty();
    }

    [Fact]
    public void The_status_cells_are_restricted_to_the_statuses_by_data_validation()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Template("梅河口市")), false);
        var book = document.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == ExcelTemplate.StatusesSheet);
        var validation = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.Descendants<DataValidation>().Single(v => v.Type! == DataValidationValues.List);

        validation.Formula1!.Text.Should().Be("\"未启动,推进中,已完成,滞后,暂停,常态化推进\"");
        validation.ErrorStyle!.Value.Should().Be(DataValidationErrorStyleValues.Stop);
        validation.SequenceOfReferences!.InnerText.Should().StartWith("D4:D");
    }

    [Fact]
    public void A_filled_template_reads_back_through_the_pipeline_with_no_mapping_and_no_problem()
    {
        var filled = Fill(Template("梅河口市"));

        var result = Read(filled);

        result.Report.Problems.Should().BeEmpty();
        var figures = Samples.Catalog.Targets.Count(t => t.Binding == Targets.TargetBinding.EachCounty);
        result.Log.Observations.Should().HaveCount(figures).And.OnlyContain(o => o.ObservedOn == new NodaTime.LocalDate(2025, 9, 30) && o.Subject == Subjects.Resolve("梅河口市"));
        result.Log.StatusUpdates.Should().NotBeEmpty().And.OnlyContain(u => u.Status == MeasureStatus.InProgress && u.Narrative == "按计划推进");
    }

    [Fact]
    public void An_unfilled_template_reads_back_with_no_problem_and_every_row_counted_once_as_not_filled()
    {
        var template = Template("梅河口市");
        var listed = Samples.Read(template).Sum(s => s.Rows.Count - 3);

        var result = Read(template);

        result.Report.Problems.Should().BeEmpty();
        result.Log.Count.Should().Be(0);
        result.Report.Rows.Should().Be(0);
        result.Report.NotFilled.Should().Be(listed).And.BeGreaterThan(0);
        result.Report.NotFilledRows.Should().HaveCount(Math.Min(listed, 20)).And.OnlyContain(l => l.File == "filled.xlsx" && l.Row >= 4);
        result.Report.ToString().Should().Contain($"{listed} rows were not filled in and gave no entry (未填报 {listed} 行)");
        var markdown = new StringWriter();
        result.Report.WriteMarkdown(markdown);
        markdown.ToString().Should().Contain("未填报").And.NotContain("| 位置 location |", "a row left blank is no problem row");
    }

    [Fact]
    public void A_partly_filled_template_reports_what_a_half_filled_row_lacks_and_counts_the_rows_left_blank()
    {
        var template = Template("梅河口市");
        var sheets = Samples.Read(template);
        var figureRows = sheets.Single(s => s.Sheet == ExcelTemplate.FiguresSheet).Rows.Count - 3;
        var statusRows = sheets.Single(s => s.Sheet == ExcelTemplate.StatusesSheet).Rows.Count - 3;
        // The first figure filled, the second given a value but no day; the first status given a day but no status.
        var filled = Fill(template, (sheet, n) => sheet == ExcelTemplate.FiguresSheet ? (n <= 1, n == 0) : (false, n == 0));

        var result = Read(filled);

        result.Log.Observations.Should().ContainSingle();
        result.Report.Problems.Select(p => (p.Location.Sheet, p.Location.Row, p.Location.Header, p.Message)).Should().Equal(
            (ExcelTemplate.FiguresSheet, 5, "统计日期", "The date is empty."),
            (ExcelTemplate.StatusesSheet, 4, "进展状态", "The status is empty."));
        result.Report.Rows.Should().Be(3);
        result.Report.NotFilled.Should().Be(figureRows - 2 + statusRows - 1);
    }

    [Fact]
    public void A_filled_template_saved_again_by_LibreOffice_reads_back_equal()
    {
        var file = Path.Combine(Path.GetTempPath(), $"template-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(file, Fill(Template("梅河口市")));

        var resaved = Clients.ResaveWithLibreOffice(file);

        var again = Read(File.ReadAllBytes(resaved));
        again.Report.Problems.Should().BeEmpty();
        again.Log.Should().Be(Read(File.ReadAllBytes(file)).Log);
    }

    [Fact]
    public void A_template_for_the_province_is_refused_naming_who_reports_instead()
    {
        var act = () => ExcelTemplate.Write(Samples.Catalog, Subject.Province, new MemoryStream());

        act.Should().Throw<ArgumentException>().WithMessage("*province as a whole does not report*department or a county*");
    }
}
