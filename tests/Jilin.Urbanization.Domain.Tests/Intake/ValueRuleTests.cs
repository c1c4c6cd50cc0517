using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Intake.IntakeFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Intake;

public class ValueRuleTests
{
    // 2021 task 10: 36,000 people (人), province-wide, counted from 2021-01-01.
    private static readonly TargetId Jobs = TargetId.Parse("jilin-2021-urbanization-tasks/10/t1");

    // 2021 task 16: 126 km of road, province-wide.
    private static readonly TargetId Roads = TargetId.Parse("jilin-2021-urbanization-tasks/16/t1");

    private static ProgressObservation One(string target, string subject, string value, string unit, string date)
    {
        var result = ReadText($"指标编号,地区,完成值,单位,统计日期\n{target},{subject},{value},{unit},{date}\n");
        result.Report.Problems.Should().BeEmpty();
        return result.Log.Observations.Should().ContainSingle().Which;
    }

    private static Domain.Intake.ValidationProblem Refused(string target, string subject, string value, string unit, string date)
    {
        var result = ReadText($"指标编号,地区,完成值,单位,统计日期\n{target},{subject},{value},{unit},{date}\n");
        result.Log.Count.Should().Be(0);
        return result.Report.Problems.Should().ContainSingle().Which;
    }

    [Theory]
    [InlineData("2025-09-30")]
    [InlineData("2025-9-30")]
    [InlineData("2025/9/30")]
    [InlineData("2025.9.30")]
    [InlineData("2025年9月30日")]
    [InlineData("2025年09月30号")]
    [InlineData("20250930")]
    [InlineData("２０２５－０９－３０")]
    [InlineData("2025-09-30 00:00:00")]
    [InlineData("45930")]
    [InlineData(" 2025/09/30 ")]
    [InlineData("'2025-09-30")]
    public void Dates_are_read_in_every_form_offices_write(string date) =>
        One(FiveG.ToString(), "全省", "78", "%", date).ObservedOn.Should().Be(Day(2025, 9, 30));

    [Theory]
    [InlineData("2025-13-01", "not a date")]
    [InlineData("30/09/2025", "not a date")]
    [InlineData("2025-02-30", "not a date")]
    [InlineData("1999-12-31", "out of range")]
    [InlineData("2025-09-30 12:00", "not a date")]
    public void A_date_that_is_no_day_is_refused_with_the_forms_to_write(string date, string message)
    {
        var problem = Refused(FiveG.ToString(), "全省", "78", "%", date);

        problem.Message.Should().Contain(message);
        problem.Location.Header.Should().Be("统计日期");
        problem.Value.Should().Be(date);
        problem.Suggestion.Should().Contain("2025-09-30");
    }

    [Theory]
    [InlineData("38000", "人", 38000)]
    [InlineData("\"38,000\"", "人", 38000)]
    [InlineData("\"38，000\"", "人", 38000)]
    [InlineData("３８０００", "人", 38000)]
    [InlineData("3.8万", "人", 38000)]
    [InlineData("3.8万", "", 38000)]
    [InlineData("3.8", "万人", 38000)]
    [InlineData("0.00038亿", "人", 38000)]
    [InlineData("38000", "", 38000)]
    public void Numbers_with_separators_full_width_digits_and_wan_read_exactly_in_the_targets_unit(string value, string unit, decimal expected)
    {
        var figure = One(Jobs.ToString(), "全省", value, unit, "2021-12-31");

        figure.Value.Value.Should().Be(expected);
        figure.Value.Unit.Should().BeSameAs(PolicyCatalog().GetTarget(Jobs).Unit);
    }

    [Theory]
    [InlineData("78%", "")]
    [InlineData("78％", "")]
    [InlineData("７８％", "%")]
    [InlineData("78", "%")]
    [InlineData("78", "")]
    [InlineData("78", "percent")]
    [InlineData("0.78", "fraction")]
    public void A_share_reads_as_per_cent_however_the_percent_is_written(string value, string unit) =>
        One(FiveG.ToString(), "全省", value, unit, "2025-09-30").Value.Should().Be(new Quantity(78m, Unit.Percent));

    [Fact]
    public void A_blank_unit_is_the_targets_own_unit_instance()
    {
        var figure = One(CareHomes.ToString(), "梅河口", "2", "", "2025-09-30");

        figure.Value.Unit.Should().BeSameAs(PolicyCatalog().GetTarget(CareHomes).Unit);
    }

    [Fact]
    public void The_generic_classifier_counts_for_a_count_unit() =>
        One(CareHomes.ToString(), "梅河口", "2", "个", "2025-09-30").Value.Should().Be(new Quantity(2m, Unit.Institution));

