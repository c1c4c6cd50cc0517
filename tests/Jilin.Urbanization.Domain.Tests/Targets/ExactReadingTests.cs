using System.Text.Json.Nodes;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Targets;

/// <summary>
/// Issue 12 point 7 and the binding of point 2: rates keep their denominator, scope counts are conditions, a
/// commitment word governs its clause (issue 23: not a later clause that starts a predicate of its own), "all" without
/// a number is full coverage, and the words of a target's sentence, or 县城 as the subject of its figure's clause,
/// decide whether it binds the province or each county.
/// </summary>
public class ExactReadingTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly LocalDate EndOf2021 = new(2021, 12, 31);

    private static TargetIndicator ByQuote(string quote) => Catalog.Targets.Single(t => t.Quote == quote);

    [Fact]
    public void A_rate_per_100_households_refuses_plain_square_metres()
    {
        var area = ByQuote("新建社区达到每百户城市社区居民拥有服务设施面积不低于30平方米的目标");
        area.Unit.Should().Be(Unit.SquareMetrePerHundredHouseholds);

        area.Evaluate(new Observation(32m, Unit.SquareMetrePerHundredHouseholds, EndOf2021), EndOf2021).Satisfied.Should().BeTrue();
        var plain = () => area.Evaluate(new Observation(32m, Unit.SquareMetre, EndOf2021), EndOf2021);
        plain.Should().Throw<ArgumentException>().WithMessage("*平方米/百户*").WithMessage("*平方米*");
    }

    [Fact]
    public void Households_per_community_and_per_grid_are_different_rates_and_neither_is_households()
    {
        var community = ByQuote("按照每3000-4000户");
        var grid = ByQuote("每300-500户标准");

        (community.Unit, grid.Unit).Should().Be((Unit.HouseholdPerCommunity, Unit.HouseholdPerGrid));
        community.Unit.IsCompatibleWith(grid.Unit).Should().BeFalse("a community and a grid are different denominators");
        community.Unit.IsCompatibleWith(Unit.Household).Should().BeFalse();
        var plain = () => grid.Evaluate(new Observation(400m, Unit.Household, EndOf2021), EndOf2021);
        plain.Should().Throw<ArgumentException>().WithMessage("*户/网格*");
    }

    [Fact]
    public void A_daily_refuse_threshold_is_in_tonnes_per_day()
    {
        var condition = Catalog.Conditions.Single(c => c.Quote == "生活垃圾日清运量超过300吨的");

        condition.Unit.Should().Be(Unit.TonnePerDay);
        condition.Unit!.IsCompatibleWith(Unit.Tonne).Should().BeFalse();
    }

    [Theory]
    [InlineData("平方米/百户", "square metres per 100 households")]
    [InlineData("户/社区", "households per community")]
    [InlineData("户/网格", "households per grid")]
    [InlineData("吨/日", "tonnes per day")]
    public void Rate_symbols_parse_to_their_own_base(string symbol, string englishName)
    {
        var unit = Unit.Parse(symbol);

        (unit.Symbol, unit.BaseSymbol, unit.Factor, unit.EnglishName).Should().Be((symbol, symbol, 1m, englishName));
        Unit.Known.Should().Contain(unit);
        unit.IsCompatibleWith(Unit.Parse(symbol[..symbol.IndexOf('/', StringComparison.Ordinal)])).Should().BeFalse();
    }

    [Theory]
    [InlineData("jilin-2021-urbanization-tasks/16", "等4个高速公路项目")]
    [InlineData("jilin-2021-urbanization-tasks/21", "等3个项目")]
    [InlineData("jilin-2021-urbanization-tasks/37", "3个省级救灾物资品种")]
    [InlineData("jilin-2021-urbanization-tasks/51", "通榆县3个国家宅基地改革试点")]
    [InlineData("jilin-2021-urbanization-tasks/58", "通榆县5个县市")]
    [InlineData("jilin-2021-urbanization-tasks/58", "5县（市）")]
    [InlineData("jilin-2022-county-urbanization/76", "梅河口市等4县(市)")]
    public void A_count_that_only_totals_the_items_its_sentence_names_is_a_scope_condition(string measure, string words)
    {
        var m = Catalog.GetMeasure(measure);

        var scope = m.Conditions.Single(c => c.Quote.EndsWith(words, StringComparison.Ordinal) || c.Quote.Contains(words, StringComparison.Ordinal));
        scope.Metric.Should().StartWith("scope: count of the");
        scope.Comparator.Should().Be(Comparator.Stated);
        m.Targets.Should().NotContain(t => t.Quantity.Value == scope.Value && t.Unit == scope.Unit, "the count names the scope, not a commitment");
    }

    [Fact]
    public void The_border_highway_length_stays_a_target_beside_its_scope_count()
    {
        var measure = Catalog.GetMeasure("jilin-2021-urbanization-tasks/21");

        measure.Targets.Select(t => (t.Value, t.Unit.Symbol)).Should().Equal((88m, "公里"), (50.5m, "公里"));
        measure.Conditions.Single().Value.Should().Be(3m);
    }

    [Theory]
    [InlineData("计划发放公租房租赁补贴8.6万户", CommitmentLevel.Planned)]   // 计划 written again in its own clause
    [InlineData("新筹集公租房1000套", CommitmentLevel.Firm)]             // …计划改造…，计划发放…，新筹集…: a new predicate, no 计划
    [InlineData("选取46家中心卫生院", CommitmentLevel.Firm)]              // 鼓励在县域探索…模式,选取46家…: a new predicate
    [InlineData("力争到2025年,基本完成2000年底前建成的老旧小区改造任务", CommitmentLevel.Strive)] // its own word, across date words
    [InlineData("农民工稳就业职业技能培训12万人次以上", CommitmentLevel.Firm)] // no commitment word in its sentence
    [InlineData("医疗废水处理处置率达到100%", CommitmentLevel.Firm)]
    [InlineData("2021年计划招收农业转移人口约300人", CommitmentLevel.Planned)] // its own word wins over the earlier 鼓励
    public void A_commitment_word_governs_its_clause_not_a_later_clause_that_starts_a_predicate_of_its_own(string quote, CommitmentLevel level)
    {
        ByQuote(quote).Commitment.Should().Be(level);
    }

    [Fact]
    public void Settling_everyone_willing_is_an_ensured_full_coverage_target()
    {
        var t = ByQuote("确保有意愿进城落户的农业转移人口应落尽落");

        (t.Id.ToString(), t.Comparator, t.Value, t.Unit, t.Commitment, t.Kind).Should().Be(
            ("jilin-2021-urbanization-tasks/2/t1", Comparator.FullCoverage, 100m, Unit.Percent, CommitmentLevel.Ensure, TargetKind.LevelByDeadline));
        t.Deadline!.IsImplied.Should().BeTrue();
    }

    [Fact]
    public void All_existing_parks_building_green_factories_is_an_encouraged_full_coverage_target_without_a_date()
    {
        var t = ByQuote("鼓励现有园区全部推进绿色工厂建设");

        (t.Id.ToString(), t.Comparator, t.Value, t.Commitment).Should().Be(
            ("jilin-2022-county-urbanization/59/t1", Comparator.FullCoverage, 100m, CommitmentLevel.Encouraged));
        t.Deadline.Should().BeNull();
    }

    [Fact]
    public void Every_all_wording_of_both_texts_is_a_full_coverage_target()
    {
        string[] wordings = ["全部", "全覆盖", "所有县", "应落尽落"];
        foreach (var measure in Catalog.Measures)
        {
            foreach (var wording in wordings)
            {
                for (var at = measure.Text.IndexOf(wording, StringComparison.Ordinal); at >= 0; at = measure.Text.IndexOf(wording, at + 1, StringComparison.Ordinal))
                {
                    var offset = measure.TextSpan.Offset + at;
                    measure.Targets.Should().Contain(
                        t => t.Comparator == Comparator.FullCoverage && t.Span.Offset <= offset && offset < t.Span.Offset + t.Span.Length,
                        $"'{wording}' in {measure.Id} is an all-commitment");
                }
            }
        }
    }

    [Fact]
    public void Only_targets_whose_sentence_distributes_them_over_counties_or_whose_clause_has_the_county_seat_as_subject_bind_each_county()
    {
        Catalog.Targets.Where(t => t.Binding == TargetBinding.EachCounty).Select(t => (t.Id.ToString(), t.BindingQuote)).Should().Equal(
            ("jilin-2022-county-urbanization/18/t1", "所有县(市)"),
            ("jilin-2022-county-urbanization/37/t1", "县域有一所"),
            ("jilin-2022-county-urbanization/43/t1", "每个县(市)"),
            ("jilin-2022-county-urbanization/51/t1", "每个县城"),
            ("jilin-2022-county-urbanization/51/t2", "每个县城"),
            ("jilin-2022-county-urbanization/60/t1", "县城"));
        Catalog.Targets.Where(t => t.Binding == TargetBinding.Province).Should().OnlyContain(t => t.BindingQuote == null);
        Catalog.GetTarget("jilin-2022-county-urbanization/43/t2").Binding.Should().Be(TargetBinding.Province, "the 55% share is a separate sentence");
    }

    [Fact]
    public void A_binding_quote_is_verbatim_in_the_targets_sentence()
    {
        foreach (var t in Catalog.Targets.Where(t => t.BindingQuote is not null))
        {
            var text = Catalog.GetMeasure(t.MeasureId).Text;
            var quoteAt = t.Span.Offset - Catalog.GetMeasure(t.MeasureId).TextSpan.Offset;
            var sentenceStart = text.LastIndexOfAny(['。', '；', ';'], Math.Max(0, quoteAt - 1)) + 1;
            var sentenceEnd = text.IndexOfAny(['。', '；', ';'], quoteAt);
            text[sentenceStart..(sentenceEnd < 0 ? text.Length : sentenceEnd)].Should().Contain(t.BindingQuote, t.Id.ToString());
        }
    }

    [Fact]
    public void The_catalog_json_carries_the_binding_and_refuses_a_binding_quote_on_a_province_target()
    {
        using var stream = new MemoryStream();
        Catalog.WriteJson(stream);
        var root = JsonNode.Parse(stream.ToArray())!;
        var measures = root["documents"]![1]!["measures"]!.AsArray();
        JsonNode Measure(int number) => measures.Single(m => m!["id"]!.GetValue<string>() == $"jilin-2022-county-urbanization/{number}")!;

        var eachCounty = Measure(43)["targets"]![0]!;
        (eachCounty["binding"]!.GetValue<string>(), eachCounty["bindingQuote"]!.GetValue<string>()).Should().Be(("eachCounty", "每个县(市)"));
        var province = Measure(43)["targets"]![1]!;
        province["binding"]!.GetValue<string>().Should().Be("province");
        province["bindingQuote"].Should().BeNull();
        Measure(62)["conditions"]![0]!["binding"].Should().BeNull();
        Measure(62)["conditions"]![0]!["unit"]!.GetValue<string>().Should().Be("吨/日");

        var index = measures.IndexOf(Measure(43));
        province["bindingQuote"] = "每个县(市)";
        var read = () => PolicyCatalog.ReadJson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(root.ToJsonString())));
        read.Should().Throw<PolicyDataException>().Which.Location.Should().Be($"$.documents[1].measures[{index}].targets[1].bindingQuote");
    }

    [Fact]
    public void Both_documents_name_an_implicit_implementer_verbatim()
    {
        var d2021 = Catalog.GetDocument(DocumentIds.UrbanizationTasks2021);

        d2021.ImplicitImplementer!.Department.Id.ToString().Should().Be("city-county-governments");
        d2021.ImplicitImplementer.Note.Should().Be("各市（县）是落实2021年推进新型城镇化建设和城乡融合发展重点任务的实施主体");
        d2021.Closing.Should().ContainSingle().Which.Text.Should().Contain(d2021.ImplicitImplementer.Note);
        d2021.ImplicitImplementer.Span.Slice(Support.Seeds.TextOf(d2021.Id.ToString())).Should().Be(d2021.ImplicitImplementer.Note);
        Catalog.GetDocument(DocumentIds.CountyUrbanization2022).ImplicitImplementer!.Department.Id.ToString().Should().Be("county-governments");
    }
}
