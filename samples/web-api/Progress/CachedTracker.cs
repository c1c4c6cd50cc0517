using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>A tracker over exactly the stored rows at or below <see cref="Marks"/> (the same log a fresh load of those rows gives).</summary>
/// <param name="Tracker">The tracker.</param>
/// <param name="Marks">The rows it holds.</param>
public sealed record CachedTracker(ImplementationTracker Tracker, HighWaterMarks Marks)
{
    /// <summary>Readable form: the marks and the log's size.</summary>
    public override string ToString() => $"{Tracker.Log.Count} entries ({Marks})";
}
