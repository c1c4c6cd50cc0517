using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Parsing;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Tests.Parsing;

/// <summary>
/// The parser's clause rules for targets (issue 23) on a user's document of the same form: how far a commitment word
/// reaches, and when 县城 binds each county.
/// </summary>
public class TargetClauseRulesTests
{
    private static readonly DocumentId Id = DocumentId.Parse("jilin-2027-test");

    private static TargetIndicator Read(string sentence, string quote)
    {
        var text = $"""
            吉林省2027年城镇化重点任务

            为推进城镇化，提出任务如下。

            一、第一章

            （一）第一组

            1.{sentence}（省住房和城乡建设厅负责）
            """;
        var document = PolicyTextParser.Parse(text, new PolicyTextParserOptions
        {
            DocumentId = Id,
            Year = 2027,
            SeedFile = "user.txt",
            Departments = PolicyCatalog.Default.Departments,
            TargetAnnotations = ValueList<TargetAnnotation>.From([new TargetAnnotation(new MeasureId(Id, 1), TargetRole.Target, quote, "a metric")]),
        });
        return document.GetMeasure(1).Targets.Single();
    }

    [Theory]
    [InlineData("鼓励在县域探索医疗共同体模式，选取10家中心卫生院。", "选取10家中心卫生院", CommitmentLevel.Firm)]
    [InlineData("鼓励在县域探索医疗共同体模式,选取10家中心卫生院。", "选取10家中心卫生院", CommitmentLevel.Firm)]
    [InlineData("计划改造10个小区，新建20个公园。", "新建20个公园", CommitmentLevel.Firm)]
    [InlineData("计划改造10个小区，新建20个公园。", "改造10个小区", CommitmentLevel.Planned)]
    [InlineData("鼓励现有园区全部推进绿色工厂建设。", "全部推进绿色工厂建设", CommitmentLevel.Encouraged)]
    [InlineData("确保污水处理率达到90%、污泥处置率达到80%。", "污泥处置率达到80%", CommitmentLevel.Ensure)]
    [InlineData("力争到2028年，建成30个公园。", "建成30个公园", CommitmentLevel.Strive)]
    [InlineData("力争到2028年底前,建成30个公园。", "建成30个公园", CommitmentLevel.Strive)]
    [InlineData("实施三年行动计划，建成30个公园。", "建成30个公园", CommitmentLevel.Firm)]
    [InlineData("力争到2028年建成30个公园。大力推进建设，新建20个广场。", "新建20个广场", CommitmentLevel.Firm)]
    public void A_commitment_word_reaches_past_a_comma_only_over_date_words(string sentence, string quote, CommitmentLevel level)
    {
        Read(sentence, quote).Commitment.Should().Be(level);
    }

    [Theory]
    [InlineData("到2028年，县城新建民用建筑全部建成绿色建筑。", "县城新建民用建筑全部建成绿色建筑", "县城")]
    [InlineData("到2028年，县城新建民用建筑全部建成绿色建筑。", "到2028年，县城新建民用建筑全部建成绿色建筑", "县城")]
    [InlineData("2028年底前县城新建民用建筑全部建成绿色建筑。", "2028年底前县城新建民用建筑全部建成绿色建筑", "县城")]
    [InlineData("县城污水处理率达到95%。", "县城污水处理率达到95%", "县城")]
    [InlineData("全省县城污水处理率达到95%。", "全省县城污水处理率达到95%", null)]
    [InlineData("按照县城人口总量确定规模，新建10个殡仪馆。", "新建10个殡仪馆", null)]
    [InlineData("推进以县城为重要载体的城镇化建设，全省新建10个园区。", "全省新建10个园区", null)]
    [InlineData("县城建设要统筹推进。到2028年，新建10个园区。", "新建10个园区", null)]
    [InlineData("火葬区每个县城至少有1个殡仪馆，至少保障有1处安葬设施。", "至少保障有1处安葬设施", "每个县城")]
    public void County_seat_binds_each_county_only_as_the_subject_of_the_figures_clause(string sentence, string quote, string? bindingQuote)
    {
        var target = Read(sentence, quote);

        (target.Binding, target.BindingQuote).Should().Be((bindingQuote is null ? TargetBinding.Province : TargetBinding.EachCounty, bindingQuote));
    }
}
