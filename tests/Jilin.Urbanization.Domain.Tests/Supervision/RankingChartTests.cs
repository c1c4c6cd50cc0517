using System.Globalization;
using System.Xml.Linq;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using static Jilin.Urbanization.Domain.Tests.Supervision.SupervisionFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Supervision;

/// <summary>The ranking chart (考评排名图, issue 28 point 5): a bar per county or department by score, Chinese labels, ties marked, readable at 60 counties.</summary>
public class RankingChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateInterval Q4 = new(Day(2022, 10, 1), Day(2022, 12, 31));

    private static Ranking Quarter() => Supervise(new ImplementationTracker(Policies, TrackingLog.Empty)
            .Record(Figure(CareHomes, Meihekou, 1m, Unit.Institution, Day(2022, 12, 1)))
            .Record(Figure(CareHomes, Hunchun, 1m, Unit.Institution, Day(2022, 12, 1))))
        .Rank(Q4);

    private static List<XElement> Marks(Jilin.Urbanization.Domain.Charts.SvgChart chart) =>
        XDocument.Parse(chart.Markup).Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "mark").ToList();

    [Fact]
    public void Every_county_of_the_ranking_is_one_bar_labelled_with_its_rank_and_chinese_name_in_rank_order()
    {
        var ranking = Quarter();

        var chart = RankingChart.Counties(ranking);

        chart.Marks.Should().Be(ranking.Counties.Count);
        Marks(chart).Should().HaveCount(ranking.Counties.Count);
        var texts = XDocument.Parse(chart.Markup).Descendants(Svg + "text").Select(t => t.Value).ToList();
        var labels = ranking.Counties.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Rank}. {r.Name}")).ToList();
        texts.Where(labels.Contains).Should().Equal(labels, "the labels are drawn top to bottom in rank order");
        chart.Title.Should().StartWith("县（市）考评得分");
    }

    [Fact]
    public void A_bar_is_as_long_as_its_score_on_one_scale()
    {
        var ranking = Quarter();

        var widths = Marks(RankingChart.Counties(ranking)).Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();

        var first = (double)ranking.Counties[0].Score;
        var last = (double)ranking.Counties[^1].Score;
        (first > last).Should().BeTrue("the sample has a best and a worse county");
        if (last > 0)
        {
            (widths[^1] / widths[0]).Should().BeApproximately(last / first, 0.01);
        }
    }

    [Fact]
    public void Rows_that_share_a_rank_are_drawn_in_the_tie_colour_and_say_bing_lie()
    {
        var ranking = Quarter();
        var chart = RankingChart.Counties(ranking);
        var marks = Marks(chart);

        ranking.Counties[0].Rank.Should().Be(ranking.Counties[1].Rank, "梅河口 and 珲春 share the first place");
        ((string)marks[0].Attribute("fill")!).Should().Be(RankingChart.TiedColour);
        marks[0].Element(Svg + "title")!.Value.Should().Contain("（并列）").And.Contain(ranking.Counties[0].Name);
        var single = Marks(RankingChart.Render([ranking.Counties[0] with { Rank = 1 }], "考评"));
        ((string)single[0].Attribute("fill")!).Should().Be(RankingChart.ScoreColour, "a rank held alone is not a tie");
    }

    [Fact]
    public void Sixty_counties_fit_one_page_with_rows_far_enough_apart_to_read()
    {
        var rows = Enumerable.Range(0, 60).Select(i => new BodyScore
        {
            Body = Meihekou, Name = $"县市{i:00}", Items = 10, ReportedOnTime = 5, GreenItems = 5, OverdueItems = 0, LateReplies = 0, Score = 100m - i, Rank = i + 1,
        });

        var chart = RankingChart.Render(rows, "县（市）考评得分");

        var ys = Marks(chart).Select(r => double.Parse((string)r.Attribute("y")!, CultureInfo.InvariantCulture)).ToList();
        ys.Should().HaveCount(60);
        ys.Zip(ys.Skip(1), (a, b) => b - a).Should().OnlyContain(d => d >= 16, "11 px labels need 16 px or more between rows");
        chart.Height.Should().BeLessThan(1200, "60 rows stay within a printable page's height at screen scale");
    }

    [Fact]
    public void A_negative_score_is_drawn_left_of_the_zero_line()
    {
        BodyScore Row(string name, decimal score, int rank) => new()
        {
            Body = Meihekou, Name = name, Items = 4, ReportedOnTime = 0, GreenItems = 0, OverdueItems = 4, LateReplies = 0, Score = score, Rank = rank,
        };

        var marks = Marks(RankingChart.Render([Row("甲", 20m, 1), Row("乙", -10m, 2)], "考评"));

        var x = marks.Select(r => double.Parse((string)r.Attribute("x")!, CultureInfo.InvariantCulture)).ToList();
        var w = marks.Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();
        (x[1] + w[1]).Should().BeApproximately(x[0], 0.2, "the negative bar ends where the positive one starts: the zero line");
        (w[0] / w[1]).Should().BeApproximately(2, 0.05);
    }

    [Fact]
    public void No_rows_draw_a_chart_that_says_so()
    {
        var chart = RankingChart.Render([], "考评");

        chart.Marks.Should().Be(0);
        chart.Markup.Should().Contain("无数据");
    }
}
