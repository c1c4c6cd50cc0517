using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Tests.Targets;

/// <summary>
/// Issue 23: every target's commitment and binding, re-read from its quote and the clause around it, not copied from
/// the extractor. A commitment word governs its own clause; a comma ends its reach where the next clause starts a
/// predicate of its own, and it crosses a comma only over date words (力争到2025年,基本完成…). A target binds each
/// county where its sentence distributes it (每个县(市), 所有县(市), 每个县城, 县域有一所) or where 县城, the county seat,
/// is the subject of its figure's clause; otherwise the province.
/// </summary>
public class CommitmentAndBindingTests
{
    private const string A = "jilin-2021-urbanization-tasks";
    private const string B = "jilin-2022-county-urbanization";
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    private const CommitmentLevel Firm = CommitmentLevel.Firm;
    private const CommitmentLevel Ensure = CommitmentLevel.Ensure;
    private const CommitmentLevel Strive = CommitmentLevel.Strive;
    private const CommitmentLevel Planned = CommitmentLevel.Planned;
    private const CommitmentLevel Encouraged = CommitmentLevel.Encouraged;

    /// <summary>id, quote, commitment, binding words (null: the province), and why, read off the seeds by hand.</summary>
    private static readonly (string Id, string Quote, CommitmentLevel Commitment, string? BindingQuote, string Why)[] Readings =
    [
        ($"{A}/2/t1", "确保有意愿进城落户的农业转移人口应落尽落", Ensure, null, "确保 in the quote"),
        ($"{A}/9/t1", "2021年计划招收农业转移人口约300人", Planned, null, "计划 in the quote; 鼓励职业院校… is three commas back"),
        ($"{A}/10/t1", "2021年全省组织开展农民工向农技工转型培训3.6万人以上", Firm, null, "no commitment word in the sentence; 全省"),
        ($"{A}/10/t2", "农民工稳就业职业技能培训12万人次以上", Firm, null, "joined by 、 to a firm figure"),
        ($"{A}/16/t1", "新开工长春都市圈环线高速公路农安至九台、双阳至伊通段126公里", Firm, null, "no commitment word"),
        ($"{A}/18/t1", "力争年底前基本完成站房主体工程", Strive, null, "力争 in the quote"),
        ($"{A}/21/t1", "继续推进建设边境一线公路错草至三道沟、园池至图们一期工程、鸡冠崖子至冷沟子段等3个项目88公里", Firm, null, "no commitment word"),
        ($"{A}/21/t2", "年底前建成园池至图们一期工程50.5公里", Firm, null, "no commitment word"),
        ($"{A}/22/t1", "年底前实现有需求的村庄规划编制全覆盖", Firm, null, "the 鼓励 of measure 22 is in the next sentence"),
        ($"{A}/23/t1", "加快两批80个特色产业小镇建设", Firm, null, "no commitment word"),
        ($"{A}/26/t1", "2021年全省计划改造各类棚户区1.58万套", Planned, null, "计划 in the quote"),
        ($"{A}/26/t2", "计划发放公租房租赁补贴8.6万户", Planned, null, "计划 written again in its own clause"),
        ($"{A}/26/t3", "新筹集公租房1000套", Firm, null, "its own clause and predicate (新筹集), without the 计划 the two clauses before it repeat"),
        ($"{A}/37/t1", "采购补充高寒区棉大衣31000件", Firm, null, "no commitment word"),
        ($"{A}/37/t2", "高寒区棉被7000件", Firm, null, "no commitment word"),
        ($"{A}/37/t3", "取暖炉2000个", Firm, null, "no commitment word"),
        ($"{A}/40/t1", "2021年开工改造老旧小区1623个", Firm, null, "no commitment word"),
        ($"{A}/40/t2", "10月底前，实现2020年改造任务全部完工", Firm, null, "no commitment word"),
        ($"{A}/40/t3", "2021年改造任务全部开工", Firm, null, "no commitment word"),
        ($"{A}/44/t1", "公布全省20处第八批全国重点文物保护单位的保护范围和建设控制地带", Firm, null, "no commitment word"),
        ($"{A}/45/t1", "按照每3000-4000户", Firm, null, "no commitment word"),
        ($"{A}/45/t2", "每300-500户标准", Firm, null, "no commitment word"),
        ($"{A}/46/t1", "新建社区达到每百户城市社区居民拥有服务设施面积不低于30平方米的目标", Firm, null, "no commitment word"),
        ($"{A}/48/t1", "2021年实施科技特派员农村创新创业项目10项", Firm, null, "no commitment word"),
        ($"{A}/53/t1", "全省完成30条以上客运班线改造", Firm, null, "no commitment word; 全省"),
        ($"{A}/56/t1", "确保县域内就诊率保持在90%以上", Ensure, null, "确保 in the quote; 县域内 names the rate, it distributes nothing"),
        ($"{B}/18/t1", "到2025年,实现所有县(市)通高速", Firm, "所有县(市)", "no commitment word; all counties"),
        ($"{B}/29/t1", "力争到2025年,基本完成2000年底前建成的老旧小区改造任务", Strive, null, "力争 in the quote, across date words only"),
        ($"{B}/37/t1", "到2025年,力争实现县域有一所政府举办、标准化的妇幼保健机构", Strive, "县域有一所", "力争 in the quote; one in each county"),
        ($"{B}/40/t1", "力争到2022年底基本消除56人以上大班额", Strive, null, "力争 in the quote"),
        ($"{B}/43/t1", "每个县(市)2022年底前至少建有一所以收住城乡困难失能、残疾老年人为主的县级层面养老机构", Firm, "每个县(市)", "no commitment word; each county"),
        ($"{B}/43/t2", "到2025年,养老机构护理型床位占比不低于55%", Firm, null, "a sentence of its own, without a county subject"),
        ($"{B}/49/t1", "到2025年将乡镇(街道)未保工作站覆盖率提高到60%", Firm, null, "no commitment word; a province-wide share"),
        ($"{B}/51/t1", "火葬区每个县城至少有1个殡仪馆", Firm, "每个县城", "each county seat; 按照县城人口总量 before it holds no figure"),
        ($"{B}/51/t2", "至少保障有1处公益性安葬(放)设施", Firm, "每个县城", "its clause has no subject of its own: 每个县城 carries over"),
        ($"{B}/59/t1", "鼓励现有园区全部推进绿色工厂建设", Encouraged, null, "鼓励 in the quote"),
        ($"{B}/60/t1", "到2025年,县城新建民用建筑全部建成绿色建筑", Firm, "县城", "鼓励 is in the sentence before; 县城 is the subject of the figure's clause"),
        ($"{B}/62/t1", "2023年底前,基本实现城市原生生活垃圾 “零填埋”", Firm, null, "no commitment word; 城市, not 县城"),
        ($"{B}/63/t1", "到2025年,医疗废物无害化处置率达到100%", Firm, null, "no commitment word"),
        ($"{B}/63/t2", "医疗废水处理处置率达到100%", Firm, null, "joined by 、 to a firm figure"),
        ($"{B}/67/t1", "到2025年,全省行政村生活垃圾收运处置体系力争达到全覆盖", Strive, null, "力争 in the quote; 确保 and 县城 are in the sentence before"),
        ($"{B}/68/t1", "到2025年行政村5G通达率达到80%", Firm, null, "no commitment word"),
        ($"{B}/71/t1", "选取46家中心卫生院", Firm, null, "鼓励 governs 在县域探索…模式 only; 选取 starts a new predicate"),
        ($"{B}/73/t1", "到2025年农村养老服务实现全覆盖", Firm, null, "no commitment word"),
    ];

