using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Charts;

/// <summary>
/// Horizontal stacked bars of counts by status, one bar per row given (a department, a county, a document …), with
/// a legend of the statuses in the order they first appear. Generic on purpose: any report that counts items by
/// status per subject can be drawn by turning its rows into <see cref="StatusBar"/>s
/// (<see cref="ComplianceStatusBars"/> does it for a compliance report).
/// </summary>
public static class StatusChart
{
    private const double FontSize = 12;
    private const double BarHeight = 20;
    private const double RowGap = 8;
    private const double BarAreaWidth = 520;
    private const double MaxLabelWidth = 280;

    /// <summary>Draws the bars; each non-zero count is one mark, with a tooltip naming the bar, the status and the count.</summary>
    /// <param name="bars">The bars, drawn top to bottom in this order.</param>
    /// <param name="title">The chart's title.</param>
    /// <returns>The chart; with no bars, a chart that says so.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bars"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or whitespace.</exception>
    public static SvgChart Render(IEnumerable<StatusBar> bars, string title)
    {
        Guard.Against.Null(bars);
        Guard.Against.NullOrWhiteSpace(title);
        var rows = bars.Select(b => Guard.Against.Null(b, nameof(bars))).ToValueList();
        var legend = Legend(rows);
        var labelWidth = Math.Min(MaxLabelWidth, rows.Select(r => MarkupText.EstimateWidth(r.Label, FontSize)).DefaultIfEmpty(60).Max()) + 16;
        var top = 56d;
        var width = labelWidth + BarAreaWidth + 60;
        var height = top + (Math.Max(rows.Count, 1) * (BarHeight + RowGap)) + 24;
        var svg = new SvgWriter(width, height, title);
        svg.Text(12, 22, title, size: 15, bold: true);

        var x = 12d;
        foreach (var (status, colour) in legend)
        {
            svg.Rect(x, 34, 12, 12, colour).Text(x + 16, 44, status, size: 11);
            x += 16 + MarkupText.EstimateWidth(status, 11) + 14;
        }

        if (rows.Count == 0)
        {
            svg.Text(12, top + 14, "No data / 无数据", fill: "#666666");
            return new SvgChart(title, svg.Finish(), width, height, 0, drawn: true);
        }

        var max = Math.Max(1, rows.Max(r => r.Total));
        var scale = BarAreaWidth / max;
        var marks = 0;
        var y = top;
        foreach (var row in rows)
        {
            svg.Text(labelWidth - 8, y + 14, MarkupText.Fit(row.Label, labelWidth - 16, FontSize), anchor: "end");
            var barX = labelWidth;
            foreach (var count in row.Counts.Where(c => c.Count > 0))
            {
                var w = count.Count * scale;
                svg.Rect(barX, y, w, BarHeight, count.Colour, $"{row.Label}: {count.Status} {count.Count}");
                if (w >= MarkupText.EstimateWidth(MarkupText.Number(count.Count), 11) + 6)
                {
                    svg.Text(barX + (w / 2), y + 14, MarkupText.Number(count.Count), anchor: "middle", size: 11, fill: "#ffffff");
                }

                barX += w;
                marks++;
            }

            svg.Text(barX + 6, y + 14, MarkupText.Number(row.Total), size: 11, fill: "#444444");
            y += BarHeight + RowGap;
        }

        svg.Line(labelWidth, top - 4, labelWidth, y, "#888888");
        return new SvgChart(title, svg.Finish(), width, height, marks, drawn: true);
    }

    private static List<(string Status, string Colour)> Legend(ValueList<StatusBar> rows)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var legend = new List<(string, string)>();
        foreach (var count in rows.SelectMany(r => r.Counts))
        {
            if (seen.Add(count.Status))
            {
                legend.Add((count.Status, count.Colour));
            }
        }

        return legend;
    }
}
