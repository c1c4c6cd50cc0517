using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Charts;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// A ranking (考评排名) as horizontal bars: one row per county or department in rank order, labelled with its rank and
/// name (<c>3. 梅河口市</c>), the bar as long as its score from a zero line (a negative score, from penalties, is drawn
/// to the left of it), the score at the bar's end, and rows that share a rank marked 并列. Rows are 18 px apart so that
/// the 60 counties fit on one readable page; every bar is one mark with a tooltip of what the score is made of.
/// </summary>
public static class RankingChart
{
    /// <summary>The colour of a bar.</summary>
    public const string ScoreColour = "#1a5fb4";

    /// <summary>The colour of a bar whose rank is shared (并列).</summary>
    public const string TiedColour = "#8e44ad";

    private const double FontSize = 11;
    private const double BarHeight = 14;
    private const double RowGap = 4;
    private const double BarAreaWidth = 480;
    private const double MaxLabelWidth = 240;

    /// <summary>The counties' ranking as a chart.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="title">The title, or null for 县（市）考评得分 and the period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ranking"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or whitespace.</exception>
    public static SvgChart Counties(Ranking ranking, string? title = null)
    {
        Guard.Against.Null(ranking);
        return Render(ranking.Counties, title ?? $"县（市）考评得分 {Period(ranking)}");
    }

    /// <summary>The departments' ranking as a chart.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="title">The title, or null for 部门考评得分 and the period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ranking"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or whitespace.</exception>
    public static SvgChart Departments(Ranking ranking, string? title = null)
    {
        Guard.Against.Null(ranking);
        return Render(ranking.Departments, title ?? $"部门考评得分 {Period(ranking)}");
    }

    /// <summary>Draws the rows in the order given (a ranking's are best first).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="title">The chart's title.</param>
    /// <returns>The chart; with no rows, a chart that says so.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or whitespace.</exception>
    public static SvgChart Render(IEnumerable<BodyScore> rows, string title)
    {
        Guard.Against.Null(rows);
        Guard.Against.NullOrWhiteSpace(title);
        var list = rows.Select(r => Guard.Against.Null(r, nameof(rows))).ToList();
        var tied = list.GroupBy(r => r.Rank).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var labels = list.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Rank}. {r.Name}")).ToList();
        var labelWidth = Math.Min(MaxLabelWidth, labels.Select(l => MarkupText.EstimateWidth(l, FontSize)).DefaultIfEmpty(60).Max()) + 16;
        var top = 56d;
        var width = labelWidth + BarAreaWidth + 120;
        var height = top + (Math.Max(list.Count, 1) * (BarHeight + RowGap)) + 24;
        var svg = new SvgWriter(width, height, title);
        svg.Text(12, 22, title, size: 15, bold: true);
        svg.Rect(12, 34, 12, 12, ScoreColour).Text(28, 44, "得分", size: 11);
        svg.Rect(72, 34, 12, 12, TiedColour).Text(88, 44, "并列（得分、逾期事项、逾期回复均相同）", size: 11);
        if (list.Count == 0)
        {
            svg.Text(12, top + 14, "无数据 / No data", fill: "#666666");
            return new SvgChart(title, svg.Finish(), width, height, 0, drawn: true);
        }

        // One scale for both sides of the zero line: penalties can push a score below zero.
        var high = Math.Max(0, list.Max(r => r.Score));
        var low = Math.Min(0, list.Min(r => r.Score));
        var span = (double)Math.Max(1, high - low);
        var scale = BarAreaWidth / span;
        var zero = labelWidth + ((double)-low * scale);
        var y = top;
        for (var i = 0; i < list.Count; i++)
        {
            var row = list[i];
            var score = (double)row.Score;
            var colour = tied.Contains(row.Rank) ? TiedColour : ScoreColour;
            svg.Text(labelWidth - 8, y + 11, MarkupText.Fit(labels[i], labelWidth - 16, FontSize), anchor: "end", size: FontSize);
            var x = score >= 0 ? zero : zero + (score * scale);
            svg.Rect(x, y, Math.Abs(score) * scale, BarHeight, colour, Tooltip(row, tied.Contains(row.Rank)));
            var text = row.Score.ToString("0.00", CultureInfo.InvariantCulture) + (tied.Contains(row.Rank) ? " 并列" : string.Empty);
            svg.Text(score >= 0 ? x + (score * scale) + 4 : zero + 4, y + 11, text, size: FontSize, fill: "#444444");
            y += BarHeight + RowGap;
        }

        svg.Line(zero, top - 4, zero, y, "#888888");
        return new SvgChart(title, svg.Finish(), width, height, list.Count, drawn: true);
    }

    private static string Tooltip(BodyScore row, bool tied) => string.Create(
        CultureInfo.InvariantCulture,
        $"第{row.Rank}名{(tied ? "（并列）" : string.Empty)} {row.Name}：得分{row.Score:0.00}；事项{row.Items}项，按时报送{row.ReportedOnTime}项，绿灯{row.GreenItems}项，逾期{row.OverdueItems}项，逾期回复{row.LateReplies}次");

    private static string Period(Ranking ranking) => $"{SupervisionDays.Iso(ranking.Period.Start)}至{SupervisionDays.Iso(ranking.Period.End)}";
}
