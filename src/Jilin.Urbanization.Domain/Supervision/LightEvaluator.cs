using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>The rules of <see cref="LightRules"/> applied to one item, and to every item of a scope (三色预警).</summary>
internal sealed class LightEvaluator(Supervisor supervisor)
{
    private const int TitleLength = 40;

    private LightRules Rules => supervisor.Rules;

    public LightReport Report(TrackingScope scope, LocalDate asOf, LocalDate knownOn)
    {
        var open = new List<ItemLight>();
        var closed = new List<SupervisedItem>();
        foreach (var (item, measure, target) in Items(scope, knownOn))
        {
            if (supervisor.Log.IsClosed(item, asOf, knownOn))
            {
                closed.Add(item);
            }
            else
            {
                open.Add(target is null ? OfMeasure(item, measure, asOf, knownOn) : OfTarget(item, measure, target, asOf, knownOn));
            }
        }

        var directory = supervisor.Tracker.Subjects;
        var lights = open.ToValueList();
        return new LightReport
        {
            AsOf = asOf,
            KnownOn = knownOn,
            Rules = Rules,
            Items = lights,
            Closed = closed.ToValueList(),
            Counties = Rollup(lights.Where(l => l.ResponsibleBody.Kind is SubjectKind.County or SubjectKind.Prefecture), l => l.ResponsibleBody, s => s.ToString(), directory.NameOf),
            Departments = Rollup(lights.Where(l => l.ResponsibleBody.Kind == SubjectKind.Department), l => l.ResponsibleBody, s => s.ToString(), directory.NameOf),
            Chapters = Rollup(lights, l => (l.Measure.DocumentId, l.ChapterNumber), c => $"{c.DocumentId}#{c.ChapterNumber}", c => supervisor.Catalog.GetDocument(c.DocumentId).GetChapter(c.ChapterNumber).Heading),
        };
    }

    public ItemLight Of(SupervisedItem item, LocalDate asOf, LocalDate knownOn)
    {
        var measure = supervisor.Catalog.GetMeasure(item.Measure);
        return item.Target is { } id ? OfTarget(item, measure, supervisor.Catalog.GetTarget(id), asOf, knownOn) : OfMeasure(item, measure, asOf, knownOn);
    }

    /// <summary>Every item of the scope: each target × the subjects it is evaluated for, each measure × its departments and the bodies that reported on it.</summary>
    public IEnumerable<(SupervisedItem Item, Measure Measure, TargetIndicator? Target)> Items(TrackingScope scope, LocalDate knownOn)
    {
        var tracker = supervisor.Tracker;
        foreach (var measure in supervisor.Catalog.Measures.Where(scope.Covers))
        {
            var bodies = measure.Responsibility.Departments.Select(d => Subject.OfDepartment(d.Department.Id))
                .Union(tracker.Log.ReportersOf(measure.Id, knownOn)).Where(scope.Covers).Distinct().Order();
            foreach (var body in bodies)
            {
                yield return (SupervisedItem.OfMeasure(measure.Id, body), measure, null);
            }

            foreach (var target in measure.Targets.Where(scope.Covers))
            {
                foreach (var subject in tracker.SubjectsFor(target, knownOn).Where(scope.Covers))
                {
                    yield return (SupervisedItem.OfTarget(target.Id, subject), measure, target);
                }
            }
        }
    }

