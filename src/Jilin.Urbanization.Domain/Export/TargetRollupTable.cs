using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Labels;

using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>The overall view of an implementation report: one row per target, rolled up over its subjects, stating the as-of day.</summary>
public sealed class TargetRollupTable : ExportTable<TargetRollupRow>
{
    private static readonly ValueList<TableColumn<TargetRollupRow>> AllColumns = new TableColumn<TargetRollupRow>[]
    {
        new("asOf", r => r.AsOf),
        new("targetId", r => r.TargetId),
        ReadableCells.Targets<TargetRollupRow>("target", r => r.Target.ToString()),
        new("deadline", r => r.Deadline ?? string.Empty),
        ReadableCells.Enum<TargetRollupRow, Targets.TargetBinding>("binding", r => EnumNames.ToJson(r.Binding), ReportText.Of),
        ReadableCells.Status<TargetRollupRow>("status", r => EnumNames.ToJson(r.Status)),
        ReadableCells.Bool<TargetRollupRow>("overdue", r => r.Overdue),
        new("subjects", r => ProgressText.Number(r.Subjects)),
        new("met", r => ProgressText.Number(r.Met)),
        ReadableCells.Subjects<TargetRollupRow>("notMeeting", r => r.NotMeeting),
        new("unreported", r => ProgressText.Number(r.Unreported)),
        new("quote", r => r.Quote),
    }.ToValueList();

    private TargetRollupTable(IEnumerable<TargetRollupRow> rows)
        : base(rows)
    {
    }

    /// <inheritdoc/>
    public override ValueList<TableColumn<TargetRollupRow>> Columns => AllColumns;

    /// <inheritdoc/>
    public override string Name => "target-rollup";

    /// <inheritdoc/>
    protected override JsonTypeInfo<IReadOnlyList<TargetRollupRow>> JsonTypeInfo => ExportJsonContext.Readable.IReadOnlyListTargetRollupRow;

    /// <summary>The overall table of <paramref name="report"/>.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static TargetRollupTable From(ImplementationReport report)
    {
        Guard.Against.Null(report);
        var asOf = LocalDatePattern.Iso.Format(report.AsOf);
        var names = ImplementationTracker.DirectoryFor(report.Scope.Catalog);
        return new TargetRollupTable(report.Targets.Select(t => new TargetRollupRow(
            asOf,
            t.Target.Id.ToString(),
            TargetTerms.Of(t.Target),
            t.Target.Deadline is { } d ? LocalDatePattern.Iso.Format(d.Date) : null,
            t.Target.Binding,
            t.Status,
            t.IsOverdue,
            t.Results.Count,
            t.MetCount,
            t.NotMeeting.Select(s => ReportSubject.Of(s, names)).ToValueList(),
            t.Unreported.Count,
            t.Target.Quote)).ToList());
    }
}
