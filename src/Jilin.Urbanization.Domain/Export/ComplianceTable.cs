using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Labels;

using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>A compliance report's per-target results as a table.</summary>
public sealed class ComplianceTable : ExportTable<ComplianceRow>
{
    private static readonly ValueList<TableColumn<ComplianceRow>> AllColumns = new TableColumn<ComplianceRow>[]
    {
        new("targetId", r => r.TargetId),
        ReadableCells.Status<ComplianceRow>("status", r => Data.EnumNames.ToJson(r.Status)),
        new("observed", r => r.Observed.Value.ToString(CultureInfo.InvariantCulture)),
        new("observedOn", r => r.ObservedOn),
        new("target", r => r.Target.Value.ToString(CultureInfo.InvariantCulture)),
        new("unit", r => r.Target.Unit),
        ReadableCells.Enum<ComplianceRow, Targets.Comparator>("comparator", r => Data.EnumNames.ToJson(r.Comparator), ReportText.Of),
        new("margin", r => r.Margin.Value.ToString(CultureInfo.InvariantCulture)),
        new("deadline", r => r.Deadline ?? string.Empty),
        ReadableCells.Enum<ComplianceRow, Targets.CommitmentLevel>("commitment", r => Data.EnumNames.ToJson(r.Commitment), ReportText.Of),
        ReadableCells.Bool<ComplianceRow>("overdue", r => r.Overdue),
        new("explanation", r => r.Explanation),
    }.ToValueList();

    private ComplianceTable(IEnumerable<ComplianceRow> rows)
        : base(rows)
    {
    }

    /// <inheritdoc/>
    public override ValueList<TableColumn<ComplianceRow>> Columns => AllColumns;

    /// <inheritdoc/>
    public override string Name => "compliance";

    /// <inheritdoc/>
    protected override JsonTypeInfo<IReadOnlyList<ComplianceRow>> JsonTypeInfo => ExportJsonContext.Readable.IReadOnlyListComplianceRow;

    /// <summary>The per-target results of <paramref name="report"/>, in report order.</summary>
    /// <param name="report">The compliance report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ComplianceTable From(ComplianceReport report)
    {
        Guard.Against.Null(report);
        var overdue = report.Overdue.Select(t => t.Id).ToHashSet();
        return new ComplianceTable(report.Results.Select(r => new ComplianceRow(
            r.TargetId.ToString(),
            r.Status,
            ReportQuantity.Of(r.Observed),
            LocalDatePattern.Iso.Format(r.Observation.ObservedOn),
            ReportQuantity.Of(r.Target),
            r.Comparator,
            ReportQuantity.Of(r.Margin),
            r.Deadline is { } d ? LocalDatePattern.Iso.Format(d) : null,
            r.Commitment,
            overdue.Contains(r.TargetId),
            r.Explanation)).ToList());
    }
}
