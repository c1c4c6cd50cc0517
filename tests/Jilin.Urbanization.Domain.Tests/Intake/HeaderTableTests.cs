using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Tests.Support;
using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Intake.IntakeFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Intake;

public class HeaderTableTests
{
    [Fact]
    public void A_Chinese_header_below_a_merged_title_row_is_found_and_read()
    {
        var result = ReadText($"梅河口市2025年第三季度城镇化指标完成情况,,,,\n指标编号,地区,完成值,单位,统计日期\n{CareHomes},梅河口,2,所,2025-09-30\n");

        result.Report.Problems.Should().BeEmpty();
        var figure = result.Log.Observations.Should().ContainSingle().Which;
        figure.Subject.Should().Be(Meihekou);
        figure.Value.Value.Should().Be(2m);
    }

    [Theory]
    [InlineData("target,county,value,unit,observedOn")]
    [InlineData("指标编号,县(市),完成值,单位,截至日期")]
    [InlineData("指标,县（市）,数值,计量单位,统计日期")]
    [InlineData("TARGET, 地区 ,Value,单 位,DATE")]
    [InlineData("指标编号,填报单位,完成值,单位,统计日期")]
    public void Every_name_of_the_header_table_reads_the_same_figure(string header)
    {
        var figure = ReadText($"{header}\n{CareHomes},梅河口,2,所,2025-09-30\n").Log.Observations.Should().ContainSingle().Which;

        figure.Should().Be(new ProgressObservation(CareHomes, Meihekou, new Domain.Compliance.Observation(2m, Domain.Targets.Unit.Institution, Day(2025, 9, 30))));
    }

    [Theory]
    [InlineData("指标编号（必填）,地区(县市区),完成值（单位：所）,统计日期(年月日),备注")]
    [InlineData("指标编号,地区,\"完成值\n（所）\",统计日期（截至）,备注（可选）")]
    [InlineData("指标编号,地区,完成值（截至9月底）,统计日期,备注")]
    public void A_header_with_a_qualifier_in_brackets_is_matched_by_the_name_before_it(string header)
    {
        var result = ReadText($"{header}\n{CareHomes},梅河口,2,2025-09-30,\n");

        result.Report.Problems.Should().BeEmpty();
        result.Log.Observations.Should().ContainSingle().Which.Value.Should().Be(new Domain.Targets.Quantity(2m, Domain.Targets.Unit.Institution));
    }

    [Fact]
    public void A_unit_in_the_value_headers_brackets_is_the_unit_of_the_figures_without_one()
    {
        // 2021 task 10 counts people (人): 3.8 in a column headed 完成值（万人） is 38,000 people, never 3.8.
        var jobs = Domain.Targets.TargetId.Parse("jilin-2021-urbanization-tasks/10/t1");

        var result = ReadText($"指标编号,地区,完成值（万人）,单位,统计日期\n{jobs},全省,3.8,,2021-12-31\n{jobs},全省,38000,人,2021-12-30\n");

        result.Log.Observations.Should().ContainSingle().Which.Value.Value.Should().Be(38_000m);
        var problem = result.Report.Problems.Should().ContainSingle().Which;
        problem.Message.Should().Contain("differs from the unit the value column's header names (万人)");
        problem.Location.Row.Should().Be(3);
    }

    [Fact]
    public void A_percent_header_flags_a_fraction_as_the_percent_sign_would()
    {
        var result = ReadText($"指标编号,地区,完成值（%）,统计日期\n{FiveG},全省,0.78,2025-09-30\n");

        result.Log.Count.Should().Be(0);
        result.Report.Problems.Should().ContainSingle().Which.Message.Should().Contain("looks like a fraction");
    }

    [Fact]
    public void An_unknown_unit_named_in_the_value_headers_brackets_refuses_the_table_at_the_header()
    {
        var result = ReadText($"指标编号,地区,完成值（单位：万亩）,统计日期\n{CareHomes},梅河口,2,2025-09-30\n");

        result.Log.Count.Should().Be(0);
        var problem = result.Report.Problems.Should().ContainSingle().Which;
        problem.Message.Should().Contain("'万亩', which is not a known unit");
        problem.Location.Row.Should().Be(1);
    }

    [Fact]
    public void A_name_with_brackets_of_its_own_is_matched_whole()
    {
        HeaderTable.KnownKey("县(市)", out var qualifier).Should().Be("县(市)");
        qualifier.Should().BeNull();
        HeaderTable.KnownKey("完成值（%）", out qualifier).Should().Be("完成值");
        qualifier.Should().Be("%");
        HeaderTable.KnownKey("未知列（%）", out qualifier).Should().Be("未知列(%)");
        qualifier.Should().BeNull();
    }

