using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Parsing;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tests.Support;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Targets;

public class TargetExtractorTests
{
    private static readonly SeedEntry Seed2021 = SeedManifest.Entries.Single(e => e.DocumentId == DocumentIds.UrbanizationTasks2021);

    private static PolicyDocument Parse(params TargetAnnotation[] annotations) =>
        PolicyTextParser.Parse(Seeds.Bytes(Seed2021.FileName), new PolicyTextParserOptions
        {
            DocumentId = DocumentId.Parse(Seed2021.DocumentId),
            Year = Seed2021.Year,
            SeedFile = Seed2021.FileName,
            Departments = PolicyCatalog.Default.Departments,
            Errata = EmbeddedData.ReadErrata(),
            TargetAnnotations = annotations.ToValueList(),
        });

    private static readonly SeedEntry Seed2022 = SeedManifest.Entries.Single(e => e.DocumentId == DocumentIds.CountyUrbanization2022);

    private static PolicyDocument Parse2022(params TargetAnnotation[] annotations) =>
        PolicyTextParser.Parse(Seeds.Bytes(Seed2022.FileName), new PolicyTextParserOptions
        {
            DocumentId = DocumentId.Parse(Seed2022.DocumentId),
            Year = Seed2022.Year,
            SeedFile = Seed2022.FileName,
            Departments = PolicyCatalog.Default.Departments,
            Errata = EmbeddedData.ReadErrata(),
            TargetAnnotations = annotations.ToValueList(),
        });

    private static TargetAnnotation At(int measure, string quote) =>
        new(new MeasureId(DocumentId.UrbanizationTasks2021, measure), TargetRole.Target, quote, "a metric");

    private static TargetAnnotation At2022(int measure, string quote) =>
        new(new MeasureId(DocumentId.CountyUrbanization2022, measure), TargetRole.Target, quote, "a metric");

    [Fact]
    public void Without_annotations_no_targets_are_extracted()
    {
        Parse().Measures.Should().OnlyContain(m => m.Targets.Count == 0 && m.Conditions.Count == 0);
    }

    [Fact]
    public void Given_annotations_replace_the_embedded_ones_and_are_read_by_the_same_rules()
    {
        var document = Parse(At(53, "全省完成30条以上客运班线改造"));

        var target = document.GetMeasure(53).Targets.Single();
        (target.Id.ToString(), target.Comparator, target.Value, target.Deadline!.IsImplied).Should().Be(("jilin-2021-urbanization-tasks/53/t1", Comparator.AtLeast, 30m, true));
        target.Should().Be(PolicyCatalog.Default.GetTarget(target.Id) with { Metric = "a metric" }, "the parser reads the same quote the same way");
    }

