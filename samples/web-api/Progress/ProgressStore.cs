using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using Microsoft.EntityFrameworkCore;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>
/// The one place that maps stored rows to and from the library's tracking model: observations and status updates
/// become a <see cref="TrackingLog"/>, checked by an <see cref="ImplementationTracker"/> before anything is stored.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="catalog">The catalog the ids belong to.</param>
public sealed class ProgressStore(ProgressDb db, PolicyCatalog catalog)
{
    /// <summary>Everything stored, as a log.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The log, in upload order.</returns>
    public async Task<TrackingLog> LoadAsync(CancellationToken cancellationToken)
    {
        var observations = await db.Observations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var updates = await db.StatusUpdates.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return new TrackingLog(
            observations.Select(o => new ProgressObservation(o.TargetId, o.Subject, new Observation(o.Value, Unit.Parse(o.Unit), o.ObservedOn), o.Source, o.Note)),
            updates.Select(s => new StatusUpdate(s.MeasureId, s.Reporter, s.ReportedOn, s.Status, s.Narrative, s.Source)));
    }

    /// <summary>A tracker over everything stored.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The tracker.</returns>
    public async Task<ImplementationTracker> TrackerAsync(CancellationToken cancellationToken) =>
        new(catalog, await LoadAsync(cancellationToken));

    /// <summary>
    /// Checks <paramref name="upload"/> together with what is stored (a tracker over both: responsibility, one figure per
    /// target, subject and day, …) and stores it only if all of it fits.
    /// </summary>
    /// <param name="upload">The uploaded entries (already checked on their own by their reader).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The number of observations and status updates stored.</returns>
    /// <exception cref="ArgumentException">An entry does not fit the catalog or what is stored; the message names it. Nothing is stored.</exception>
    public async Task<(int Observations, int StatusUpdates)> AddAsync(TrackingLog upload, CancellationToken cancellationToken)
    {
        _ = new ImplementationTracker(catalog, (await LoadAsync(cancellationToken)).Merge(upload));
        db.Observations.AddRange(upload.Observations.Select(o => new ObservationRow
        {
            TargetId = o.TargetId,
            Subject = o.Subject,
            ObservedOn = o.Observation.ObservedOn,
            Value = o.Observation.Value.Value,
            Unit = o.Observation.Value.Unit.Symbol,
            Source = o.Source,
            Note = o.Note,
        }));
        db.StatusUpdates.AddRange(upload.StatusUpdates.Select(s => new StatusUpdateRow
        {
            MeasureId = s.Measure,
            Reporter = s.Reporter,
            ReportedOn = s.ReportedOn,
            Status = s.Status,
            Narrative = s.Narrative,
            Source = s.Source,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return (upload.Observations.Count, upload.StatusUpdates.Count);
    }
}
