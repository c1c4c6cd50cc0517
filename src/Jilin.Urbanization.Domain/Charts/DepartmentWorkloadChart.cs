using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Queries;

namespace Jilin.Urbanization.Domain.Charts;

/// <summary>
/// Department workload as stacked bars: the measures a department leads (牵头) and those it shares without leading,
/// one bar per department, in the order given (<see cref="PolicyCatalog.RankDepartments"/> ranks them).
/// </summary>
public static class DepartmentWorkloadChart
{
    /// <summary>The colour of led measures.</summary>
    public const string LedColour = "#1a237e";

    /// <summary>The colour of measures shared without the lead.</summary>
    public const string SharedColour = "#90caf9";

    /// <summary>Draws the departments of <paramref name="workloads"/>; each non-zero led or shared count is one mark.</summary>
    /// <param name="workloads">The departments and their counts, drawn top to bottom.</param>
    /// <param name="title">The chart's title, or null for a standard one.</param>
    /// <param name="culture">The language of labels and legends, or null for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workloads"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">A workload leads more measures than it is involved in, or <paramref name="title"/> is empty or whitespace.</exception>
    public static SvgChart Render(IEnumerable<DepartmentWorkload> workloads, string? title = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(workloads);
        if (title is not null)
        {
            Guard.Against.NullOrWhiteSpace(title);
        }

        var bars = workloads.Select(w =>
        {
            Guard.Against.Null(w, nameof(workloads));
            if (w.Led > w.Involved || w.Led < 0)
            {
                throw new ArgumentException($"{w.Department.Name} leads {w.Led} measures but is involved in {w.Involved}.", nameof(workloads));
            }

            return new StatusBar(w.Department.Name, [new StatusCount(ReportText.Get("Chart.Led", culture), w.Led, LedColour), new StatusCount(ReportText.Get("Chart.Shared", culture), w.Involved - w.Led, SharedColour)]);
        }).ToList();
        return StatusChart.Render(bars, title ?? ReportText.Get("Chart.Workload", culture));
    }

    /// <summary>Draws the <paramref name="top"/> departments of <see cref="PolicyCatalog.RankDepartments"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="top">How many departments, most measures led first.</param>
    /// <param name="documentId">Only this document's measures, or null for every document.</param>
    /// <param name="culture">The language of labels and legends, or null for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="top"/> is zero or negative, or <paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No document has id <paramref name="documentId"/>.</exception>
    public static SvgChart Render(PolicyCatalog catalog, int top = 15, DocumentId? documentId = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(catalog);
        Guard.Against.NegativeOrZero(top);
        return Render(catalog.RankDepartments(documentId).Take(top), culture: culture);
    }
}
