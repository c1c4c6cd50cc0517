using System.Globalization;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>The score (考评) of every county and department for a period, by <see cref="ScoreWeights"/>, and the ranking with ties explained.</summary>
internal sealed class Scorer(Supervisor supervisor)
{
    public Ranking Rank(DateInterval period, ScoreWeights weights, LocalDate knownOn)
    {
        var lights = supervisor.Lights(supervisor.Tracker.Scope(), period.End, knownOn);
        var due = period.End.PlusDays(supervisor.Rules.ReportDueDays);
        var rows = new List<BodyScore>();
        foreach (var group in lights.Items.GroupBy(l => l.ResponsibleBody).OrderBy(g => g.Key))
        {
            var items = group.ToList();
            var onTime = items.Count(l => l.Reason is LightReason.Met or LightReason.Completed || ReportedOnTime(l.Item, period, LocalDate.Min(due, knownOn)));
            var green = items.Count(l => l.Light == Light.Green);
            var overdue = items.Count(l => l.Reason == LightReason.Overdue);
            var late = supervisor.Log.NoticesTo(group.Key, period.End, knownOn)
                .Count(n => period.Contains(n.ReplyBy) && (supervisor.Log.ReplyTo(n.Number, LocalDate.MaxIsoValue, knownOn) is not { } r || r.RepliedOn > n.ReplyBy));
            var score = (weights.OnTime * 100m * onTime / items.Count) + (weights.Green * 100m * green / items.Count) - (weights.PerOverdueItem * overdue) - (weights.PerLateReply * late);
            rows.Add(new BodyScore
            {
                Body = group.Key,
                Name = supervisor.Tracker.Subjects.NameOf(group.Key),
                Items = items.Count,
                ReportedOnTime = onTime,
                GreenItems = green,
                OverdueItems = overdue,
                LateReplies = late,
                Score = Math.Round(score, 2, MidpointRounding.AwayFromZero),
                Rank = 0,
            });
        }

        return new Ranking
        {
            Period = period,
            KnownOn = knownOn,
            Weights = weights,
            Counties = Ranked(rows.Where(r => r.Body.Kind is SubjectKind.County or SubjectKind.Prefecture)),
            Departments = Ranked(rows.Where(r => r.Body.Kind == SubjectKind.Department)),
        };
    }

    /// <summary>Best first: higher score, then fewer overdue items, then fewer late replies; rows equal on all three share a rank (1, 2, 2, 4).</summary>
    internal static ValueList<BodyScore> Ranked(IEnumerable<BodyScore> rows)
    {
        var sorted = rows.OrderByDescending(r => r.Score).ThenBy(r => r.OverdueItems).ThenBy(r => r.LateReplies).ThenBy(r => r.Body).ToList();
        var ranked = new List<BodyScore>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var row = sorted[i];
            var rank = i > 0 && SameOnAll(sorted[i - 1], row) ? ranked[i - 1].Rank : i + 1;
            var sameScore = sorted.Where(o => o != row && o.Score == row.Score).ToList();
            string? note = null;
            if (sameScore.Count > 0)
            {
                var score = row.Score.ToString("0.00", CultureInfo.InvariantCulture);
                var shared = sameScore.Where(o => SameOnAll(o, row)).Select(o => o.Name).ToList();
                note = shared.Count > 0
                    ? $"与{Names(shared)}并列第{rank}名：得分{score}、逾期事项{row.OverdueItems}项、逾期回复{row.LateReplies}次均相同"
                    : $"得分{score}与{Names(sameScore.Select(o => o.Name).ToList())}相同，按逾期事项（本单位{row.OverdueItems}项）、逾期回复（{row.LateReplies}次）由少到多排序";
            }

            ranked.Add(row with { Rank = rank, TieNote = note });
        }

        return ranked.ToValueList();
    }

    /// <summary>Up to five names, then how many more (…等33个单位): a note stays short however many share a rank.</summary>
    private static string Names(List<string> names) =>
        names.Count <= 5 ? string.Join("、", names) : $"{string.Join("、", names.Take(5))}等{names.Count}个单位";

    private static bool SameOnAll(BodyScore a, BodyScore b) => a.Score == b.Score && a.OverdueItems == b.OverdueItems && a.LateReplies == b.LateReplies;

    private bool ReportedOnTime(SupervisedItem item, DateInterval period, LocalDate recordedBy)
    {
        var versions = item.Target is { } target ? supervisor.Tracker.Log.Versions(target, item.Subject) : supervisor.Tracker.Log.Versions(item.Measure, item.Subject);
        return versions.Any(v => v.Entry is not Withdrawal && period.Contains(v.Entry.Key.Day) && v.Entry.RecordedOn <= recordedBy);
    }
}
