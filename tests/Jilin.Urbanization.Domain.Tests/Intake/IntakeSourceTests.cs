using System.Text;
using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Intake.IntakeFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Intake;

public class IntakeSourceTests
{
    [Fact]
    public void A_JSON_tracking_file_is_one_source_of_the_pipeline_with_paths_as_locations()
    {
        var json = $$"""
            {"version": 2,
             "observations": [{"target": "{{CareHomes}}", "subject": "梅河口", "value": "2", "unit": "所", "observedOn": "2025-09-30"},
                              {"target": "{{CareHomes}}", "subject": "梅河口", "value": 3, "unit": "所", "observedOn": "2025-9-31"}],
             "statusUpdates": [{"measure": "{{WaterSupply}}", "reporter": "住建厅", "status": "推进中", "reportedOn": "2025-09-30"}],
             "withdrawals": [{"target": "{{CareHomes}}", "subject": "梅河口", "observedOn": "2025-09-30", "recordedOn": "2025-10-09"}]}
            """;

        var result = ReadText(json, "tracking.json");

        result.Log.Observations.Should().ContainSingle();
        result.Log.StatusUpdates.Should().ContainSingle();
        result.Log.Withdrawals.Should().ContainSingle();
        var problem = result.Report.Problems.Should().ContainSingle().Which;
        problem.Location.JsonPath.Should().Be("$.observations[1].observedOn");
        problem.Location.ToString().Should().Be("tracking.json $.observations[1].observedOn");
    }

    [Fact]
    public void A_JSON_entry_that_is_no_object_is_reported_and_the_rest_read()
    {
        var json = $$"""{"version": 2, "observations": [7, {"target": "{{FiveG}}", "value": "78", "unit": "%", "observedOn": "2025-09-30"}]}""";

        var result = ReadText(json, "tracking.json");

        result.Log.Observations.Should().ContainSingle();
        result.Report.Problems.Should().ContainSingle().Which.Location.JsonPath.Should().Be("$.observations[0]");
    }

    [Fact]
    public void A_withdrawal_row_in_CSV_withdraws_the_figure_it_names()
    {
        var result = ReadText($"指标编号,地区,完成值,单位,统计日期,填报日期,操作\n{CareHomes},梅河口,2,所,2025-09-30,2025-10-01,\n{CareHomes},梅河口,,,2025-09-30,2025-10-09,撤回\n");

        result.Report.Problems.Should().BeEmpty();
        result.Log.Withdrawals.Should().ContainSingle().Which.RecordedOn.Should().Be(Day(2025, 10, 9));
    }

    [Fact]
    public void Two_versions_of_a_figure_recorded_on_one_day_conflict_naming_both_rows()
    {
        var result = ReadText($"指标编号,地区,完成值,单位,统计日期\n{CareHomes},梅河口,2,所,2025-09-30\n{CareHomes},梅河口,3,所,2025-09-30\n", "a.csv");

        result.Report.Problems.Should().ContainSingle().Which.Message.Should().Contain("a.csv, row 2");
    }

    [Fact]
    public void A_quoted_cell_never_closed_is_one_problem_naming_its_line()
    {
        var result = ReadText($"指标编号,地区,完成值,单位,统计日期\n{CareHomes},梅河口,2,所,2025-09-30\n{CareHomes},\"梅河口,2,所,2025-10-30\n");

        result.Log.Observations.Should().ContainSingle();
        result.Report.Problems.Should().ContainSingle().Which.Message.Should().Contain("never closed").And.Contain("row 3");
    }

    [Fact]
    public void Quoted_cells_with_doubled_quotes_and_line_breaks_keep_their_text_and_the_next_row_its_line()
    {
        var result = ReadText($"指标编号,地区,完成值,单位,统计日期,备注\r\n{CareHomes},梅河口,2,所,2025-09-30,\"第一行\r\n\"\"第二行\"\"\"\r\n{CareHomes},梅河,2,所,2025-12-31,\r\n");

        result.Log.Observations.Should().ContainSingle().Which.Note.Should().Be("第一行\r\n\"第二行\"");
        result.Report.Problems.Should().ContainSingle().Which.Location.Row.Should().Be(4);
    }

