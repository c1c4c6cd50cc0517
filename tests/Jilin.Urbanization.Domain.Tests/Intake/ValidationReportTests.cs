using Jilin.Urbanization.Domain.Intake;
using static Jilin.Urbanization.Domain.Tests.Intake.IntakeFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Intake;

public class ValidationReportTests
{
    private static string File => $"指标编号,地区,完成值,单位,统计日期\n" +
        $"{CareHomes},梅河口,2,所,2025-09-30\n" +
        $"{CareHomes},梅河,x,所,2025-13-01\n" +
        $"{CareHomes},梅河口,3,公里,2025-09-30\n" +
        $"{FiveG},,=1+1,%,2025-09-30\n" +
        $"{CareHomes},梅河口,4,所,2025-09-30\n";

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once_and_good_rows_still_read()
    {
        var result = ReadText(File, "梅河口-2025Q3.csv");

        result.Log.Observations.Should().ContainSingle().Which.Value.Value.Should().Be(2m);
        result.Report.Problems.Select(p => (p.Location.Row, p.Location.ColumnLetter, p.Location.Header)).Should().Equal(
            (3, "B", "地区"), (3, "C", "完成值"), (3, "E", "统计日期"), (4, "D", "单位"), (5, "C", "完成值"), (6, null, null));
        result.Report.Problems[^1].Message.Should().Contain("梅河口-2025Q3.csv, row 2");
        result.Report.Rows.Should().Be(5);
        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void A_location_names_the_file_row_column_letter_and_header()
    {
        var problem = ReadText(File, "梅河口-2025Q3.csv").Report.Problems[0];

        problem.Location.ToString().Should().Be("梅河口-2025Q3.csv, row 3, column B (地区)");
        problem.Value.Should().Be("梅河");
    }

    [Fact]
    public void The_report_is_bounded_but_counts_every_problem()
    {
        var report = ReadText(File, options: IntakeOptions.Default with { ProblemLimit = 2 }).Report;

        report.Problems.Should().HaveCount(2);
        report.Total.Should().Be(6);
        report.IsTruncated.Should().BeTrue();
    }

    [Fact]
    public void Strict_mode_throws_the_first_problem_with_its_location()
    {
        var read = () => ReadText(File, "梅河口-2025Q3.csv", IntakeOptions.Default with { Strict = true });

        read.Should().Throw<PolicyDataException>().Which.Location.Should().Be("梅河口-2025Q3.csv, row 3, column B (地区)");
    }

    [Fact]
    public void The_csv_export_has_one_row_per_problem_and_defuses_formulas()
    {
        var writer = new StringWriter();
        ReadText(File, "梅河口-2025Q3.csv").Report.WriteCsv(writer);

        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(7);
        lines[0].Should().StartWith("文件 file,");
        lines[1].Should().StartWith("梅河口-2025Q3.csv,,3,B,地区,梅河,");
        lines[5].Should().Contain(",'=1+1,");
    }

    [Fact]
    public void The_markdown_export_is_a_table_with_a_count_first()
    {
        var writer = new StringWriter();
        var report = ReadText(File).Report;
        report.WriteMarkdown(writer);

        var text = writer.ToString();
        text.Should().StartWith("5 rows read, 6 problems found");
        text.Split('\n').Count(l => l.StartsWith("| county.csv", StringComparison.Ordinal)).Should().Be(6);
    }

    [Fact]
    public void A_truncated_export_says_how_many_more_there_were()
    {
        var writer = new StringWriter();
        ReadText(File, options: IntakeOptions.Default with { ProblemLimit = 1 }).Report.WriteCsv(writer);

        writer.ToString().Should().Contain("and 5 more problems");
    }

    [Fact]
    public void Reports_of_several_files_merge()
    {
        var one = ReadText(File).Report;

        var both = one.Merge(one);

        both.Total.Should().Be(12);
        both.Rows.Should().Be(10);
    }

    [Fact]
    public async Task Reading_and_writing_asynchronously_give_what_the_synchronous_forms_give()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(File);
        var read = await IntakeReader.ReadAsync(Policies, new MemoryStream(bytes), "county.csv", IntakeOptions.Default);
        var sync = ReadText(File);
        read.Log.Should().Be(sync.Log);
        read.Report.Problems.Should().Equal(sync.Report.Problems);

        var (csv, markdown, csvAsync, markdownAsync) = (new StringWriter(), new StringWriter(), new StringWriter(), new StringWriter());
        sync.Report.WriteCsv(csv);
        sync.Report.WriteMarkdown(markdown);
        await read.Report.WriteCsvAsync(csvAsync);
        await read.Report.WriteMarkdownAsync(markdownAsync);
        csvAsync.ToString().Should().Be(csv.ToString());
        markdownAsync.ToString().Should().Be(markdown.ToString());
    }

    [Fact]
    public void Rows_that_fill_in_nothing_but_ids_names_and_units_are_counted_once_as_not_filled_not_reported_cell_by_cell()
    {
        var text = "指标编号,地区,完成值,单位,统计日期,备注\n" +
            $"{CareHomes},梅河口,2,所,2025-09-30,\n" +
            $"{CareHomes},珲春,,所,,\n" +
            $"{CareHomes},通榆,,所,,\n" +
            $"{CareHomes},梅河口,3,所,,\n";

        var result = ReadText(text, "县-2025Q3.csv");

        result.Log.Observations.Should().ContainSingle();
        result.Report.Problems.Should().ContainSingle().Which.Message.Should().Be("The date is empty.");
        result.Report.Rows.Should().Be(2);
        result.Report.NotFilled.Should().Be(2);
        result.Report.NotFilledRows.Select(l => l.Row).Should().Equal(3, 4);
        result.Report.ToString().Should().EndWith("2 rows were not filled in and gave no entry (未填报 2 行): 县-2025Q3.csv rows 3, 4.");
        var csv = new StringWriter();
        result.Report.WriteCsv(csv);
        csv.ToString().Should().Contain("未填报 2 行");
    }

