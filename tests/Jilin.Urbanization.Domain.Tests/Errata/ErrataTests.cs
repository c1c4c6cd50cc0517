using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Errata;

public class ErrataTests
{
    private static readonly PolicyDocument Doc2022 = PolicyCatalog.Default.GetDocument(DocumentIds.CountyUrbanization2022);
    private static readonly PolicyDocument Doc2021 = PolicyCatalog.Default.GetDocument(DocumentIds.UrbanizationTasks2021);

    [Fact]
    public void The_2022_document_records_21_stray_spaces_two_missing_parentheses_and_the_rule_in_item_1()
    {
        Doc2022.Errata.Count(e => e.Kind == ErratumKind.StraySpace).Should().Be(21);
        Doc2022.Errata.Where(e => e.Kind == ErratumKind.MissingClosingParenthesis).Select(e => e.MeasureNumber).Should().Equal(30, 70);
        Doc2022.Errata.Where(e => e.Kind == ErratumKind.RuleInResponsibility).Select(e => e.MeasureNumber).Should().Equal(1);
        Doc2022.Errata.Should().HaveCount(24);
    }

    [Fact]
    public void The_stray_spaces_are_where_the_scraping_left_them()
    {
        var seed = Seeds.TextOf(Doc2022.Id.ToString());
        var contexts = Doc2022.Errata
            .Where(e => e.Kind == ErratumKind.StraySpace)
            .Select(e => seed.Substring(e.Span.Offset - 1, e.Span.Length + 2));

        contexts.Should().Equal(
            "中 共", "性 服", "参 (", "精 品", "情 、", "性 服", "优 质", "率 先", "优 质", "优 质", "收 2",
            "性 服", "康 复", "康 复", "康 复", "康 复", "康 复", "星 级", "圾 “", "优 质", "引 领");
        Doc2022.Errata.Where(e => e.Kind == ErratumKind.StraySpace).Should().OnlyContain(e => e.Correction.Length == 0 && e.Verbatim == " ");
    }

    [Fact]
    public void The_2021_document_records_the_misplaced_省_of_item_44_and_the_half_width_heading()
    {
        Doc2021.Errata.Select(e => e.Kind).Should().Equal(ErratumKind.MixedParenthesisStyle, ErratumKind.MisplacedCharacter);
        var misplaced = Doc2021.Errata.Single(e => e.Kind == ErratumKind.MisplacedCharacter);
        misplaced.MeasureNumber.Should().Be(44);
        misplaced.Verbatim.Should().Be("省文旅厅省、自然资源厅");
        misplaced.Correction.Should().Be("省文旅厅、省自然资源厅");
        misplaced.Location.Should().Be("measure 44 responsibility");
        var heading = Doc2021.Errata.Single(e => e.Kind == ErratumKind.MixedParenthesisStyle);
        heading.Verbatim.Should().Be("(十三)");
        heading.Correction.Should().Be("（十三）");
    }

    [Fact]
    public void A_missing_parenthesis_is_a_zero_length_erratum_at_the_end_of_the_item()
    {
        var erratum = Doc2022.Errata.Single(e => e.Kind == ErratumKind.MissingClosingParenthesis && e.MeasureNumber == 30);
        var measure = Doc2022.GetMeasure(30);

        erratum.Span.Length.Should().Be(0);
        erratum.Span.Offset.Should().Be(measure.Span.End);
        erratum.Correction.Should().Be(")");
    }

    [Fact]
    public void Texts_stay_verbatim_and_corrected_forms_apply_the_errata()
    {
        var measure = Doc2022.GetMeasure(48);

        measure.Text.Should().Contain("康 复").And.Contain("社会性 服务机构");
        measure.CorrectedText.Should().NotContain(" ").And.Contain("康复服务机构").And.Contain("社会性服务机构");
        measure.CorrectedText.Length.Should().Be(measure.Text.Length - 6);
        Doc2022.GetGroup(35).Title.Should().Be("强化规划引 领");
        Doc2022.GetGroup(35).CorrectedTitle.Should().Be("强化规划引领");
        Doc2022.Preamble[0].CorrectedText.Should().Contain("中共中央办公厅");
        Doc2022.GetMeasure(1).CorrectedText.Should().Be(Doc2022.GetMeasure(1).Text);
    }

    [Fact]
    public void Every_erratum_has_an_id_an_explanation_and_a_location()
    {
        foreach (var e in Doc2022.Errata.Concat(Doc2021.Errata))
        {
            e.Id.Document.Should().Be(e.DocumentId);
            e.Explanation.Should().NotBeNullOrWhiteSpace();
            e.Location.Should().NotBeNullOrWhiteSpace();
            e.ToString().Should().Contain(e.Id.ToString());
        }

        Doc2022.Errata.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        Doc2022.Errata.Select(e => e.Span.Offset).Should().BeInAscendingOrder();
    }

    [Fact]
    public void ErratumKind_values_are_pinned()
    {
        ((int)ErratumKind.StraySpace).Should().Be(1);
        ((int)ErratumKind.MissingClosingParenthesis).Should().Be(2);
        ((int)ErratumKind.MisplacedCharacter).Should().Be(3);
        ((int)ErratumKind.RuleInResponsibility).Should().Be(4);
        ((int)ErratumKind.MixedParenthesisStyle).Should().Be(5);
    }
}