    [Fact]
    public void Rows_longer_than_the_window_and_files_larger_than_it_read_whole()
    {
        var note = new string('注', 100_000);
        var text = new StringBuilder($"指标编号,地区,完成值,单位,统计日期,备注\n{CareHomes},梅河口,2,所,2025-09-30,\"{note}\"\n");
        var day = new NodaTime.LocalDate(2026, 1, 1);
        for (var i = 0; i < 5000; i++, day = day.PlusDays(1))
        {
            text.Append(CareHomes).Append(",梅河口,1,所,").Append(NodaTime.Text.LocalDatePattern.Iso.Format(day)).Append('\n');
        }

        var result = ReadText(text.ToString());

        result.Report.Problems.Should().BeEmpty();
        result.Log.Observations.Should().HaveCount(5001);
        result.Log.Observations.Should().Contain(o => o.Note == note);
    }

    [Fact]
    public void A_file_of_no_known_kind_is_one_problem()
    {
        var result = ReadBytes([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0], "county.xlsx");

        result.Report.Problems.Should().ContainSingle().Which.Suggestion.Should().Contain(".xlsx");
    }

    [Fact]
    public void A_format_added_by_a_companion_package_is_chosen_by_its_bytes()
    {
        var options = IntakeOptions.Default with { Formats = IntakeFormats.With(new OneRowFormat()) };

        var result = ReadBytes([0x50, 0x4B, 0x03, 0x04, 0, 0], "county.csv", options);

        result.Log.Observations.Should().ContainSingle().Which.TargetId.Should().Be(FiveG);
    }

    [Fact]
    public void Several_files_read_into_one_log_and_one_report()
    {
        var folder = Directory.CreateTempSubdirectory("intake-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.csv"), $"指标编号,地区,完成值,单位,统计日期\n{CareHomes},梅河口,2,所,2025-09-30\n");
            File.WriteAllBytes(Path.Combine(folder.FullName, "b.csv"), CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes($"指标编号,地区,完成值,单位,统计日期\n{CareHomes},珲春,1,所,2025-09-30\n{CareHomes},珲,1,所,2025-09-30\n"));

            var result = IntakeReader.Read(Policies, Directory.GetFiles(folder.FullName).Order(), IntakeOptions.Default);

            result.Log.Observations.Select(o => o.Subject).Should().Equal(Meihekou, Hunchun);
            result.Report.Problems.Should().ContainSingle().Which.Location.File.Should().Be("b.csv");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A format as a companion package writes one: it recognises a zip signature and gives one table with a title row.</summary>
    private sealed class OneRowFormat() : IntakeFormat("test workbook", ".xlsx")
    {
        public override bool Recognizes(ReadOnlySpan<byte> head) => head.StartsWith("PK\u0003\u0004"u8);

        public override IntakeSource Open(Stream stream, string fileName, IntakeOptions options)
        {
            stream.Dispose();
            return new Source(fileName);
        }

        private sealed class Source(string fileName) : IntakeSource(fileName)
        {
            private bool given;

            public override IntakeTable? NextTable()
            {
                if (given)
                {
                    return null;
                }

                given = true;
                return new Table();
            }
        }

        private sealed class Table() : IntakeTable("一季度")
        {
            private readonly string[][] rows = [["梅河口市填报表"], ["指标编号", "完成值", "单位", "统计日期"], [FiveG.ToString(), "78%", "", "2025-09-30"]];
            private int row = -1;

            public override int RowNumber => row + 1;

            public override int CellCount => rows[row].Length;

            public override bool ReadRow() => ++row < rows.Length;

            public override ReadOnlySpan<char> Cell(int index) => index < rows[row].Length ? rows[row][index] : [];
        }
    }
}
