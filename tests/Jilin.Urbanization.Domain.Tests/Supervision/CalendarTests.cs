using System.Diagnostics;
using System.Text;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using NodaTime.Testing;
using static Jilin.Urbanization.Domain.Tests.Supervision.SupervisionFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Supervision;

/// <summary>A body's calendar as iCalendar (RFC 5545): written by the core, read by Python's icalendar.</summary>
public class CalendarTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2025, 12, 6, 8, 30));

    private static string MeihekouCalendar()
    {
        var supervisor = Supervise(new ImplementationTracker(Policies, TrackingLog.Empty));
        var blue = NoticeEscalationTests.DraftFor(supervisor, Meihekou, Day(2023, 1, 10));
        return supervisor.Record(blue).Calendar(Meihekou, new DateInterval(Day(2022, 10, 1), Day(2023, 3, 31)), Day(2023, 1, 10), Clock);
    }

    [Fact]
    public void The_calendar_holds_report_days_deadlines_and_reply_deadlines_with_the_clocks_stamp()
    {
        var ics = MeihekouCalendar();

        ics.Should().StartWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").And.EndWith("END:VCALENDAR\r\n");
        ics.Should().Contain("DTSTAMP:20251206T083000Z");
        ics.Should().Contain("DTSTART;VALUE=DATE:20221231", "the care home's deadline");
        ics.Should().Contain("DTSTART;VALUE=DATE:20230110", "the report of 2022 Q4 is due ten days after it");
        ics.Should().Contain("DTSTART;VALUE=DATE:20230120", "the blue notice's reply deadline");
    }

    [Fact]
    public void Every_line_is_at_most_75_octets_and_ends_with_crlf()
    {
        var ics = MeihekouCalendar();

        ics.Replace("\r\n", "\n", StringComparison.Ordinal).Should().NotContain("\r");
        foreach (var line in ics.Split("\r\n"))
        {
            Encoding.UTF8.GetByteCount(line).Should().BeLessThanOrEqualTo(75, line);
        }
    }

    [Fact]
    public void Text_is_escaped_and_long_lines_fold_between_characters()
    {
        ICalendarText.Escape("a,b;c\\d\ne").Should().Be("a\\,b\\;c\\\\d\\ne");
        var folded = ICalendarText.Fold("SUMMARY:" + new string('县', 40));

        folded.Split("\r\n ").Should().OnlyContain(part => Encoding.UTF8.GetByteCount(part) <= 75);
        folded.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Should().Be("SUMMARY:" + new string('县', 40));
    }

    [Fact]
    public void Pythons_icalendar_reads_the_calendar_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"meihekou-{Guid.NewGuid():N}.ics");
        File.WriteAllText(path, MeihekouCalendar(), new UTF8Encoding(false));
        const string Script = "import sys, icalendar\n"
            + "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
            + "events = [c for c in cal.walk('VEVENT')]\n"
            + "print(len(events))\n"
            + "for e in events: print(e.decoded('DTSTART').isoformat(), str(e.get('SUMMARY')))\n";
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(path);
        start.Environment["PYTHONIOENCODING"] = "utf-8";

        using var python = Process.Start(start)!;
        var output = python.StandardOutput.ReadToEnd();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();
        File.Delete(path);

        python.ExitCode.Should().Be(0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int.Parse(lines[0], System.Globalization.CultureInfo.InvariantCulture).Should().Be(lines.Length - 1).And.BeGreaterThan(2);
        lines.Should().Contain(l => l.StartsWith("2023-01-20 回复期限：蓝色督办单督办〔2023〕", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("2022-12-31 到期：每个县(市)2022年底前至少建有一所", StringComparison.Ordinal));
    }
}
