using System.Globalization;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Labels;

/// <summary>
/// The summary line and the scope of a report as people read them, in a culture, from <see cref="ReportText"/>'s
/// resources (the report types' <c>ToString</c> stays English, for logs and debuggers). Counts of what entries did
/// are named by <see cref="ReportText.Of(EntryEffect, CultureInfo?)"/>'s labels, passed into the resource's slots.
/// </summary>
internal static class ReportSummary
{
    /// <summary>The summary line of an implementation report: <c>截至2023-01-15（知悉日期…）：目标44个，其中已完成…</c>.</summary>
    public static string Of(ImplementationReport report, CultureInfo? culture) =>
        ReportText.Format(
            "Text.ImplementationSummary",
            culture,
            LocalDatePattern.Iso.Format(report.AsOf),
            LocalDatePattern.Iso.Format(report.KnownOn),
            report.Targets.Count,
            report.CountOf(ComplianceStatus.Met),
            report.CountOf(ComplianceStatus.MetLate),
            report.CountOf(ComplianceStatus.OnTrack),
            report.CountOf(ComplianceStatus.Pending),
            report.CountOf(ComplianceStatus.NotMet),
            report.CountOf(ComplianceStatus.Unreported),
            report.Overdue.Count,
            report.Measures.Count,
            report.Measures.Count(m => m.Status is not null));

    /// <summary>The summary line of a compliance report.</summary>
    public static string Of(ComplianceReport report, CultureInfo? culture) =>
        ReportText.Format(
            "Text.ComplianceSummary",
            culture,
            LocalDatePattern.Iso.Format(report.AsOf),
            report.CountOf(ComplianceStatus.Met),
            report.CountOf(ComplianceStatus.NotMet),
            report.CountOf(ComplianceStatus.OnTrack),
            report.CountOf(ComplianceStatus.Pending),
            report.CountOf(ComplianceStatus.MetLate),
            report.Overdue.Count,
            report.Unreported.Count);

    /// <summary>What recording did: <c>共12条：新增9条，更正2条，撤回1条，重报（未变）0条，重复（未记入）0条</c>.</summary>
    public static string Of(RecordResult result, CultureInfo? culture) =>
        ReportText.Format("Text.RecordSummary", culture, [result.Entries.Count, .. Effects(result.CountOf, culture, EntryEffect.New, EntryEffect.Correction, EntryEffect.Withdrawal, EntryEffect.Unchanged, EntryEffect.Duplicate)]);

    /// <summary>What became known between two days of knowledge: the days, the entries by effect, the status changes.</summary>
    public static string Of(ChangeReport changes, CultureInfo? culture) =>
        ReportText.Format(
            "Text.ChangeSummary",
            culture,
            [
                LocalDatePattern.Iso.Format(changes.After),
                LocalDatePattern.Iso.Format(changes.Through),
                LocalDatePattern.Iso.Format(changes.AsOf),
                .. Effects(changes.CountOf, culture, EntryEffect.New, EntryEffect.Correction, EntryEffect.Withdrawal, EntryEffect.Unchanged),
                changes.Statuses.Count,
                ReportText.Get("Text.StatusChanged", culture),
            ]);

    /// <summary>The lights (三色预警) as of a day: the items of each colour and the items closed (销号).</summary>
    public static string Of(LightReport lights, CultureInfo? culture) =>
        ReportText.Format(
            "Text.LightSummary",
            culture,
            LocalDatePattern.Iso.Format(lights.AsOf),
            LocalDatePattern.Iso.Format(lights.KnownOn),
            lights.Items.Count,
            lights.CountOf(Light.Green),
            lights.CountOf(Light.Yellow),
            lights.CountOf(Light.Red),
            lights.CountOf(Light.Grey),
            lights.Closed.Count);

    /// <summary>The ranking (考评排名) of a period: the period and how many counties and departments are ranked.</summary>
    public static string Of(Ranking ranking, CultureInfo? culture) =>
        ReportText.Format(
            "Text.RankingSummary",
            culture,
            LocalDatePattern.Iso.Format(ranking.Period.Start),
            LocalDatePattern.Iso.Format(ranking.Period.End),
            ranking.Counties.Count,
            ranking.Departments.Count);

    /// <summary>
    /// What a scope covers: <c>牵头部门：省住房和城乡建设厅；填报单位：梅河口市（220581）</c>; departments by their short official
    /// names, subjects by name with the code beside it.
    /// </summary>
    public static string Of(TrackingScope scope, CultureInfo? culture)
    {
        var names = ImplementationTracker.DirectoryFor(scope.Catalog);
        var list = ReportText.Get("Scope.ListSeparator", culture);
        var parts = new List<string>();
        void Add<T>(string key, IReadOnlyCollection<T> items, Func<T, string> text)
        {
            if (items.Count > 0)
            {
                parts.Add(ReportText.Format(key, culture, string.Join(list, items.Select(text))));
            }
        }

        Add("Scope.Documents", scope.Documents, d => d.ToString());
        Add("Scope.Chapters", scope.Chapters, c => $"{c.Document}#{c.Chapter}");
        Add("Scope.Groups", scope.Groups, g => $"{g.Document}#{g.Group}");
        Add("Scope.Measures", scope.Measures, m => m.ToString());
        Add("Scope.Targets", scope.Targets, t => t.ToString());
        Add("Scope.LedBy", scope.LeadDepartments, d => d.Name);
        Add("Scope.Involving", scope.InvolvedDepartments, d => d.Name);
        Add("Scope.Subjects", scope.Subjects, s => ReportText.Format("Text.SubjectWithCode", culture, names.NameOf(s), s));
        return parts.Count == 0 ? ReportText.Get("Scope.Everything", culture) : string.Join(ReportText.Get("Scope.Separator", culture), parts);
    }

    /// <summary>Each effect's label and count, in order, for a resource's slots (label, count, label, count, …).</summary>
    private static IEnumerable<object?> Effects(Func<EntryEffect, int> count, CultureInfo? culture, params EntryEffect[] effects) =>
        effects.SelectMany(e => new object?[] { ReportText.Of(e, culture), count(e) });
}
