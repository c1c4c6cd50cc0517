using Ardalis.GuardClauses;
using NodaTime;

namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>
/// Which day it is for compliance questions: deadlines are Jilin's calendar days, so "today" is the date in
/// China Standard Time (UTC+8; China keeps no daylight saving time).
/// </summary>
public static class ComplianceCalendar
{
    /// <summary>China Standard Time, UTC+8.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZone.ForOffset(Offset.FromHours(8));

    /// <summary>Today's date in China Standard Time by <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock; tests pass a NodaTime.Testing <c>FakeClock</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock)
    {
        Guard.Against.Null(clock);
        return clock.GetCurrentInstant().InZone(Zone).Date;
    }
}
