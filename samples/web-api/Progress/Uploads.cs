using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>Names the entries of an upload the way a caller finds them: <c>observation 3</c>, <c>status update 1</c>, <c>withdrawal 2</c> (each counted from 1 within its kind, in the order sent).</summary>
public static class Uploads
{
    /// <summary>Every entry of the upload with its name.</summary>
    /// <param name="upload">The upload.</param>
    public static IReadOnlyList<(string Name, ITrackingEntry Entry)> Named(TrackingLog upload) =>
    [
        .. upload.Observations.Select((e, i) => ($"observation {i + 1}", (ITrackingEntry)e)),
        .. upload.StatusUpdates.Select((e, i) => ($"status update {i + 1}", (ITrackingEntry)e)),
        .. upload.Withdrawals.Select((e, i) => ($"withdrawal {i + 1}", (ITrackingEntry)e)),
    ];
}