    [Fact]
    public void A_wrapped_header_cell_with_a_line_break_is_matched()
    {
        var result = ReadText($"\"指标\n编号\",地区,完成值,单位,统计日期\n{CareHomes},梅河口,2,所,2025-09-30\n");

        result.Log.Observations.Should().ContainSingle();
    }

    [Theory]
    [InlineData("target,指标编号,value,unit,date", "'target'", "'指标编号'")]
    [InlineData("indicator,value,完成值,unit,date", "'value'", "'完成值'")]
    public void Two_columns_meaning_the_same_field_are_refused_naming_both(string header, string first, string second)
    {
        var result = ReadText($"{header}\n{FiveG},{FiveG},78,%,2025-09-30\n");

        result.Log.Count.Should().Be(0);
        var problem = result.Report.Problems.Should().ContainSingle().Which;
        problem.Message.Should().Contain(first).And.Contain(second).And.Contain("mean the same");
        problem.Location.Row.Should().Be(1);
    }

    [Fact]
    public void Narrative_and_note_in_a_status_file_are_refused_as_ambiguous()
    {
        var result = ReadText($"measure,reporter,status,reportedOn,narrative,note\n{WaterSupply},住建厅,推进中,2025-09-30,a,b\n");

        result.Report.Problems.Should().ContainSingle().Which.Message.Should().Contain("'narrative'").And.Contain("'note'");
    }

    [Fact]
    public void Filler_beside_a_subject_column_is_the_body_that_recorded_the_row()
    {
        var figure = ReadText($"指标编号,地区,完成值,单位,统计日期,填报单位,填报日期\n{CareHomes},梅河口,2,所,2025-09-30,梅河口,2025-10-08\n")
            .Log.Observations.Should().ContainSingle().Which;

        figure.Subject.Should().Be(Meihekou);
        figure.RecordedBy.Should().Be(Meihekou);
        figure.RecordedOn.Should().Be(Day(2025, 10, 8));
    }

    [Fact]
    public void A_missing_required_column_is_named_with_its_Chinese_names()
    {
        var result = ReadText($"指标编号,地区,单位,统计日期\n{CareHomes},梅河口,所,2025-09-30\n");

        result.Report.Problems.Should().ContainSingle().Which.Message.Should().Contain("'value'").And.Contain("'完成值'");
    }

    [Fact]
    public void A_file_without_a_header_row_says_which_names_a_header_uses()
    {
        var result = ReadText("a,b,c\n1,2,3\n");

        result.Report.Problems.Should().ContainSingle().Which.Suggestion.Should().Contain("指标编号").And.Contain("举措编号");
    }

    [Fact]
    public void A_tab_separated_file_is_read_whatever_its_extension()
    {
        var text = $"指标编号\t地区\t完成值\t单位\t统计日期\n{CareHomes}\t梅河口\t\"1,000\"\t所\t2025-09-30\n";

        ReadText(text, "county.csv").Log.Observations.Should().ContainSingle().Which.Value.Value.Should().Be(1000m);
        ReadText(text, "county.tsv").Log.Observations.Should().ContainSingle();
        ReadText(text, "county").Log.Observations.Should().ContainSingle();
    }

    [Fact]
    public void A_status_file_reads_Chinese_statuses_and_reporters_by_any_name()
    {
        var result = ReadText($"举措编号,责任单位,进展状态,截至日期,进展情况\n{WaterSupply},省住房和城乡建设厅,正在推进,2025年9月30日,新建水厂2座\n{WaterSupply},住建厅,已完成,2025/12/31,\n");

        result.Report.Problems.Should().BeEmpty();
        result.Log.StatusUpdates.Select(u => u.Status).Should().Equal(MeasureStatus.InProgress, MeasureStatus.Completed);
        result.Log.StatusUpdates.Should().OnlyContain(u => u.Reporter == Housing);
    }

    [Fact]
    public void Every_name_in_the_documentation_table_is_a_name_of_the_header_table()
    {
        var doc = File.ReadAllText(Path.Combine(Seeds.Directory, "..", "docs", "intake.md"));
        foreach (var (_, names) in HeaderTable.Observation.Concat(HeaderTable.Status).Concat(HeaderTable.Recording))
        {
            foreach (var name in names)
            {
                doc.Should().Contain(name, "docs/intake.md lists every header name");
            }
        }
    }
}
