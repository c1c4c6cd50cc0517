using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Charts;

/// <summary>
/// A timeline of target deadlines: one row per target with a deadline, sorted by deadline, then document, measure number and target number; a dot on a
/// time axis at the deadline day, coloured by commitment level (确保, 力争 …), labelled with the target's id and
/// metric. Targets without a deadline are counted in a note, not drawn.
/// </summary>
public static class DeadlineTimeline
{
    private const double RowHeight = 18;
    private const double PlotLeft = 16;
    private const double PlotWidth = 360;
    private const double LabelWidth = 720;
    private const double Top = 64;

    /// <summary>Draws every target of the catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="culture">The language of labels and legends, or null for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static SvgChart Render(PolicyCatalog catalog, CultureInfo? culture = null)
    {
        Guard.Against.Null(catalog);
        return Render(catalog.Targets, culture: culture);
    }

    /// <summary>Draws the given targets; each target with a deadline is one mark.</summary>
    /// <param name="targets">The targets.</param>
    /// <param name="title">The chart's title, or null for a standard one.</param>
    /// <param name="culture">The language of labels and legends, or null for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or whitespace.</exception>
    public static SvgChart Render(IEnumerable<TargetIndicator> targets, string? title = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(targets);
        if (title is not null)
        {
            Guard.Against.NullOrWhiteSpace(title);
        }

        title ??= ReportText.Get("Chart.Deadlines", culture);
        var all = targets.Select(t => Guard.Against.Null(t, nameof(targets))).ToList();
        var dated = all.Where(t => t.Deadline is not null)
            .OrderBy(t => t.Deadline!.Date)
            .ThenBy(t => t.MeasureId.DocumentId)
            .ThenBy(t => t.MeasureId.Number)
            .ThenBy(t => t.Number)
            .ToList();
        var undated = all.Count - dated.Count;
        var width = PlotLeft + PlotWidth + LabelWidth;
        var height = Top + (Math.Max(dated.Count, 1) * RowHeight) + 48;
        var svg = new SvgWriter(width, height, title);
        svg.Text(12, 22, title, size: 15, bold: true);
        var x = 12d;
        foreach (var level in Enum.GetValues<CommitmentLevel>().Where(l => dated.Any(t => t.Commitment == l)))
        {
            var name = ReportText.Of(level, culture);
            svg.Circle(x + 6, 40, 5, ComplianceColours.Of(level)).Text(x + 15, 44, name, size: 11);
            x += 15 + MarkupText.EstimateWidth(name, 11) + 14;
        }

        if (dated.Count == 0)
        {
            svg.Text(12, Top + 14, ReportText.Get("Chart.NoDeadline", culture), fill: "#666666");
            return new SvgChart(title, svg.Finish(), width, height, 0, drawn: true);
        }

        var first = new LocalDate(dated[0].Deadline!.Date.Year, 1, 1);
        var last = new LocalDate(dated[^1].Deadline!.Date.Year + 1, 1, 1);
        var days = Math.Max(1, Period.Between(first, last, PeriodUnits.Days).Days);
        double X(LocalDate date) => PlotLeft + (PlotWidth * Period.Between(first, date, PeriodUnits.Days).Days / days);
        var bottom = Top + (dated.Count * RowHeight);
        for (var year = first.Year; year <= last.Year; year++)
        {
            var gx = X(new LocalDate(year, 1, 1));
            svg.Line(gx, Top - 6, gx, bottom, "#cccccc", dashed: true)
                .Text(gx, Top - 10, year.ToString(CultureInfo.InvariantCulture), anchor: "middle", size: 11, fill: "#555555");
        }

        var y = Top;
        foreach (var target in dated)
        {
            var deadline = target.Deadline!;
            var day = LocalDatePattern.Iso.Format(deadline.Date);
            var cy = y + (RowHeight / 2);
            svg.Line(PlotLeft, cy, PlotLeft + PlotWidth, cy, "#f0f0f0");
            svg.Circle(X(deadline.Date), cy, 5, ComplianceColours.Of(target.Commitment),
                $"{target.Id} — {target.Metric}: {target.Quote} — {ReportText.Format("Text.Due", culture, day)} ({deadline.Quote ?? "—"}), {ReportText.Of(target.Commitment, culture)}");
            var label = $"{day}  {target.Id}  {target.Metric}";
            svg.Text(PlotLeft + PlotWidth + 12, cy + 4, MarkupText.Fit(label, LabelWidth - 24, 11), size: 11);
            y += RowHeight;
        }

        svg.Line(PlotLeft, bottom, PlotLeft + PlotWidth, bottom, "#888888");
        if (undated > 0)
        {
            svg.Text(12, bottom + 28, ReportText.Format("Chart.Undated", culture, undated), size: 11, fill: "#666666");
        }

        return new SvgChart(title, svg.Finish(), width, height, dated.Count, drawn: true);
    }

}