    [Fact]
    public void A_unit_of_another_dimension_is_refused_at_the_unit()
    {
        var problem = Refused(CareHomes.ToString(), "梅河口", "2", "公里", "2025-09-30");

        problem.Location.Header.Should().Be("单位");
        problem.Message.Should().Contain("does not convert");
    }

    [Fact]
    public void The_generic_classifier_does_not_count_kilometres() =>
        Refused(Roads.ToString(), "全省", "2", "个", "2021-12-31").Message.Should().Contain("does not convert");

    [Theory]
    [InlineData("0.78", "%")]
    [InlineData("0.78", "")]
    [InlineData("1", "")]
    public void A_probable_fraction_against_a_per_cent_target_is_flagged(string value, string unit)
    {
        var problem = Refused(FiveG.ToString(), "全省", value, unit, "2025-09-30");

        problem.Message.Should().Contain("looks like a fraction");
        problem.Suggestion.Should().Contain("%");
    }

    [Fact]
    public void A_small_share_written_with_its_percent_sign_is_accepted() =>
        One(FiveG.ToString(), "全省", "0.78%", "", "2025-09-30").Value.Should().Be(new Quantity(0.78m, Unit.Percent));

    [Theory]
    [InlineData("3,8", "groups of three")]
    [InlineData("七十八", "not a number")]
    [InlineData("1e3", "not a number")]
    [InlineData("#DIV/0!", "not a number")]
    public void A_value_that_is_no_number_is_refused_with_what_to_write(string value, string message)
    {
        var problem = Refused(Jobs.ToString(), "全省", $"\"{value}\"", "人", "2021-12-31");

        problem.Message.Should().Contain(message);
        problem.Value.Should().Be(value);
        problem.Suggestion.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void A_percentage_against_another_unit_is_refused() =>
        Refused(Jobs.ToString(), "全省", "78%", "人", "2021-12-31").Message.Should().Contain("percentage");

    [Theory]
    [InlineData("梅河口")]
    [InlineData("梅河口市")]
    [InlineData("220581")]
    [InlineData("梅河口市人民政府")]
    public void Subjects_are_named_by_name_or_code(string subject) =>
        One(CareHomes.ToString(), subject, "1", "所", "2025-09-30").Subject.Should().Be(Meihekou);

    [Fact]
    public void An_unknown_subject_is_refused_with_the_nearest_names()
    {
        var problem = Refused(CareHomes.ToString(), "梅河", "1", "所", "2025-09-30");

        problem.Location.Header.Should().Be("地区");
        problem.Suggestion.Should().Contain("梅河口");
    }

    private static Domain.Catalog.PolicyCatalog PolicyCatalog() => Policies;

    [Theory]
    [InlineData("'78", 78)]
    [InlineData("'７８％", 78)]
    public void A_number_typed_with_excels_text_prefix_reads_as_the_number(string value, int expected) =>
        One(FiveG.ToString(), "全省", value, "%", "2025-09-30").Value.Value.Should().Be(expected);

    [Theory]
    [InlineData("=D3/E3*100", "完成值")]
    [InlineData("=TODAY()", "统计日期")]
    public void A_formula_without_its_value_is_refused_saying_to_save_the_file_in_a_program_that_calculates(string formula, string header)
    {
        var problem = header == "完成值"
            ? Refused(FiveG.ToString(), "全省", formula, "%", "2025-09-30")
            : Refused(FiveG.ToString(), "全省", "78", "%", formula);

        problem.Location.Header.Should().Be(header);
        problem.Message.Should().Contain("formula without a computed value");
        problem.Suggestion.Should().Contain("save it again");
    }

    [Theory]
    [InlineData("2所", "")]
    [InlineData("2 所", "所")]
    [InlineData("２所", "")]
    public void A_figure_with_its_unit_in_the_same_cell_reads_as_figure_and_unit(string value, string unit) =>
        One(CareHomes.ToString(), "梅河口", value, unit, "2025-09-30").Value.Should().Be(new Domain.Targets.Quantity(2m, Domain.Targets.Unit.Institution));

    [Fact]
    public void A_unit_in_the_value_that_differs_from_the_unit_cell_is_refused_naming_both()
    {
        var problem = Refused(CareHomes.ToString(), "梅河口", "2所", "个", "2025-09-30");

        problem.Message.Should().Contain("differs from the unit written in the value (所)");
        problem.Location.Header.Should().Be("单位");
    }

    [Theory]
    [InlineData("第2所")]
    [InlineData("2所左右")]
    public void A_value_with_other_words_than_a_unit_is_still_not_a_number(string value) =>
        Refused(CareHomes.ToString(), "梅河口", value, "", "2025-09-30").Message.Should().Contain("is not a number");
}
