using System.Globalization;
using System.Text;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// Writes iCalendar (RFC 5545) by hand, so the core needs no calendar package: CRLF line ends, TEXT escaped
/// (backslash, semicolon, comma, line breaks), content lines folded at 75 octets of UTF-8 without splitting a
/// character, all-day events as <c>VALUE=DATE</c>.
/// </summary>
internal sealed class ICalendarText
{
    private const int LineOctets = 75;
    private readonly StringBuilder text = new();

    public ICalendarText(string name)
    {
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Jilin.Urbanization.Domain//Supervision//ZH");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(name));
    }

    /// <summary>An all-day event on <paramref name="day"/>.</summary>
    public void Event(string uid, Instant stamp, LocalDate day, string summary, string description, string category)
    {
        Line("BEGIN:VEVENT");
        Line("UID:" + Escape(uid));
        Line("DTSTAMP:" + stamp.ToDateTimeUtc().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        Line("DTSTART;VALUE=DATE:" + Date(day));
        Line("DTEND;VALUE=DATE:" + Date(day.PlusDays(1)));
        Line("SUMMARY:" + Escape(summary));
        Line("DESCRIPTION:" + Escape(description));
        Line("CATEGORIES:" + Escape(category));
        Line("TRANSP:TRANSPARENT");
        Line("END:VEVENT");
    }

    public string Finish()
    {
        Line("END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>RFC 5545 §3.3.11: backslash, semicolon and comma escaped, line breaks as <c>\n</c>.</summary>
    internal static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': escaped.Append("\\\\"); break;
                case ';': escaped.Append("\\;"); break;
                case ',': escaped.Append("\\,"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r' or '\n': escaped.Append("\\n"); break;
                default:
                    // Other control characters are not allowed in TEXT (§3.1): a space stands for them.
                    escaped.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>RFC 5545 §3.1: a content line longer than 75 octets is folded with CRLF and a space, never inside a UTF-8 sequence.</summary>
    internal static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + 8);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > LineOctets)
            {
                folded.Append("\r\n ");
                octets = 1;   // the leading space counts
            }

            folded.Append(rune.ToString());
            octets += size;
        }

        return folded.ToString();
    }

    private static string Date(LocalDate day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private void Line(string line) => text.Append(Fold(line)).Append("\r\n");
}
