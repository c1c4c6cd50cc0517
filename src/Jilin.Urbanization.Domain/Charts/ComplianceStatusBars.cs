using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;

namespace Jilin.Urbanization.Domain.Charts;

/// <summary>
/// Turns a <see cref="ComplianceReport"/> into rows for a <see cref="StatusChart"/>: counts by
/// <see cref="ComplianceStatus"/> (met, met late, on track, pending, not met) and the unreported targets last, as
/// <see cref="ComplianceStatus.Unreported"/>, in <see cref="ComplianceColours"/>. Each target counts once.
/// </summary>
public static class ComplianceStatusBars
{
    /// <summary>The stacking order of the statuses, <see cref="ComplianceStatus.Unreported"/> last.</summary>
    internal static readonly ComplianceStatus[] Order =
        [ComplianceStatus.Met, ComplianceStatus.MetLate, ComplianceStatus.OnTrack, ComplianceStatus.Pending, ComplianceStatus.NotMet, ComplianceStatus.Unreported];

    /// <summary>One bar for the whole report, the unreported targets included.</summary>
    /// <param name="report">The report.</param>
    /// <param name="label">The bar's label, or null for 全部目标 / All targets.</param>
    /// <param name="culture">The language of labels and legends, or null for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is empty or whitespace.</exception>
    public static StatusBar Overall(ComplianceReport report, string? label = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(report);
        return Bar(label ?? ReportText.Get("Text.AllTargets", culture), report.Results.Select(r => r.Status), report.Unreported.Count, culture);
    }

    /// <summary>
    /// One bar per lead department (牵头部门) of the targets' measures, most targets first, then by name; measures with
    /// no single lead (按职责分工负责, 分别负责) are counted under <c>no single lead</c>, last.
    /// </summary>
    /// <param name="catalog">The catalog the report's targets belong to.</param>
    /// <param name="report">The report.</param>
    /// <param name="includeUnreported">Whether targets nobody reported on count, as <see cref="ComplianceColours.UnreportedName"/>.</param>
    /// <param name="culture">The language of labels and legends, or null for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="report"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A target of the report is not in <paramref name="catalog"/>.</exception>
    public static ValueList<StatusBar> ByLeadDepartment(PolicyCatalog catalog, ComplianceReport report, bool includeUnreported = true, CultureInfo? culture = null)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(report);
        var NoLead = ReportText.Get("Text.NoSingleLead", culture);
        string LeadOf(Targets.TargetId targetId) => catalog.GetMeasure(catalog.GetTarget(targetId).MeasureId).Responsibility.Lead?.Name ?? NoLead;

        var statuses = report.Results.Select(r => (Lead: LeadOf(r.TargetId), Status: (ComplianceStatus?)r.Status));
        var unreported = includeUnreported
            ? report.Unreported.Select(id => (Lead: LeadOf(id), Status: (ComplianceStatus?)null))
            : [];
        return statuses.Concat(unreported)
            .GroupBy(x => x.Lead, StringComparer.Ordinal)
            .OrderBy(g => g.Key == NoLead ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Bar(g.Key, g.Where(x => x.Status is not null).Select(x => x.Status!.Value), g.Count(x => x.Status is null), culture))
            .ToValueList();
    }

    /// <summary>One bar per document, in catalog order (documents with no target in the report are left out).</summary>
    /// <param name="catalog">The catalog the report's targets belong to.</param>
    /// <param name="report">The report.</param>
    /// <param name="includeUnreported">Whether targets nobody reported on count.</param>
    /// <param name="culture">The language of labels and legends, or null for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="report"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A target of the report is not in <paramref name="catalog"/>.</exception>
    public static ValueList<StatusBar> ByDocument(PolicyCatalog catalog, ComplianceReport report, bool includeUnreported = true, CultureInfo? culture = null)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(report);
        Documents.DocumentId DocumentOf(Targets.TargetId targetId) => catalog.GetTarget(targetId).MeasureId.DocumentId;
        return catalog.Documents
            .Select(d => (
                Document: d,
                Statuses: report.Results.Where(r => DocumentOf(r.TargetId) == d.Id).Select(r => r.Status).ToList(),
                Unreported: includeUnreported ? report.Unreported.Count(id => DocumentOf(id) == d.Id) : 0))
            .Where(x => x.Statuses.Count + x.Unreported > 0)
            .Select(x => Bar($"{x.Document.Year} {x.Document.Id}", x.Statuses, x.Unreported, culture))
            .ToValueList();
    }

    private static StatusBar Bar(string label, IEnumerable<ComplianceStatus> statuses, int unreported, CultureInfo? culture) =>
        Bar(label, statuses.Concat(Enumerable.Repeat(ComplianceStatus.Unreported, unreported)), culture);

    /// <summary>One bar counting each status once, in <see cref="Order"/>; unknown values are refused.</summary>
    internal static StatusBar Bar(string label, IEnumerable<ComplianceStatus> statuses, CultureInfo? culture)
    {
        var counts = statuses.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        foreach (var status in counts.Keys.Where(s => !Order.Contains(s)))
        {
            throw new ArgumentOutOfRangeException(nameof(statuses), status, "Not a defined compliance status.");
        }

        return new StatusBar(label, Order.Select(s => new StatusCount(ReportText.Of(s, culture), counts.GetValueOrDefault(s), ComplianceColours.Of(s))));
    }
}
