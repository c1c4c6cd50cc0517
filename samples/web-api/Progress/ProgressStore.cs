using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>
/// The one place that maps stored rows to and from the library's progress objects. Today: a progress report is the
/// latest province-wide observation of each target. The tracking model re-points this class (a log of scoped
/// observations and status updates) without touching the endpoints or the table.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="catalog">The catalog the target ids belong to.</param>
public sealed class ProgressStore(ProgressDb db, PolicyCatalog catalog)
{
    /// <summary>Stores every entry of an uploaded report as a province-wide row.</summary>
    /// <param name="report">The report (already checked against the catalog by its reader).</param>
    /// <param name="source">Where it came from.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The number of rows stored.</returns>
    public async Task<int> AddAsync(ProgressReport report, string source, CancellationToken cancellationToken)
    {
        db.Observations.AddRange(report.Entries.Select(e => new ObservationRow
        {
            TargetId = e.TargetId,
            SubjectCode = ObservationRow.Province,
            ObservedOn = e.Observation.ObservedOn,
            Value = e.Observation.Value.Value,
            Unit = e.Observation.Value.Unit.Symbol,
            Source = source,
        }));
        return await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The latest province-wide observation of each target on or before <paramref name="asOf"/>, as a report.</summary>
    /// <param name="asOf">The last day counted.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The report.</returns>
    public async Task<ProgressReport> ReportAsOfAsync(NodaTime.LocalDate asOf, CancellationToken cancellationToken)
    {
        var rows = await db.Observations.AsNoTracking()
            .Where(o => o.SubjectCode == ObservationRow.Province)
            .ToListAsync(cancellationToken);
        var latest = rows
            .Where(o => o.ObservedOn <= asOf)
            .GroupBy(o => o.TargetId)
            .Select(g => g.OrderByDescending(o => o.ObservedOn).ThenByDescending(o => o.Id).First())
            .OrderBy(o => o.TargetId)
            .Select(o => new ProgressEntry(o.TargetId, new Observation(o.Value, Unit.Parse(o.Unit), o.ObservedOn)));
        return new ProgressReport(latest.Where(e => catalog.TryGetTarget(e.TargetId, out _)));
    }
}
