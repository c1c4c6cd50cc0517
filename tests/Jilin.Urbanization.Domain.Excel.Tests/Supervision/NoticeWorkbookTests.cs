using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Excel.Tests.Supervision;

/// <summary>The notice (督办单) as a workbook (issue 28 point 3): Chinese headers, the light's colour as the cell's fill.</summary>
public sealed class NoticeWorkbookTests
{
    private static Notice Orange()
    {
        var catalog = Samples.Catalog;
        var county = new ImplementationTracker(catalog, TrackingLog.Empty).Subjects.Resolve("梅河口");
        var targets = catalog.Targets.Where(t => t.Deadline is not null).Take(2).ToList();
        return new Notice
        {
            Number = "督办〔2026〕2号",
            Body = county,
            BodyName = "梅河口市人民政府",
            Level = NoticeLevel.Orange,
            IssuedOn = new LocalDate(2026, 1, 11),
            ReplyBy = new LocalDate(2026, 1, 21),
            Follows = "督办〔2025〕1号",
            Items = new[]
            {
                new NoticeItem { Item = SupervisedItem.OfTarget(targets[0].Id, county), Light = Light.Red, Title = "第一项", Situation = "逾期未完成", Deadline = new LocalDate(2025, 12, 31) },
                new NoticeItem { Item = SupervisedItem.OfTarget(targets[1].Id, county), Light = Light.Yellow, Title = "第二项", Situation = "滞后序时进度12.5个百分点", Deadline = null },
            }.ToValueList(),
            Action = Notice.DefaultAction(NoticeLevel.Orange),
            RecordedOn = new LocalDate(2026, 1, 11),
            RecordedBy = Subject.Province,
        };
    }

    private static byte[] Bytes(Notice notice)
    {
        using var stream = new MemoryStream();
        notice.WriteXlsx(stream);
        return stream.ToArray();
    }

    [Fact]
    public void A_notice_workbook_reads_back_its_heading_chinese_headers_items_action_and_reply_deadline()
    {
        var notice = Orange();

        var sheet = Samples.Read(Bytes(notice)).Should().ContainSingle().Subject;

        sheet.Sheet.Should().Be(notice.Number);
        var texts = Samples.Texts(sheet.Rows, 6);
        texts[0][0].Should().Be("橙色督办单");
        texts[1][0].Should().Contain(notice.Number).And.Contain("2026-01-21");
        texts[2][0].Should().Be("梅河口市人民政府：");
        texts[3][0].Should().Be("前次督办单：督办〔2025〕1号");
        texts[4].Should().Equal("序号", "督办事项", "事项编号", "预警", "存在问题", "完成时限");
        texts[5].Should().Equal("1", "第一项", notice.Items[0].Item.ReferenceText, "红灯", "逾期未完成", "2025-12-31");
        texts[6].Should().Equal("2", "第二项", notice.Items[1].Item.ReferenceText, "黄灯", "滞后序时进度12.5个百分点", "—");
        texts[7][0].Should().Be("整改要求");
        texts[7][1].Should().Be(notice.Action);
        texts[8].Take(2).Should().Equal("回复期限", "2026-01-21前");
    }

    [Fact]
    public void A_notices_item_reference_line_is_Chinese_in_the_workbook_and_the_page_naming_the_subject_with_its_code()
    {
        var notice = Orange();
        var html = notice.ToHtml();

        var references = Samples.Texts(Samples.Read(Bytes(notice)).Single().Rows, 6).Skip(5).Take(notice.Items.Count).Select(row => row[2]).ToList();

        references.Should().HaveCount(2).And.OnlyContain(r => r.Contains(" · 对象：梅河口市（220581）"));
        references.Should().Equal(notice.Items.Select(i => $"{i.Item.Target} · 对象：梅河口市（220581）"));
        foreach (var reference in references)
        {
            html.Should().Contain($"<small>{System.Net.WebUtility.HtmlEncode(reference)}</small>");
            System.Text.RegularExpressions.Regex.IsMatch(reference, @"\b(by|for)\b").Should().BeFalse($"'{reference}' is a line of a Chinese notice");
        }

        System.Text.RegularExpressions.Regex.IsMatch(html, @"<small>[^<]*\b(by|for)\b").Should().BeFalse("no item line of the page reads English");
    }

    [Fact]
    public void Each_items_light_cell_is_filled_with_its_lights_colour()
    {
        var bytes = Bytes(Orange());

        FillOf(bytes, "D6").Should().Be("FFFFC7CE", "红灯 is Excel's Bad fill");
        FillOf(bytes, "D7").Should().Be("FFFFEB9C", "黄灯 is Excel's Neutral fill");
        FillOf(bytes, "B6").Should().BeNull("only the light column is filled");
    }

    [Fact]
    public void A_light_coloured_report_cell_gets_the_lights_fill()
    {
        var table = new Jilin.Urbanization.Domain.Reports.ReportTable("三色预警", ["县（市）", "红灯"], [[new("梅河口市"), new("3", LightBars.ColourOf(Light.Red))]]);
        using var stream = new MemoryStream();
        table.WriteXlsx(stream);

        FillOf(stream.ToArray(), "B3").Should().Be("FFFFC7CE");
    }

    [Fact]
    public void Openpyxl_reads_the_notice_with_its_headers_and_fills()
    {
        var file = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.xlsx");
        Orange().SaveXlsx(file);
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1]).active\nprint('|'.join(str(ws.cell(5, c).value) for c in range(1, 7)))\nprint(ws['D6'].value, ws['D6'].fill.fgColor.rgb, ws['D7'].value, ws['D7'].fill.fgColor.rgb)");
        start.ArgumentList.Add(file);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
        output.ReplaceLineEndings("\n").Should().Be("序号|督办事项|事项编号|预警|存在问题|完成时限\n红灯 FFFFC7CE 黄灯 FFFFEB9C\n");
    }

    private static string? FillOf(byte[] workbook, string reference)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var cell = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        var format = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var fill = document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value);
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value;
    }
}