    [Fact]
    public void A_row_that_gives_a_note_only_is_not_counted_as_not_filled_and_reports_what_it_lacks()
    {
        var text = "指标编号,地区,完成值,单位,统计日期,备注\n" +
            $"{CareHomes},梅河口,,所,,数据待核实\n";

        var result = ReadText(text);

        result.Report.NotFilled.Should().Be(0);
        result.Report.Problems.Select(p => p.Message).Should().Equal("The value is empty.", "The date is empty.");
    }

    [Fact]
    public void A_json_entry_without_its_value_and_day_is_a_problem_not_a_row_left_blank()
    {
        var json = $$"""{"version": 2, "observations": [{"target": "{{CareHomes}}", "subject": "梅河口", "value": 2, "unit": "所", "observedOn": "2025-09-30"}, {"target": "{{CareHomes}}", "subject": "珲春", "unit": "所"}]}""";

        var result = ReadText(json, "county.json");

        result.Log.Observations.Should().ContainSingle();
        result.Report.NotFilled.Should().Be(0);
        result.Report.Problems.Select(p => p.Message).Should().Equal("The value is empty.", "The date is empty.");
    }

    [Fact]
    public void Merged_reports_add_their_rows_left_blank()
    {
        var blank = $"指标编号,地区,完成值,单位,统计日期\n{CareHomes},梅河口,,所,\n";

        var merged = ReadText(blank, "a.csv").Report.Merge(ReadText(blank, "b.csv").Report);

        merged.NotFilled.Should().Be(2);
        merged.NotFilledRows.Select(l => l.File).Should().Equal("a.csv", "b.csv");
    }

    [Fact]
    public void Totals_and_sign_off_and_note_lines_are_counted_as_not_data_not_reported_cell_by_cell()
    {
        var text = "序号,指标编号,地区,完成值,单位,统计日期,备注\n" +
            $"1,{CareHomes},梅河口,2,所,2025-09-30,\n" +
            "合  计,,,,,,\n" +
            "填表人：张三,,联系电话：0435-1234567,,审核人：,,\n" +
            "注1：本表数据截至2025年9月30日。,,,,,,\n";

        var result = ReadText(text, "梅河口-2025Q3.csv");

        result.IsValid.Should().BeTrue();
        result.Log.Observations.Should().ContainSingle();
        result.Report.Rows.Should().Be(1);
        result.Report.NotFilled.Should().Be(0);
        result.Report.NotData.Should().Be(3);
        result.Report.NotDataRows.Select(l => l.Row).Should().Equal(3, 4, 5);
        result.Report.ToString().Should().EndWith("3 rows were totals or sign-off or note lines and gave no entry (合计、落款或注释 3 行): 梅河口-2025Q3.csv rows 3, 4, 5.");
        var csv = new StringWriter();
        result.Report.WriteCsv(csv);
        csv.ToString().Should().Contain("合计、落款或注释 3 行");
    }

    [Theory]
    [InlineData("合计,,,2,所,,")]                       // a total with a figure: read, and its missing target reported
    [InlineData("填表人：张三,,,2,,,")]                  // a value beside a sign-off label
    [InlineData("填表人张三,,,,,,")]                     // no colon: not a label
    [InlineData("合计说明,,,,,,")]                       // not a total word
    public void A_row_with_anything_beside_a_total_word_or_a_labelled_line_is_read_as_any_row(string line)
    {
        var text = "序号,指标编号,地区,完成值,单位,统计日期,备注\n" + $"1,{CareHomes},梅河口,2,所,2025-09-30,\n" + line + "\n";

        var result = ReadText(text);

        result.Report.NotData.Should().Be(0);
        (result.Report.Total + result.Report.NotFilled).Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_total_row_naming_a_target_is_data_and_its_subject_is_checked()
    {
        var text = "指标编号,地区,完成值,单位,统计日期\n" + $"{CareHomes},合计,2,所,2025-09-30\n";

        var result = ReadText(text);

        result.Report.NotData.Should().Be(0);
        result.Report.Problems.Should().ContainSingle().Which.Location.Header.Should().Be("地区");
    }

    [Fact]
    public void The_strict_readers_report_a_sign_off_line_as_a_problem()
    {
        var text = "target,subject,value,unit,observedOn\n" + $"{CareHomes},梅河口,2,所,2025-09-30\n" + "填表人：张三,,,,\n";

        var read = () => Jilin.Urbanization.Domain.Tracking.TrackingLogReader.ReadObservationsCsv(Policies, new StringReader(text));

        read.Should().Throw<PolicyDataException>().WithMessage("*row 3*");
    }

    [Fact]
    public void Merged_reports_add_their_rows_that_are_not_data()
    {
        var file = $"指标编号,地区,完成值,单位,统计日期\n{CareHomes},梅河口,2,所,2025-09-30\n合计,,,,\n";

        var merged = ReadText(file, "a.csv").Report.Merge(ReadText(file, "b.csv").Report);

        merged.NotData.Should().Be(2);
        merged.NotDataRows.Select(l => l.File).Should().Equal("a.csv", "b.csv");
    }
}