    private static TargetIndicator ByQuote(string quote) => Catalog.Targets.Single(t => t.Quote == quote);

    [Fact]
    public void Every_target_has_the_commitment_and_binding_its_clause_states()
    {
        Catalog.Targets.Select(t => (t.Id.ToString(), t.Quote)).Should().Equal(Readings.Select(r => (r.Id, r.Quote)), "every target is re-read here");

        foreach (var (id, quote, commitment, bindingQuote, why) in Readings)
        {
            var target = ByQuote(quote);
            (target.Commitment, target.Binding, target.BindingQuote).Should().Be(
                (commitment, bindingQuote is null ? TargetBinding.Province : TargetBinding.EachCounty, bindingQuote),
                $"{id}: {why}");
        }
    }

    [Fact]
    public void Choosing_46_central_health_centres_is_a_firm_provincial_quota_not_encouraged()
    {
        // 71.鼓励在县域探索县乡一体、乡村一体化管理的医疗共同体模式,选取46家中心卫生院,着力提升医疗服务能力,…(省卫生健康委负责)
        var target = ByQuote("选取46家中心卫生院");
        var text = Catalog.GetMeasure(target.MeasureId).Text;

        text.Should().StartWith("鼓励在县域探索县乡一体、乡村一体化管理的医疗共同体模式,选取46家中心卫生院,", "鼓励's clause ends at the comma before 选取");
        (target.Id.ToString(), target.Value, target.Unit, target.Commitment, target.Binding, target.BindingQuote).Should().Be(
            ($"{B}/71/t1", 46m, Unit.Establishment, Firm, TargetBinding.Province, (string?)null));
    }

    [Fact]
    public void New_civil_buildings_of_the_county_seats_all_green_binds_each_county()
    {
        // 60.…鼓励新建政府投资…按照一星级及以上绿色建筑标准设计建造。到2025年,县城新建民用建筑全部建成绿色建筑。
        var target = ByQuote("到2025年,县城新建民用建筑全部建成绿色建筑");

        (target.Id.ToString(), target.Comparator, target.Value, target.Commitment, target.Binding, target.BindingQuote).Should().Be(
            ($"{B}/60/t1", Comparator.FullCoverage, 100m, Firm, TargetBinding.EachCounty, "县城"));
        target.Quote.Split(',')[^1].Should().StartWith("县城", "the figure's clause opens with its subject, the county seat");
    }

    [Fact]
    public void New_public_rental_housing_in_a_clause_without_its_own_jihua_is_firm()
    {
        // 26.…2021年全省计划改造各类棚户区1.58万套，计划发放公租房租赁补贴8.6万户，新筹集公租房1000套。
        var planned = ByQuote("计划发放公租房租赁补贴8.6万户");
        var raised = ByQuote("新筹集公租房1000套");

        (planned.Commitment, raised.Commitment).Should().Be((Planned, Firm));
        (raised.Id.ToString(), raised.Binding).Should().Be(($"{A}/26/t3", TargetBinding.Province));
    }

    [Fact]
    public void The_catalog_counts_one_encouraged_target_and_six_that_bind_each_county()
    {
        Catalog.Targets.Where(t => t.Commitment == Encouraged).Select(t => t.Id.ToString()).Should().Equal($"{B}/59/t1");
        Catalog.Targets.Where(t => t.Commitment == Planned).Select(t => t.Id.ToString()).Should().Equal($"{A}/9/t1", $"{A}/26/t1", $"{A}/26/t2");
        Catalog.Targets.Count(t => t.Binding == TargetBinding.EachCounty).Should().Be(6);
    }
}
