using NodaTime;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// One entry of a <see cref="TrackingLog"/>: a figure (<see cref="ProgressObservation"/>), a status update
/// (<see cref="StatusUpdate"/>) or a withdrawal (<see cref="Withdrawal"/>). Every entry says what it is about
/// (<see cref="Key"/>), when it was recorded (填报日期) and by whom (填报单位); the log never edits an entry: a
/// correction (更正) or withdrawal (撤回) is a later entry of the same key.
/// </summary>
public interface ITrackingEntry
{
    /// <summary>What the entry is a version of: target × subject × day, or measure × reporter × day.</summary>
    EntryKey Key { get; }

    /// <summary>The day the entry was reported (填报日期); knowledge "as known on" a day holds the entries recorded on or before it.</summary>
    LocalDate RecordedOn { get; }

    /// <summary>The body that reported it (填报单位).</summary>
    Subject RecordedBy { get; }

    /// <summary>Why this version was sent (更正原因, 撤回原因), or null.</summary>
    string? Reason { get; }
}
