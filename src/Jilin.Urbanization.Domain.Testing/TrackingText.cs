using System.Globalization;
using System.Runtime.CompilerServices;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Testing;

/// <summary>
/// The wording of failure messages shared by the assertions: a target with its figure, deadline and verbatim quote, a
/// measure with its text, a subject by its Chinese name, a result with the evaluation's explanation. Every line
/// is passed to FluentAssertions as an argument, never as part of the format string, so the texts' braces stay text.
/// </summary>
internal static class TrackingText
{
    /// <summary>How many items a list in a message shows before "… and N more".</summary>
    internal const int ListLimit = 12;

    private static readonly ConditionalWeakTable<PolicyCatalog, SubjectDirectory> Directories = new();

    /// <summary>A day as <c>uuuu-MM-dd</c>.</summary>
    internal static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The figure: <c>80 %</c>, or both bounds of a range (<c>3000-4000 户/社区</c>).</summary>
    internal static string Figure(TargetIndicator target) =>
        target.MaxValue is { } max ? $"{target.Value}-{max} {target.Unit.Symbol}" : $"{target.Value} {target.Unit.Symbol}";

    /// <summary>A target on one line: <c>…/68/t1 (Reaches 80 %, due 2025-12-31): 到2025年…</c>.</summary>
    internal static string Target(TargetIndicator target) =>
        $"{target.Id} ({target.Comparator} {Figure(target)}{(target.Deadline is { } d ? ", due " + Day(d.Date) : string.Empty)}): {target.Quote}";

    /// <summary>A measure on one line: <c>measure …/68: 实施…</c>.</summary>
    internal static string Measure(PolicyCatalog catalog, MeasureId id) =>
        $"measure {id}: {(catalog.TryGetMeasure(id, out var measure) ? measure.Text : "(measure not in the catalog)")}";

    /// <summary>The directory that names subjects for <paramref name="catalog"/>.</summary>
    internal static SubjectDirectory Directory(PolicyCatalog catalog) =>
        Directories.GetValue(catalog, c => new SubjectDirectory(DivisionRegistry.Default, c.Departments));

    /// <summary>A subject's Chinese name and canonical text: <c>梅河口市 (220581)</c>.</summary>
    internal static string Name(SubjectDirectory directory, Subject subject)
    {
        try
        {
            return $"{directory.NameOf(subject)} ({subject})";
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            return subject.IsDefault ? "(no subject)" : subject.ToString();
        }
    }

    /// <summary>Why a result has its status: the evaluation's explanation, or that nothing was reported.</summary>
    internal static string Why(TargetResult result, LocalDate? asOf) =>
        result.Evaluation is { } evaluation
            ? $"{result.Latest?.Observation.ToString() ?? evaluation.Observation.ToString()}{Source(result.Latest)} — {evaluation.Explanation}"
            : asOf is { } day ? $"no observation on or before {Day(day)}" : "no observation on or before the day of the question";

    /// <summary>One subject's result: <c>梅河口市 (220581): NotMet — 0 所 on 2022-12-20 — …</c>.</summary>
    internal static string Result(SubjectDirectory directory, TargetResult result, LocalDate? asOf) =>
        $"{Name(directory, result.Subject)}: {result.Status}{(result.IsOverdue ? " (overdue)" : string.Empty)} — {Why(result, asOf)}";

    /// <summary>
    /// The roll-up's results that <paramref name="include"/> selects: the reason for each reported one, the names only
    /// of the unreported ones, each list cut at <see cref="ListLimit"/>.
    /// </summary>
    internal static string Results(SubjectDirectory directory, TargetRollup rollup, LocalDate? asOf, Func<TargetResult, bool> include)
    {
        var included = rollup.Results.Where(include).ToList();
        var reported = included.Where(r => r.Status != ComplianceStatus.Unreported).Select(r => "    " + Result(directory, r, asOf));
        var unreported = included.Where(r => r.Status == ComplianceStatus.Unreported).Select(r => Name(directory, r.Subject)).ToList();
        var lines = Cut(reported, "    ").ToList();
        if (unreported.Count > 0)
        {
            lines.Add($"    unreported ({unreported.Count} of {rollup.Results.Count}{(asOf is { } d ? ", nothing on or before " + Day(d) : string.Empty)}): {string.Join("、", Cut(unreported, string.Empty))}");
        }

        return string.Join("\n", lines);
    }

    /// <summary>The first <see cref="ListLimit"/> items, then <c>… and N more</c>.</summary>
    internal static IEnumerable<string> Cut(IEnumerable<string> items, string indent)
    {
        var all = items.ToList();
        return all.Count <= ListLimit ? all : all.Take(ListLimit).Append($"{indent}… and {all.Count - ListLimit} more");
    }

    /// <summary>A status update on one line: <c>省民政厅 (department:civil-affairs) on 2022-12-20: Delayed — 叙述</c>.</summary>
    internal static string Update(SubjectDirectory directory, StatusUpdate update) =>
        $"{Name(directory, update.Reporter)} on {Day(update.ReportedOn)}: {update.Status}{(update.Narrative.Length > 0 ? " — " + update.Narrative : string.Empty)}";

    /// <summary>
    /// Wraps a multi-line text so FluentAssertions prints it as it is (a string argument would be printed quoted);
    /// an object that overrides <see cref="object.ToString"/> is printed by its text in FluentAssertions 6 and 7.
    /// </summary>
    internal static object Verbatim(string text) => new VerbatimText(text);

    private static string Source(ProgressObservation? observation) =>
        observation?.Source is { Length: > 0 } source ? $" ({source})" : string.Empty;

    private sealed class VerbatimText(string text)
    {
        public override string ToString() => text;
    }
}
