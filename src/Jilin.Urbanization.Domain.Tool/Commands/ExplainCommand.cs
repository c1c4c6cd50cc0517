using System.CommandLine;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tool.Output;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tool.Commands;

/// <summary>
/// <c>explain &lt;measure id|target id|department|county&gt;</c>: a measure's verbatim text, responsibility and lead
/// rule (牵头部门), its targets and latest statuses; a target's quote and figures; what a department leads; what a
/// county was asked and reported. Names resolve by the library's one rule (<see cref="SubjectDirectory"/>).
/// </summary>
internal static class ExplainCommand
{
    /// <summary>Builds the command and its examples.</summary>
    public static (Command Command, string[] Examples) Create(ToolContext context)
    {
        var what = new Argument<string>("what") { Description = "A measure id, a target id, a department or a county (any name the library resolves: 梅河口, 住建厅, 220581). 措施、指标、部门或县（市）。" };
        var log = ToolOptions.Log(required: false, "A tracking log, for the latest statuses and figures. 台账文件（可选）。");
        var asOf = ToolOptions.Day("--as-of", "The day the latest statuses are taken as of (default: today, Asia/Shanghai).");
        var command = new Command("explain", "Explain a measure, target, department or county. 解释措施、指标、部门或县（市）。") { what, log, asOf };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(
            context,
            parsed.GetValue(what)!,
            parsed.GetValue(log),
            parsed.GetValue(asOf))));
        return (command,
        [
            "jilin-urbanization explain jilin-2022-county-urbanization/26 --log tracking.json   # 措施 / a measure",
            "jilin-urbanization explain jilin-2022-county-urbanization/43/t1 --log tracking.json # 指标 / a target",
            "jilin-urbanization explain 住建厅                                                    # 部门 / a department",
            "jilin-urbanization explain 梅河口 --log tracking.json --as-of 2025-12-31             # 县（市）/ a county",
        ]);
    }

    private static int Run(ToolContext context, string what, string? logPath, LocalDate? asOfOption)
    {
        var log = logPath is null ? TrackingLog.Empty : LogFile.Read(context.Catalog, logPath, mustExist: true);
        var tracker = new ImplementationTracker(context.Catalog, log);
        // Today is asked of the clock (and the time-zone database loaded) only when there is a log to look into.
        var asOf = asOfOption ?? (log.Count == 0 ? default : SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date);
        var output = context.Environment.Out;
        var text = what.Trim();
        if (TargetId.TryParse(text, out var targetId) && context.Catalog.TryGetTarget(targetId, out var target))
        {
            ExplainTarget(output, tracker, target, asOf);
        }
        else if (MeasureId.TryParse(text, out var measureId))
        {
            ExplainMeasure(output, tracker, context.Catalog.GetMeasure(measureId), asOf);
        }
        else
        {
            // The library's one rule for names; its not-found error (with the nearest names) is a usage error.
            var subject = tracker.Subjects.Resolve(text);
            if (subject.Kind == SubjectKind.Department)
            {
                ExplainDepartment(output, tracker, subject, asOf);
            }
            else
            {
                ExplainPlace(output, tracker, subject, asOf);
            }
        }

        return ExitCodes.Success;
    }

    private static void ExplainMeasure(TextWriter output, ImplementationTracker tracker, Measure measure, LocalDate asOf)
    {
        var responsibility = measure.Responsibility;
        output.WriteLine($"{measure.Id} (chapter {measure.ChapterNumber}, group {measure.GroupNumber})");
        output.WriteLine($"Text 原文: {measure.Text}");
        output.WriteLine($"Responsibility 责任单位: {responsibility.Text}");
        output.WriteLine($"Lead 牵头部门: {(responsibility.Lead is { } lead ? lead.Name : "none (各负其责)")}; rule: {responsibility.Rule}");
        output.WriteLine($"  {responsibility.Explanation}");
        WriteTargets(output, measure.Targets);
        var reporters = tracker.Log.ReportersOf(measure.Id);
        output.WriteLine(Heading(tracker, "Latest statuses 最新进展", asOf, reporters.Count));
        foreach (var reporter in reporters)
        {
            if (tracker.Log.LatestStatus(measure.Id, reporter, asOf) is { } status)
            {
                output.WriteLine($"  {tracker.Subjects.NameOf(reporter)}: {status.Status} ({EntryText.Day(status.ReportedOn)}) {status.Narrative.ReplaceLineEndings(" ")}");
            }
        }
    }

    private static void ExplainTarget(TextWriter output, ImplementationTracker tracker, TargetIndicator target, LocalDate asOf)
    {
        var measure = tracker.Catalog.GetMeasure(target.MeasureId);
        output.WriteLine($"{target.Id}");
        output.WriteLine($"Quote 原文: {target.Quote}");
        output.WriteLine($"Target 指标: {target}");
        output.WriteLine($"Binds 约束对象: {target.Binding}");
        output.WriteLine($"Measure 所属措施: {measure.Id} {measure.Text}");
        output.WriteLine($"Lead 牵头部门: {(measure.Responsibility.Lead is { } lead ? lead.Name : "none (各负其责)")}");
        var subjects = tracker.Log.SubjectsOf(target.Id);
        output.WriteLine(Heading(tracker, "Latest figures 最新数据", asOf, subjects.Count));
        foreach (var subject in subjects)
        {
            var result = tracker.Evaluate(target.Id, subject, asOf);
            var latest = result.Latest is { } figure ? $"{figure.Value} ({EntryText.Day(figure.ObservedOn)})" : "withdrawn or not yet observed";
            output.WriteLine($"  {tracker.Subjects.NameOf(subject)}: {latest} → {result.Status}{(result.IsOverdue ? " (overdue 逾期)" : string.Empty)}");
        }
    }

    private static void ExplainDepartment(TextWriter output, ImplementationTracker tracker, Subject subject, LocalDate asOf)
    {
        var department = tracker.Catalog.Departments.Get(subject.DepartmentId!.Value);
        var led = tracker.Catalog.MeasuresLedBy(department.Id);
        var involved = tracker.Catalog.MeasuresInvolving(department.Id);
        output.WriteLine($"{department.Name} ({department.Id})");
        output.WriteLine($"Leads 牵头 {led.Count} measure(s), involved 参与 in {involved.Count}; leads {tracker.Catalog.TargetsLedBy(department.Id).Count} target(s).");
        foreach (var measure in led)
        {
            output.WriteLine($"  {measure.Id} {Shorten(measure.Text)}");
        }

        WriteStatusesBy(output, tracker, subject, asOf);
    }

    private static void ExplainPlace(TextWriter output, ImplementationTracker tracker, Subject subject, LocalDate asOf)
    {
        var name = tracker.Subjects.NameOf(subject);
        output.WriteLine($"{name} ({subject.Kind}{(subject.Division is { } code ? $", {code}" : string.Empty)})");
        if (tracker.Catalog.Places.TryFind(name, out var place))
        {
            var mentioning = tracker.Catalog.MeasuresMentioning(place.Id);
            output.WriteLine($"Named in 提及 {mentioning.Count} measure(s):");
            foreach (var measure in mentioning)
            {
                output.WriteLine($"  {measure.Id} {Shorten(measure.Text)}");
            }
        }
        else
        {
            output.WriteLine("Named in no measure text (its targets bind it as a county: 每个县(市)).");
        }

        var figures = tracker.Log.Observations.Where(o => o.Subject == subject).Select(o => o.TargetId).Distinct().Order().ToList();
        output.WriteLine(Heading(tracker, "Latest figures 最新数据", asOf, figures.Count));
        foreach (var targetId in figures)
        {
            var result = tracker.Evaluate(targetId, subject, asOf);
            var latest = result.Latest is { } figure ? $"{figure.Value} ({EntryText.Day(figure.ObservedOn)})" : "withdrawn or not yet observed";
            output.WriteLine($"  {targetId}: {latest} → {result.Status}{(result.IsOverdue ? " (overdue 逾期)" : string.Empty)}");
        }

        WriteStatusesBy(output, tracker, subject, asOf);
    }

    private static void WriteStatusesBy(TextWriter output, ImplementationTracker tracker, Subject reporter, LocalDate asOf)
    {
        var measures = tracker.Log.StatusUpdates.Where(s => s.Reporter == reporter).Select(s => s.Measure).Distinct().Order().ToList();
        output.WriteLine(Heading(tracker, "Latest statuses reported 最新进展", asOf, measures.Count));
        foreach (var measure in measures)
        {
            if (tracker.Log.LatestStatus(measure, reporter, asOf) is { } status)
            {
                output.WriteLine($"  {measure}: {status.Status} ({EntryText.Day(status.ReportedOn)}) {status.Narrative.ReplaceLineEndings(" ")}");
            }
        }
    }

    private static string Heading(ImplementationTracker tracker, string title, LocalDate asOf, int count) =>
        tracker.Log.Count == 0 ? $"{title}: no tracking log given (--log)"
        : count == 0 ? $"{title} as of {EntryText.Day(asOf)}: none reported"
        : $"{title} as of {EntryText.Day(asOf)}:";

    private static void WriteTargets(TextWriter output, ValueList<TargetIndicator> targets)
    {
        output.WriteLine(targets.Count == 0 ? "Targets 指标: none" : "Targets 指标:");
        foreach (var target in targets)
        {
            output.WriteLine($"  {target}");
        }
    }

    // Measure texts stay verbatim; a list line shows the start of one, marked as cut.
    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
