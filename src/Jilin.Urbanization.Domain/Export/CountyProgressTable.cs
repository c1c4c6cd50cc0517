using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>An implementation report per county: its results on the per-county targets, what is overdue, its latest statuses.</summary>
public sealed class CountyProgressTable : ExportTable<CountyProgressRow>
{
    private static readonly ValueList<TableColumn<CountyProgressRow>> AllColumns = new TableColumn<CountyProgressRow>[]
    {
        new("asOf", r => r.AsOf),
        new("code", r => r.County.Code),
        new("county", r => r.County.Name),
        new("met", r => ProgressText.Number(r.Met)),
        new("onTrack", r => ProgressText.Number(r.OnTrack)),
        new("pending", r => ProgressText.Number(r.Pending)),
        new("notMet", r => ProgressText.Number(r.NotMet)),
        new("unreported", r => ProgressText.Number(r.Unreported)),
        ReadableCells.Targets<CountyProgressRow>("overdue", r => JoinList(r.Overdue.Select(o => o.ToString()))),
        ReadableCells.MeasureStatuses<CountyProgressRow>("statusUpdates", r => JoinList(r.StatusUpdates.Select(s => s.ToString()))),
    }.ToValueList();

    private CountyProgressTable(IEnumerable<CountyProgressRow> rows)
        : base(rows)
    {
    }

    /// <inheritdoc/>
    public override ValueList<TableColumn<CountyProgressRow>> Columns => AllColumns;

    /// <inheritdoc/>
    public override string Name => "county-progress";

    /// <inheritdoc/>
    protected override JsonTypeInfo<IReadOnlyList<CountyProgressRow>> JsonTypeInfo => ExportJsonContext.Readable.IReadOnlyListCountyProgressRow;

    /// <summary>The per-county table of <paramref name="report"/>.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static CountyProgressTable From(ImplementationReport report)
    {
        Guard.Against.Null(report);
        var asOf = LocalDatePattern.Iso.Format(report.AsOf);
        return new CountyProgressTable(report.Counties.Select(c => new CountyProgressRow(
            asOf,
            new ReportSubject(c.Division.Code.ToString(), c.Division.Name, c.Subject.Kind),
            c.CountOf(ComplianceStatus.Met) + c.CountOf(ComplianceStatus.MetLate),
            c.CountOf(ComplianceStatus.OnTrack),
            c.CountOf(ComplianceStatus.Pending),
            c.CountOf(ComplianceStatus.NotMet),
            c.CountOf(ComplianceStatus.Unreported),
            c.Overdue.Select(r => OverdueTarget.Of(r.Target)).ToValueList(),
            c.StatusUpdates.Select(u => new LatestStatus(u.Measure.ToString(), u.Status)).ToValueList())).ToList());
    }
}