    private ItemLight OfTarget(SupervisedItem item, Measure measure, TargetIndicator target, LocalDate asOf, LocalDate knownOn)
    {
        var result = supervisor.Tracker.Result(target, item.Subject, asOf, knownOn);
        var schedule = supervisor.Schedule(target.Id, item.Subject, asOf, knownOn);
        var deadline = target.Deadline?.Date;
        var evaluation = result.Evaluation;
        decimal? latest = evaluation is not null && evaluation.Observed.Unit.IsCompatibleWith(target.Unit) ? evaluation.Observed.Value : null;
        decimal? expected = schedule?.ExpectedOn(asOf);
        decimal? points = schedule is not null && latest is { } l ? schedule.PointsBehind(l, asOf) : null;
        var (light, reason) =
            result.Latest is null ? (deadline < asOf ? (Light.Red, LightReason.Overdue) : (Light.Grey, LightReason.NothingReported))
            : evaluation!.Satisfied ? (Light.Green, LightReason.Met)
            : deadline < asOf ? (Light.Red, LightReason.Overdue)
            : IsStale(result.Latest.ObservedOn, asOf) ? (Light.Red, LightReason.NoReportForAPeriod)
            : IsNear(deadline, asOf) ? (Light.Yellow, LightReason.NearDeadline)
            : points > Rules.YellowBehindPoints ? (Light.Yellow, LightReason.BehindSchedule)
            : (Light.Green, LightReason.OnSchedule);
        return new ItemLight
        {
            Item = item,
            Light = light,
            Reason = reason,
            ResponsibleBody = item.Subject.Kind == SubjectKind.Province ? LeadOf(measure) : item.Subject,
            Measure = measure.Id,
            ChapterNumber = measure.ChapterNumber,
            Deadline = deadline,
            LastReportedOn = result.Latest?.ObservedOn,
            Schedule = schedule,
            Expected = expected,
            Latest = latest,
            Gap = latest - expected,
            PointsBehind = points,
            Status = null,
            Title = target.Quote,
        };
    }

    private ItemLight OfMeasure(SupervisedItem item, Measure measure, LocalDate asOf, LocalDate knownOn)
    {
        var update = supervisor.Tracker.Log.LatestStatus(measure.Id, item.Subject, asOf, knownOn);
        var deadline = measure.Targets.Select(t => t.Deadline?.Date).Max();
        var (light, reason) =
            update is null ? (deadline < asOf ? (Light.Red, LightReason.Overdue) : (Light.Grey, LightReason.NothingReported))
            : update.Status == MeasureStatus.Completed ? (Light.Green, LightReason.Completed)
            : deadline < asOf ? (Light.Red, LightReason.Overdue)
            : IsStale(update.ReportedOn, asOf) ? (Light.Red, LightReason.NoReportForAPeriod)
            : update.Status is MeasureStatus.Delayed or MeasureStatus.Paused ? (Light.Yellow, LightReason.ReportedDelayed)
            : update.Status != MeasureStatus.Ongoing && IsNear(deadline, asOf) ? (Light.Yellow, LightReason.NearDeadline)
            : (Light.Green, LightReason.OnSchedule);
        var text = measure.CorrectedText;
        return new ItemLight
        {
            Item = item,
            Light = light,
            Reason = reason,
            ResponsibleBody = item.Subject,
            Measure = measure.Id,
            ChapterNumber = measure.ChapterNumber,
            Deadline = deadline,
            LastReportedOn = update?.ReportedOn,
            Schedule = null,
            Expected = null,
            Latest = null,
            Gap = null,
            PointsBehind = null,
            Status = update?.Status,
            Title = text.Length <= TitleLength ? text : string.Concat(text.AsSpan(0, TitleLength), "…"),
        };
    }

    /// <summary>The latest report is dated before the last whole reporting period began.</summary>
    private bool IsStale(LocalDate lastReported, LocalDate asOf) => lastReported < Rules.PeriodBefore(asOf).Start;

    private bool IsNear(LocalDate? deadline, LocalDate asOf) => deadline is { } d && d >= asOf && Period.DaysBetween(asOf, d) <= Rules.YellowWithinDays;

    /// <summary>A province-wide target's body: the measure's lead department (牵头部门), else the first department it names, else the province.</summary>
    private static Subject LeadOf(Measure measure) =>
        measure.Responsibility.Lead is { } lead ? Subject.OfDepartment(lead.Id)
        : measure.Responsibility.Departments.Count > 0 ? Subject.OfDepartment(measure.Responsibility.Departments[0].Department.Id)
        : Subject.Province;

    private static ValueList<LightRollup> Rollup<TKey>(IEnumerable<ItemLight> lights, Func<ItemLight, TKey> key, Func<TKey, string> text, Func<TKey, string> name)
        where TKey : notnull =>
        lights.GroupBy(key).OrderBy(g => g.Key).Select(g => new LightRollup { Key = text(g.Key), Name = name(g.Key), Items = g.ToValueList() }).ToValueList();
}
