using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// A withdrawal (撤回): from its recording day on, the figure or status of <see cref="Entry"/> is no longer known.
/// Nothing is deleted: the withdrawn version stays in the log, and any report as known on an earlier day still shows
/// it. A later entry of the same key reports it anew.
/// </summary>
public sealed record Withdrawal : ITrackingEntry
{
    /// <summary>Creates a withdrawal.</summary>
    /// <param name="entry">The key withdrawn (<see cref="EntryKey.Figure"/> or <see cref="EntryKey.Status"/>).</param>
    /// <param name="recordedOn">The day of the withdrawal (填报日期).</param>
    /// <param name="recordedBy">The body that withdraws it (填报单位).</param>
    /// <param name="reason">Why (撤回原因), or null.</param>
    /// <exception cref="ArgumentException"><paramref name="entry"/> or <paramref name="recordedBy"/> is default; <paramref name="recordedOn"/> is before the day of <paramref name="entry"/>; <paramref name="reason"/> holds a lone surrogate.</exception>
    public Withdrawal(EntryKey entry, LocalDate recordedOn, Subject recordedBy, string? reason = null)
    {
        if (entry.IsDefault)
        {
            throw new ArgumentException("A default EntryKey names nothing to withdraw.", nameof(entry));
        }

        Entry = entry;
        RecordedOn = Recording.NotBefore(recordedOn, entry.Day, nameof(recordedOn));
        RecordedBy = Recording.Required(recordedBy, nameof(recordedBy));
        Reason = reason;
    }

    /// <summary>The key withdrawn.</summary>
    public EntryKey Entry { get; }

    /// <inheritdoc/>
    EntryKey ITrackingEntry.Key => Entry;

    /// <inheritdoc/>
    public LocalDate RecordedOn { get; }

    /// <inheritdoc/>
    public Subject RecordedBy { get; }

    /// <inheritdoc/>
    public string? Reason { get; }

    /// <summary>Readable form: <c>withdrawn on 2025-10-20 by 梅河口市 (220581): …/43/t1 for 梅河口市 (220581) on 2025-09-30</c>.</summary>
    public override string ToString() => $"withdrawn on {LocalDatePattern.Iso.Format(RecordedOn)} by {SubjectText.Readable(RecordedBy)}: {Entry}";
}
