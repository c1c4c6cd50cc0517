using System.Globalization;
using NodaTime;

namespace Jilin.Urbanization.Domain.Parsing;

/// <summary>Reads a Chinese calendar date, <c>2022年09月19日</c>, into a NodaTime <see cref="LocalDate"/>.</summary>
internal static class LocalDatePattern
{
    public static bool TryParse(string text, out LocalDate date)
    {
        date = default;
        var year = text.IndexOf('年', StringComparison.Ordinal);
        var month = text.IndexOf('月', StringComparison.Ordinal);
        var day = text.IndexOf('日', StringComparison.Ordinal);
        if (year != 4 || month <= year + 1 || day <= month + 1 || day != text.Length - 1)
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, year), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.AsSpan(year + 1, month - year - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(text.AsSpan(month + 1, day - month - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || m is < 1 or > 12 || d < 1 || y < 1900 || d > CalendarSystem.Iso.GetDaysInMonth(y, m))
        {
            return false;
        }

        date = new LocalDate(y, m, d);
        return true;
    }
}
