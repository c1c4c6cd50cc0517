using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>The days supervision takes: those the tracking log takes (2000-01-01 to 2100-12-31), so day arithmetic never leaves NodaTime's range.</summary>
internal static class SupervisionDays
{
    public static LocalDate Require(LocalDate day, string name) =>
        day < TrackingRules.Earliest || day > TrackingRules.Latest
            ? throw new ArgumentOutOfRangeException(name, LocalDatePattern.Iso.Format(day), $"A supervision day is within {TrackingRules.RangeText}.")
            : day;

    public static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);

    public static string Chinese(LocalDate day) => $"{day.Year}年{day.Month}月{day.Day}日";
}
