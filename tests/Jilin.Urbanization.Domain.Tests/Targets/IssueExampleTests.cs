using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Targets;

/// <summary>The examples issue #4 names, each found by its verbatim quote.</summary>
public class IssueExampleTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    private static TargetIndicator ByQuote(string quote) => Catalog.Targets.Single(t => t.Quote == quote);

    [Fact]
    public void Nursing_bed_share_at_least_55_percent_by_2025()
    {
        var t = ByQuote("到2025年,养老机构护理型床位占比不低于55%");
        (t.Comparator, t.Value, t.Unit, t.Deadline!.Date).Should().Be((Comparator.AtLeast, 55m, Unit.Percent, new LocalDate(2025, 12, 31)));
        t.Deadline.Quote.Should().Be("到2025年");
    }

    [Fact]
    public void Village_5G_coverage_reaches_80_percent_by_2025_in_2022_measure_68()
    {
        var t = ByQuote("到2025年行政村5G通达率达到80%");
        t.Id.Should().Be(TargetId.Parse("jilin-2022-county-urbanization/68/t1"));
        (t.Comparator, t.Value, t.Unit.Symbol, t.Commitment).Should().Be((Comparator.Reaches, 80m, "%", CommitmentLevel.Firm));
        t.Kind.Should().Be(TargetKind.LevelByDeadline);
    }

    [Fact]
    public void Oversized_classes_are_strived_to_be_basically_eliminated_by_end_2022()
    {
        var t = ByQuote("力争到2022年底基本消除56人以上大班额");
        (t.Comparator, t.Value, t.Commitment, t.Basically).Should().Be((Comparator.Zero, 0m, CommitmentLevel.Strive, true));
        t.Deadline!.Date.Should().Be(new LocalDate(2022, 12, 31));
        Catalog.GetMeasure(t.MeasureId).Conditions.Single().Quote.Should().Be("56人以上大班额", "the class size only selects which classes count");
    }

    [Fact]
    public void Shanty_town_renovation_is_15800_dwellings_planned_within_2021()
    {
        var t = ByQuote("2021年全省计划改造各类棚户区1.58万套");
        (t.Value, t.Unit, t.Comparator, t.Commitment, t.Kind).Should().Be((15800m, Unit.Dwelling, Comparator.Stated, CommitmentLevel.Planned, TargetKind.AmountWithinPeriod));
        t.Period!.Start.Should().Be(new LocalDate(2021, 1, 1));
        t.Period.End.Should().Be(new LocalDate(2021, 12, 31));
    }

    [Fact]
    public void Cotton_coats_are_31000_pieces_due_within_the_2021_plan_year_by_implication()
    {
        var t = ByQuote("采购补充高寒区棉大衣31000件");
        (t.Value, t.Unit, t.Comparator).Should().Be((31000m, Unit.Piece, Comparator.Stated));
        t.Deadline!.IsImplied.Should().BeTrue();
        t.Deadline.Date.Should().Be(new LocalDate(2021, 12, 31));
    }

    [Fact]
    public void Households_per_community_are_a_range_of_3000_to_4000()
    {
        var t = ByQuote("按照每3000-4000户");
        (t.Comparator, t.Value, t.MaxValue, t.Unit).Should().Be((Comparator.Range, 3000m, (decimal?)4000m, Unit.HouseholdPerCommunity));
    }

    [Fact]
    public void Medical_waste_disposal_at_100_percent_is_full_coverage_by_2025()
    {
        var t = ByQuote("到2025年,医疗废物无害化处置率达到100%");
        (t.Comparator, t.Value, t.Unit).Should().Be((Comparator.FullCoverage, 100m, Unit.Percent));
        ByQuote("医疗废水处理处置率达到100%").Deadline!.Quote.Should().Be("到2025年", "the second rate shares the sentence's deadline");
    }

    [Fact]
    public void Zero_landfill_is_basically_reached_by_end_2023()
    {
        var t = ByQuote("2023年底前,基本实现城市原生生活垃圾 “零填埋”");
        (t.Comparator, t.Basically, t.Commitment).Should().Be((Comparator.Zero, true, CommitmentLevel.Firm));
        t.Deadline!.Date.Should().Be(new LocalDate(2023, 12, 31));
        t.Deadline.Quote.Should().Be("2023年底前");
    }

    [Fact]
    public void All_counties_on_the_expressway_network_by_2025()
    {
        var t = ByQuote("到2025年,实现所有县(市)通高速");
        (t.Comparator, t.Value, t.Deadline!.Date).Should().Be((Comparator.FullCoverage, 100m, new LocalDate(2025, 12, 31)));
    }

    [Fact]
    public void Selection_thresholds_are_conditions_not_targets()
    {
        Catalog.Targets.Should().NotContain(t => t.Quote.Contains("超过300吨", StringComparison.Ordinal) || t.Quote.Contains("2万平方米", StringComparison.Ordinal));
        var refuse = Catalog.Conditions.Single(c => c.Quote == "生活垃圾日清运量超过300吨的");
        (refuse.Comparator, refuse.Value, refuse.Unit).Should().Be((Comparator.MoreThan, 300m, Unit.TonnePerDay));
        var floor = Catalog.Conditions.Single(c => c.Quote == "社会投资建筑面积2万平方米及以上的");
        (floor.Comparator, floor.Value, floor.Unit).Should().Be((Comparator.AtLeast, 20000m, Unit.SquareMetre));
    }

    [Fact]
    public void Year_end_and_month_end_in_the_2021_plan_are_that_plan_year()
    {
        ByQuote("力争年底前基本完成站房主体工程").Deadline!.Date.Should().Be(new LocalDate(2021, 12, 31));
        var october = ByQuote("2021年改造任务全部开工").Deadline!;
        (october.Date, october.Precision, october.Quote).Should().Be((new LocalDate(2021, 10, 31), DeadlinePrecision.Month, "10月底前"));
    }

    [Fact]
    public void Ten_thousands_are_multiplied_out()
    {
        ByQuote("2021年全省组织开展农民工向农技工转型培训3.6万人以上").Quantity.Should().Be(new Quantity(36000m, Unit.Person));
        ByQuote("农民工稳就业职业技能培训12万人次以上").Quantity.Should().Be(new Quantity(120000m, Unit.PersonTime));
        ByQuote("计划发放公租房租赁补贴8.6万户").Quantity.ToString().Should().Be("86000 户");
    }

    [Fact]
    public void Approximately_strive_ensure_and_encouraged_read_from_their_words()
    {
        ByQuote("2021年计划招收农业转移人口约300人").Comparator.Should().Be(Comparator.Approximately);
        ByQuote("确保县域内就诊率保持在90%以上").Commitment.Should().Be(CommitmentLevel.Ensure);
        ByQuote("到2025年,全省行政村生活垃圾收运处置体系力争达到全覆盖").Commitment.Should().Be(CommitmentLevel.Strive);
        ByQuote("鼓励现有园区全部推进绿色工厂建设").Commitment.Should().Be(CommitmentLevel.Encouraged);
    }
}
