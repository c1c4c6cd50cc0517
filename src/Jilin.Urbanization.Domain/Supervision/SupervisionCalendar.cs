using System.Text;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>What is due when for one responsible body (report days, deadlines, reply deadlines), as iCalendar.</summary>
internal sealed class SupervisionCalendar(Supervisor supervisor)
{
    public string For(Subject body, DateInterval range, LocalDate knownOn, Instant stamp)
    {
        var name = supervisor.Tracker.Subjects.NameOf(body);
        var calendar = new ICalendarText($"{name} 督查督办日历");
        var lights = supervisor.Lights(supervisor.Tracker.Scope(), range.Start, knownOn).Items.Where(l => l.ResponsibleBody == body).ToList();
        var rules = supervisor.Rules;
        if (lights.Count > 0)
        {
            // Report days: the due day of every reporting period that falls in the range.
            for (var period = rules.PeriodOf(range.Start).Start.PlusMonths(-rules.ReportEveryMonths); period <= range.End; period = period.PlusMonths(rules.ReportEveryMonths))
            {
                var end = period.PlusMonths(rules.ReportEveryMonths).PlusDays(-1);
                var due = end.PlusDays(rules.ReportDueDays);
                if (range.Contains(due))
                {
                    var label = $"{SupervisionDays.Chinese(period)}至{SupervisionDays.Chinese(end)}";
                    calendar.Event(Uid("report", body.ToString(), SupervisionDays.Iso(due)), stamp, due, $"报送截止：{label}进展", $"{name}报送{label}督办事项进展（{lights.Count}项）。", "报送");
                }
            }
        }

        foreach (var light in lights.Where(l => l.Deadline is { } d && range.Contains(d)).OrderBy(l => l.Deadline).ThenBy(l => l.Item))
        {
            calendar.Event(Uid("deadline", light.Item.ToString()), stamp, light.Deadline!.Value, $"到期：{light.Title}", $"{light.Item.ReferenceText}\n当前预警：{light.LightText}（{light.ReasonText}）", "到期");
        }

        foreach (var notice in supervisor.Log.NoticesTo(body, LocalDate.MaxIsoValue, knownOn).Where(n => range.Contains(n.ReplyBy)))
        {
            calendar.Event(Uid("reply", notice.Number), stamp, notice.ReplyBy, $"回复期限：{notice.LevelText}督办单{notice.Number}", $"{notice.BodyName}：{notice.Items.Count}项督办事项，{notice.Action}", "督办");
        }

        return calendar.Finish();
    }

    /// <summary>A stable UID: ASCII letters, digits and hyphens from the parts, and a hash of them so distinct parts never collide.</summary>
    private static string Uid(params string[] parts)
    {
        var joined = string.Join("|", parts);
        var ascii = new StringBuilder();
        foreach (var c in joined)
        {
            ascii.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var hash = 14695981039346656037UL;   // FNV-1a over UTF-16: the same on every run, unlike string.GetHashCode
        foreach (var c in joined)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return $"{ascii}-{hash:x16}@jilin-urbanization-domain";
    }
}
