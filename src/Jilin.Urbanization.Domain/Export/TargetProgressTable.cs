using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Labels;

using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>An implementation report's targets, one row per target and subject, each stating the as-of day and the day of knowledge.</summary>
public sealed class TargetProgressTable : ExportTable<TargetProgressRow>
{
    private static readonly ValueList<TableColumn<TargetProgressRow>> AllColumns = new TableColumn<TargetProgressRow>[]
    {
        new("asOf", r => r.AsOf),
        new("knownOn", r => r.KnownOn ?? string.Empty),
        new("targetId", r => r.TargetId),
        ReadableCells.Enum<TargetProgressRow, Targets.TargetBinding>("binding", r => EnumNames.ToJson(r.Binding), ReportText.Of),
        new("subject", r => r.Subject.Code),
        new("subjectName", r => r.Subject.Name),
        ReadableCells.Status<TargetProgressRow>("status", r => EnumNames.ToJson(r.Status)),
        ReadableCells.Bool<TargetProgressRow>("overdue", r => r.Overdue),
        ReadableCells.Targets<TargetProgressRow>("target", r => r.Target.ToString()),
        new("deadline", r => r.Deadline ?? string.Empty),
        new("observed", r => r.Observed?.ToString() ?? string.Empty),
        new("observedOn", r => r.ObservedOn ?? string.Empty),
        new("source", r => r.Source ?? string.Empty),
    }.ToValueList();

    private TargetProgressTable(IEnumerable<TargetProgressRow> rows)
        : base(rows)
    {
    }

    /// <inheritdoc/>
    public override ValueList<TableColumn<TargetProgressRow>> Columns => AllColumns;

    /// <inheritdoc/>
    public override string Name => "target-progress";

    /// <inheritdoc/>
    protected override JsonTypeInfo<IReadOnlyList<TargetProgressRow>> JsonTypeInfo => ExportJsonContext.Readable.IReadOnlyListTargetProgressRow;

    /// <summary>The table of <paramref name="report"/>'s targets.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static TargetProgressTable From(ImplementationReport report)
    {
        Guard.Against.Null(report);
        var names = ImplementationTracker.DirectoryFor(report.Scope.Catalog);
        var asOf = LocalDatePattern.Iso.Format(report.AsOf);
        var knownOn = LocalDatePattern.Iso.Format(report.KnownOn);
        return new TargetProgressTable(report.Targets.SelectMany(t => t.Results).Select(r => new TargetProgressRow(
            asOf,
            r.Target.Id.ToString(),
            r.Target.Binding,
            ReportSubject.Of(r.Subject, names),
            r.Status,
            r.IsOverdue,
            TargetTerms.Of(r.Target),
            r.Target.Deadline is { } d ? LocalDatePattern.Iso.Format(d.Date) : null,
            r.Latest is { } figure ? ReportQuantity.Of(figure.Value) : null,
            r.Latest is { } l ? LocalDatePattern.Iso.Format(l.ObservedOn) : null,
            r.Latest?.Source) { KnownOn = knownOn }).ToList());
    }
}
