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

    /// <summary>The last instant whose date in China Standard Time NodaTime represents.</summary>
    private static readonly Instant LastInstant = LocalDate.MaxIsoValue.At(LocalTime.MaxValue).InZoneStrictly(DateTimeZone.ForOffset(Offset.FromHours(8))).ToInstant();

    /// <summary>Today's date in China Standard Time by <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock; tests pass a NodaTime.Testing <c>FakeClock</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The clock's instant falls on a day beyond the last date NodaTime represents (9999-12-31) in China Standard Time.
    /// </exception>
    public static LocalDate Today(IClock clock)
    {
        Guard.Against.Null(clock);
        var now = clock.GetCurrentInstant();
        if (now > LastInstant)
        {
            throw new ArgumentOutOfRangeException(nameof(clock), now, "The clock's instant is after the last day NodaTime represents in China Standard Time (9999-12-31).");
        }

        return now.InZone(Zone).Date;
    }

}
