using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// An entry of the <see cref="SupervisionLog"/>: the day it is about (<see cref="Day"/>) and the day it became known
/// (<see cref="RecordedOn"/>, never before <see cref="Day"/>), so every question is asked as of a day and as known on a
/// day, as in the tracking log.
/// </summary>
public interface ISupervisionEntry
{
    /// <summary>The day the entry is about: a notice's issue, a reply, a verification, a reopening.</summary>
    LocalDate Day { get; }

    /// <summary>The day the office recorded it.</summary>
    LocalDate RecordedOn { get; }

    /// <summary>Who recorded it.</summary>
    Subject RecordedBy { get; }
}
