using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Labels;

using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Targets;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>Target indicators as a table: id, measure, metric, quote, comparator, value, unit, deadline, commitment, kind, binding, lead.</summary>
public sealed class TargetTable : ExportTable<TargetRow>
{
    private static readonly ValueList<TableColumn<TargetRow>> AllColumns = new TableColumn<TargetRow>[]
    {
        new("id", r => r.Id),
        new("measureId", r => r.MeasureId),
        new("metric", r => r.Metric),
        new("quote", r => r.Quote),
        ReadableCells.Enum<TargetRow, Comparator>("comparator", r => r.Comparator, ReportText.Of),
        new("value", r => r.Value.ToString(CultureInfo.InvariantCulture)),
        new("maxValue", r => r.MaxValue?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
        new("unit", r => r.Unit),
        new("deadline", r => r.Deadline ?? string.Empty),
        ReadableCells.Enum<TargetRow, CommitmentLevel>("commitment", r => r.Commitment, ReportText.Of),
        ReadableCells.Bool<TargetRow>("basically", r => r.Basically),
        new("kind", r => r.Kind),
        ReadableCells.Enum<TargetRow, TargetBinding>("binding", r => r.Binding, ReportText.Of),
        new("lead", r => r.Lead ?? string.Empty),
    }.ToValueList();

    private TargetTable(IEnumerable<TargetRow> rows)
        : base(rows)
    {
    }

    /// <inheritdoc/>
    public override ValueList<TableColumn<TargetRow>> Columns => AllColumns;

    /// <inheritdoc/>
    public override string Name => "targets";

    /// <inheritdoc/>
    protected override JsonTypeInfo<IReadOnlyList<TargetRow>> JsonTypeInfo => ExportJsonContext.Readable.IReadOnlyListTargetRow;

    /// <summary>A table of target indicators of a catalog, in the order given.</summary>
    /// <param name="catalog">The catalog the targets belong to (for the lead department).</param>
    /// <param name="targets">The targets, e.g. <c>catalog.TargetsDueBy(...)</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or a target is null.</exception>
    /// <exception cref="KeyNotFoundException">A target's measure is not in <paramref name="catalog"/>.</exception>
    public static TargetTable From(PolicyCatalog catalog, IEnumerable<TargetIndicator> targets)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(targets);
        return new TargetTable(targets.Select(t =>
        {
            Guard.Against.Null(t, nameof(targets));
            return new TargetRow(
                t.Id.ToString(),
                t.MeasureId.ToString(),
                t.Metric,
                t.Quote,
                Data.EnumNames.ToJson(t.Comparator),
                t.Value,
                t.MaxValue,
                t.Unit.Symbol,
                t.Deadline is { } d ? LocalDatePattern.Iso.Format(d.Date) : null,
                Data.EnumNames.ToJson(t.Commitment),
                t.Basically,
                Data.EnumNames.ToJson(t.Kind),
                Data.EnumNames.ToJson(t.Binding),
                catalog.GetMeasure(t.MeasureId).Responsibility.Lead?.Name);
        }).ToList());
    }
}
