using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Excel.Reading;

/// <summary>
/// The text a cell shows, from its stored value and number format: dates yyyy-MM-dd (with HH:mm:ss when the serial has a
/// time), percentages <c>78%</c>, other numbers in invariant culture at the shortest form that reads back the same
/// double (Excel stores <c>3.7999999999999998</c> for 3.8), booleans TRUE/FALSE, error values as Excel shows them.
/// </summary>
internal static class XlsxCellText
{
    private static readonly LocalDate Epoch1900 = new(1899, 12, 30);
    private static readonly LocalDate Epoch1904 = new(1904, 1, 1);

    // Serial 2958465 is 9999-12-31, the last day Excel shows.
    private const double LastSerial = 2958466;

    /// <summary>The text of a number cell.</summary>
    /// <param name="raw">The stored value (<c>v</c>), invariant culture.</param>
    /// <param name="kind">What the cell's number format makes of it.</param>
    /// <param name="date1904">Whether the workbook counts days from 1904 (old Mac Excel) instead of 1900.</param>
    public static string Number(string raw, XlsxNumberKind kind, bool date1904)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return raw;
        }

        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        switch (kind)
        {
            case XlsxNumberKind.Date when number >= 1 && number < LastSerial:
                return Date(number, date1904) ?? shortest;
            case XlsxNumberKind.Time when number >= 0 && number < LastSerial:
                return Time(number);
            case XlsxNumberKind.Percent when decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction)
                                              && Math.Abs(fraction) < 1e20m:
                return (fraction * 100m).ToString("0.############################", CultureInfo.InvariantCulture) + "%";
            default:
                return shortest;
        }
    }

    /// <summary>The text of an ISO 8601 date cell (<c>t="d"</c>): its day, and its time when it has one.</summary>
    public static string IsoDate(string raw)
    {
        var at = raw.IndexOf('T', StringComparison.Ordinal);
        if (at < 0)
        {
            return raw;
        }

        var time = raw[(at + 1)..].TrimEnd('Z');
        return time.TrimStart('0', ':', '.').Length == 0 ? raw[..at] : $"{raw[..at]} {time}";
    }

    /// <summary>The text of a boolean cell.</summary>
    public static string Boolean(string raw) => raw is "1" or "true" ? "TRUE" : raw is "0" or "false" ? "FALSE" : raw;

    private static string? Date(double serial, bool date1904)
    {
        var total = (long)Math.Round(serial * 86400, MidpointRounding.AwayFromZero);
        var (days, seconds) = ((int)(total / 86400), (int)(total % 86400));
        LocalDate day;
        if (date1904)
        {
            day = Epoch1904.PlusDays(days);
        }
        else if (days == 60)
        {
            // Lotus 1-2-3's leap day, which Excel keeps: 1900-02-29 does not exist, so no date is made of it.
            return null;
        }
        else
        {
            day = Epoch1900.PlusDays(days < 60 ? days + 1 : days);
        }

        var text = LocalDatePattern.Iso.Format(day);
        return seconds == 0 ? text : $"{text} {LocalTime.FromSecondsSinceMidnight(seconds):HH:mm:ss}";
    }

    private static string Time(double serial) =>
        LocalTime.FromSecondsSinceMidnight((int)((long)Math.Round(serial * 86400, MidpointRounding.AwayFromZero) % 86400)).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
