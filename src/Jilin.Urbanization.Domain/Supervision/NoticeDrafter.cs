using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// Which notices (督办单) are due, and in which colour. A body with yellow or red items gets a notice unless its last
/// notice's reply deadline has not passed yet (it is awaiting a reply). The colour follows the notices already issued:
/// blue for a body's first, and again after a notice answered by its reply deadline; one colour above the last
/// (blue → orange → red; red stays red) when the last was not answered by its reply deadline.
/// </summary>
internal sealed class NoticeDrafter(Supervisor supervisor)
{
    public NoticeLevel? NextLevel(Subject body, LocalDate asOf, LocalDate knownOn)
    {
        var notices = supervisor.Log.NoticesTo(body, asOf, knownOn);
        var last = notices.Count == 0 ? null : notices[^1];
        if (last is null)
        {
            return NoticeLevel.Blue;
        }

        if (asOf <= last.ReplyBy)
        {
            return null;   // awaiting the reply
        }

        var reply = supervisor.Log.ReplyTo(last.Number, asOf, knownOn);
        return reply is not null && reply.RepliedOn <= last.ReplyBy ? NoticeLevel.Blue
            : last.Level == NoticeLevel.Blue ? NoticeLevel.Orange
            : NoticeLevel.Red;
    }

    public ValueList<Notice> Draft(TrackingScope scope, LocalDate asOf, LocalDate knownOn)
    {
        var lights = supervisor.Lights(scope, asOf, knownOn);
        var directory = supervisor.Tracker.Subjects;
        var year = asOf.Year;
        var issuedThisYear = supervisor.Log.Notices.Count(n => n.RecordedOn <= knownOn && n.IssuedOn.Year == year);
        var notices = new List<Notice>();
        foreach (var group in lights.Items.Where(l => l.Light is Light.Yellow or Light.Red).GroupBy(l => l.ResponsibleBody).OrderBy(g => g.Key))
        {
            if (NextLevel(group.Key, asOf, knownOn) is not { } level)
            {
                continue;
            }

            var before = supervisor.Log.NoticesTo(group.Key, asOf, knownOn);
            var last = before.Count == 0 ? null : before[^1];
            var name = directory.NameOf(group.Key);
            notices.Add(new Notice
            {
                Number = $"督办〔{year}〕{issuedThisYear + notices.Count + 1}号",
                Body = group.Key,
                BodyName = group.Key.Kind == SubjectKind.Department ? name : name + "人民政府",
                Level = level,
                IssuedOn = asOf,
                ReplyBy = asOf.PlusDays(supervisor.Rules.ReplyWithinDays),
                Follows = last?.Number,
                Items = group.OrderByDescending(l => l.Light == Light.Red).ThenBy(l => l.Item)
                    .Select(l => new NoticeItem { Item = l.Item, Light = l.Light, Title = l.Title, Situation = l.ReasonText, Deadline = l.Deadline }).ToValueList(),
                Action = Notice.DefaultAction(level),
                RecordedOn = asOf,
                RecordedBy = Subject.Province,
            });
        }

        return notices.ToValueList();
    }
}
