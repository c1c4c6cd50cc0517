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
        ReadableCells.Status<ComplianceRow>("status", r => r.Status),
        new("observed", r => r.Observed.ToString(CultureInfo.InvariantCulture)),
        new("observedOn", r => r.ObservedOn),
        new("target", r => r.Target.ToString(CultureInfo.InvariantCulture)),
        new("unit", r => r.Unit),
        ReadableCells.Enum<ComplianceRow, Targets.Comparator>("comparator", r => r.Comparator, ReportText.Of),
        new("margin", r => r.Margin.ToString(CultureInfo.InvariantCulture)),
        new("deadline", r => r.Deadline ?? string.Empty),
        ReadableCells.Enum<ComplianceRow, Targets.CommitmentLevel>("commitment", r => r.Commitment, ReportText.Of),
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
            Data.EnumNames.ToJson(r.Status),
            r.Observed.Value,
            LocalDatePattern.Iso.Format(r.Observation.ObservedOn),
            r.Target.Value,
            r.Target.Unit.Symbol,
            Data.EnumNames.ToJson(r.Comparator),
            r.Margin.Value,
            r.Deadline is { } d ? LocalDatePattern.Iso.Format(d) : null,
            Data.EnumNames.ToJson(r.Commitment),
            overdue.Contains(r.TargetId),
            r.Explanation)).ToList());
    }
}