    [Theory]
    [InlineData(53, "全省完成31条以上客运班线改造", "does not occur")]
    [InlineData(45, "每", "more than once")]
    [InlineData(44, "划定历史文化保护线", "holds no number")]
    [InlineData(99, "whatever", "measures 1 to 58")]
    public void Bad_annotations_are_refused_with_a_location(int measure, string quote, string words)
    {
        var act = () => Parse(At(measure, quote));

        act.Should().Throw<PolicyDataException>().WithMessage($"*{words}*").Which.Location.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_quantity_hint_that_is_not_in_the_quote_is_refused()
    {
        var act = () => Parse(At(26, "新筹集公租房1000套") with { QuantityText = "2000套" });

        act.Should().Throw<PolicyDataException>().WithMessage("*2000套*");
    }

    [Theory]
    [InlineData(46, "新建社区达到每百户城市社区居民拥有服务设施面积不低于30平方米的目标", "平方米/百户", "平方米/百户")] // 每百户
    [InlineData(45, "按照每3000-4000户", "户/社区", "户/社区")]                                      // 每 before the number, 社区 after
    public void A_rate_hint_the_sentence_bears_out_types_the_quantity(int measure, string quote, string hint, string unit)
    {
        var document = Parse(At(measure, quote) with { UnitText = hint });

        document.GetMeasure(measure).Targets.Single().Unit.Should().Be(Unit.Parse(unit));
    }

    [Theory]
    [InlineData(53, "全省完成30条以上客运班线改造", "吨/日", "unit written after its number is '条'")]
    [InlineData(26, "计划发放公租房租赁补贴8.6万户", "户/社区", "does not state the denominator '社区'")]
    [InlineData(46, "新建社区达到每百户城市社区居民拥有服务设施面积不低于30平方米的目标", "平方米", "not a known rate unit")]
    [InlineData(46, "新建社区达到每百户城市社区居民拥有服务设施面积不低于30平方米的目标", "kg/日", "not a known rate unit")]
    [InlineData(45, "每300-500户标准", "户/网格x", "not a known rate unit")]
    public void A_rate_hint_the_text_does_not_bear_out_is_refused(int measure, string quote, string hint, string words)
    {
        var act = () => Parse(At(measure, quote) with { UnitText = hint });

        act.Should().Throw<PolicyDataException>().WithMessage($"*{words}*").Which.Location.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(26, "发放公租房租赁补贴8.6万户", CommitmentLevel.Planned)] // 计划 just before the quote, in its clause
    [InlineData(26, "改造各类棚户区1.58万套", CommitmentLevel.Planned)]    // 2021年全省计划改造…
    [InlineData(26, "新筹集公租房1000套", CommitmentLevel.Firm)]         // 计划发放…8.6万户，新筹集…: the comma ends 计划's reach
    [InlineData(37, "高寒区棉被7000件", CommitmentLevel.Firm)]           // no commitment word in the sentence
    [InlineData(9, "招收农业转移人口约300人", CommitmentLevel.Planned)]   // 计划 in its clause, not 鼓励 three commas back
    public void A_commitment_word_before_a_quote_governs_it_only_within_its_clause(int measure, string quote, CommitmentLevel level)
    {
        Parse(At(measure, quote)).GetMeasure(measure).Targets.Single().Commitment.Should().Be(level);
    }

    [Fact]
    public void A_commitment_word_whose_clause_holds_only_date_words_governs_the_clause_after_the_comma()
    {
        // 力争到2025年,基本完成2000年底前建成的老旧小区改造任务: 力争's complement begins after the comma.
        var document = Parse2022(
            At2022(29, "基本完成2000年底前建成的老旧小区改造任务"),
            At2022(29, "2000年底前建成的") with { Role = TargetRole.Condition });

        var target = document.GetMeasure(29).Targets.Single();
        (target.Commitment, target.Basically, target.Comparator).Should().Be((CommitmentLevel.Strive, true, Comparator.FullCoverage));
    }

    [Fact]
    public void Ying_x_jin_x_reads_as_full_coverage()
    {
        var target = Parse(At(2, "应落尽落")).GetMeasure(2).Targets.Single();

        (target.Comparator, target.Value, target.Unit, target.Commitment).Should().Be((Comparator.FullCoverage, 100m, Unit.Percent, CommitmentLevel.Ensure));
    }

    [Fact]
    public void A_deadline_hint_picks_the_named_date_words()
    {
        var document = Parse(At(40, "2021年开工改造老旧小区1623个") with { DeadlineText = "2021年" });

        document.GetMeasure(40).Targets.Single().Deadline!.Date.Should().Be(new LocalDate(2021, 12, 31));
    }

    [Theory]
    [InlineData("{\"version\": 1, \"annotations\": [{\"measure\": \"x\", \"role\": \"target\", \"quote\": \"q\", \"metric\": \"m\"}]}", "$.annotations[0].measure")]
    [InlineData("{\"version\": 1, \"annotations\": [{\"measure\": \"a-b/1\", \"role\": \"goal\", \"quote\": \"q\", \"metric\": \"m\"}]}", "$.annotations[0].role")]
    [InlineData("{\"version\": 1, \"annotations\": [{\"measure\": \"a-b/1\", \"role\": \"target\", \"quote\": \"q\", \"metric\": \"m\", \"kind\": \"level\"}]}", "$.annotations[0].kind")]
    [InlineData("{\"version\": 1, \"annotations\": [{\"measure\": \"a-b/1\", \"role\": \"target\", \"quote\": \" \", \"metric\": \"m\"}]}", "$.annotations[0]")]
    [InlineData("{\"version\": 1, \"annotations\": [{\"measure\": 5}]}", "$.annotations[0].measure")]
    public void A_damaged_annotation_file_is_refused_with_its_path(string json, string path)
    {
        var act = () => EmbeddedTargetAnnotations.Read(System.Text.Encoding.UTF8.GetBytes(json), "targets.json");

        act.Should().Throw<PolicyDataException>().Which.Location.Should().Be($"targets.json: {path}");
    }
}
