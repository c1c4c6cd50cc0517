using System.Text.Json;

namespace Jilin.Urbanization.Domain.Tool.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void Check_of_the_sample_quarter_exits_0_and_counts_every_entry_the_library_reads()
    {
        var run = ToolHarness.InProcess("check", ToolHarness.SampleData);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain($"{Library.SampleQuarter().Count} valid entries in 2 file(s), 0 problem(s)");
        run.Error.Should().BeEmpty("nothing goes to standard error when all is well and it is not a terminal");
    }

    [Fact]
    public void Check_of_a_file_with_a_bad_row_exits_1_and_names_the_file_and_line()
    {
        var folder = ToolHarness.NewFolder();
        var bad = Path.Combine(folder, "bad.csv");
        File.WriteAllText(bad, "target,subject,value,unit,observedOn\njilin-2022-county-urbanization/43/t1,梅河口,1,所,2025-09-30\njilin-2022-county-urbanization/43/t1,通榆县,-3,所,2025-09-30\n");

        var run = ToolHarness.InProcess("check", bad);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().Contain("bad.csv, row 3, column C (value)").And.Contain("-3 所 is negative");
        run.Output.Should().NotContain("   at ", "bad input never shows a stack trace");
    }

    [Fact]
    public void Check_with_format_json_prints_the_entries_in_the_tracking_format_and_the_problems()
    {
        var folder = ToolHarness.NewFolder();
        File.Copy(Path.Combine(ToolHarness.SampleData, "2025-q4-status.csv"), Path.Combine(folder, "status.csv"));
        File.WriteAllText(Path.Combine(folder, "wrong.csv"), "target,subject,value,unit,observedOn\nno-such-target,梅河口,1,所,2025-09-30\n");

        var run = ToolHarness.InProcess("check", folder, "--format", "json");

        run.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(run.Output);
        var entries = json.RootElement.GetProperty("entries");
        using var statuses = File.OpenText(Path.Combine(folder, "status.csv"));
        entries.GetArrayLength().Should().Be(Jilin.Urbanization.Domain.Tracking.TrackingLogReader.ReadStatusUpdatesCsv(Library.Catalog, statuses).Count);
        entries[0].GetProperty("measure").GetString().Should().StartWith("jilin-2022-county-urbanization/");
        var problems = json.RootElement.GetProperty("problems");
        problems.GetArrayLength().Should().Be(1);
        problems[0].GetProperty("location").GetString().Should().Contain("wrong.csv");
        problems[0].GetProperty("message").GetString().Should().Contain("no-such-target");
    }

    [Fact]
    public void Check_names_the_rows_that_gave_no_entry_and_no_problem_as_notes_in_text_and_json()
    {
        var folder = ToolHarness.NewFolder();
        var csv = Path.Combine(folder, "梅河口-2025Q3.csv");
        File.WriteAllText(csv, "指标编号,地区,完成值,单位,统计日期\njilin-2022-county-urbanization/43/t1,梅河口,1,所,2025-09-30\njilin-2022-county-urbanization/60/t1,梅河口,,%,\n合计,,,,\n填表人：张三,联系电话：0435-1234567,,,\n");

        var text = ToolHarness.InProcess("check", csv);
        var json = ToolHarness.InProcess("check", csv, "--format", "json");

        text.ExitCode.Should().Be(0, text.ToString());
        text.Output.Should().Contain("note: 1 row was not filled in and gave no entry (未填报 1 行): 梅河口-2025Q3.csv row 3.")
            .And.Contain("note: 2 rows were totals or sign-off or note lines and gave no entry (合计、落款或注释 2 行): 梅河口-2025Q3.csv rows 4, 5.");
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).Should().HaveCount(2).And.Contain(n => n!.Contains("合计、落款或注释 2 行"));
    }

    [Fact]
    public void Check_of_a_folder_holding_an_xls_names_it_as_a_problem_instead_of_skipping_it()
    {
        var folder = ToolHarness.NewFolder();
        File.WriteAllText(Path.Combine(folder, "梅河口.csv"), "指标编号,地区,完成值,单位,统计日期\njilin-2022-county-urbanization/43/t1,梅河口,1,所,2025-09-30\n");
        File.WriteAllBytes(Path.Combine(folder, "通榆.xls"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);

        var run = ToolHarness.InProcess("check", folder);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().Contain("通榆.xls").And.Contain("Excel 97-2003 workbook").And.Contain("1 valid entries in 2 file(s), 1 problem(s)");
    }

    [Fact]
    public void Check_of_a_path_that_does_not_exist_is_a_usage_error_with_exit_code_2()
    {
        var run = ToolHarness.InProcess("check", "/no/such/folder");

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be("jilin-urbanization: error: /no/such/folder: no such file or folder");
    }

    [Fact]
    public void Check_of_a_file_not_in_utf8_is_a_problem_naming_the_file()
    {
        var folder = ToolHarness.NewFolder();
        var gbk = Path.Combine(folder, "gbk.csv");
        File.WriteAllBytes(gbk, [.. "target,subject\n"u8, 0xB7, 0xBA, 0xD3, 0xA6, (byte)'\n']);

        var run = ToolHarness.InProcess("check", gbk);

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("gbk.csv");
    }

    [Fact]
    public void Check_reads_a_tsv_with_chinese_headers_through_the_intake_pipeline()
    {
        var folder = ToolHarness.NewFolder();
        var tsv = Path.Combine(folder, "梅河口-2025Q3.tsv");
        File.WriteAllText(tsv, "指标编号\t地区\t完成值\t单位\t统计日期\njilin-2022-county-urbanization/43/t1\t梅河口\t1\t所\t2025-09-30\n");

        var run = ToolHarness.InProcess("check", tsv, "--format", "json");

        run.ExitCode.Should().Be(0, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("entries").GetArrayLength().Should().Be(1);
        json.RootElement.GetProperty("entries")[0].GetProperty("target").GetString().Should().Be("jilin-2022-county-urbanization/43/t1");
    }

    [Fact]
    public void Check_reads_an_xlsx_workbook_through_the_excel_packages_intake_format_and_names_the_sheet_row_and_column()
    {
        var folder = ToolHarness.NewFolder();
        var workbook = Path.Combine(folder, "梅河口.xlsx");
        var table = new Reports.ReportTable("梅河口市 指标填报", ["指标编号", "地区", "完成值", "单位", "统计日期"],
        [
            [new("jilin-2022-county-urbanization/43/t1"), new("梅河口市"), new("1"), new("所"), new("2024-12-31")],
            [new("jilin-2022-county-urbanization/43/t1"), new("梅河口市"), new("两所"), new(""), new("2025-06-30")],
        ]);
        using (var stream = File.Create(workbook))
        {
            Excel.ExcelWorkbook.Empty.With(table, "指标填报").Write(stream);
        }

        var run = ToolHarness.InProcess("check", workbook, "--format", "json");

        run.ExitCode.Should().Be(1, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("entries").GetArrayLength().Should().Be(1, "the valid row is kept");
        json.RootElement.GetProperty("problems")[0].GetProperty("location").GetString().Should().Contain("sheet 指标填报, row 4, column C");
    }
}
