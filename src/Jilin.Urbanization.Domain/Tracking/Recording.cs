using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>The checks every entry's recording day and reporting body share (one rule for the three entry kinds).</summary>
internal static class Recording
{
    /// <summary>A recording day, refused when it is before the day the entry is about: nothing is reported before its day.</summary>
    public static LocalDate NotBefore(LocalDate recordedOn, LocalDate day, string name) =>
        recordedOn < day
            ? throw new ArgumentException($"Recorded on {LocalDatePattern.Iso.Format(recordedOn)}, before the day it is about ({LocalDatePattern.Iso.Format(day)}); an entry is reported on or after its day.", name)
            : recordedOn;

    /// <summary>A reporting body, refused when default.</summary>
    public static Subject Required(Subject by, string name) =>
        by.IsDefault ? throw new ArgumentException("A default Subject names no reporting body.", name) : by;
}
