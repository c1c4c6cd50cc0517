using System.CommandLine;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tool.Output;

namespace Jilin.Urbanization.Domain.Tool.Commands;

/// <summary>
/// <c>notices --log … [--supervision …] --as-of … [--known-on …] [--scope …] --out &lt;folder&gt;</c>: the notices
/// (督办单) due on a day, one per responsible body with yellow or red items, in the colour the escalation rules give
/// (<see cref="Supervisor.DraftNotices(Tracking.TrackingScope, NodaTime.LocalDate, NodaTime.LocalDate)"/>), each
/// written into the folder as a printable HTML page (A4) and an Excel workbook. Drafts: the logs are not changed.
/// </summary>
internal static class NoticesCommand
{
    /// <summary>Builds the command and its examples.</summary>
    public static (Command Command, string[] Examples) Create(ToolContext context)
    {
        var log = ToolOptions.Log(required: true, "The tracking log. 台账文件。");
        var supervision = ToolOptions.Supervision();
        var asOf = ToolOptions.Day("--as-of", "The issue day of the notices (签发日期).", required: true);
        var knownOn = ToolOptions.Day("--known-on", "The day of knowledge (default: everything in the logs). 知悉日期。");
        var scope = ToolOptions.Scope();
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write the notices into, each as .html (printable, A4) and .xlsx (created if missing). 输出文件夹。",
            HelpName = "folder",
            Required = true,
        };
        var issue = new Option<bool>("--issue")
        {
            Description = "Issue them: record the notices in the supervision log (--supervision, created if missing), atomically, so the next notices escalate from them. 签发并记入督办台账。",
        };
        var command = new Command("notices", "Draft the notices (督办单) due on a day, one per responsible body with yellow or red items; --issue records them. 生成督办单。") { log, supervision, asOf, knownOn, scope, output, issue };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(
            context,
            parsed.GetValue(log)!,
            parsed.GetValue(supervision),
            parsed.GetValue(asOf)!.Value,
            parsed.GetValue(knownOn),
            parsed.GetValue(scope) ?? [],
            parsed.GetValue(output)!,
            parsed.GetValue(issue),
            cancellationToken)));
        return (command,
        [
            "jilin-urbanization notices --log tracking.json --as-of 2025-12-31 --out notices/   # 每个单位一份 / one per body",
            "jilin-urbanization notices --log tracking.json --supervision supervision.json --as-of 2025-12-31 --out notices/ --issue   # 签发并记入督办台账 / issue them",
            "jilin-urbanization notices --log tracking.json --supervision supervision.json --as-of 2026-01-11 --scope 梅河口 --out notices/   # 逾期未回复则升级 / escalates",
        ]);
    }

    private static int Run(ToolContext context, string logPath, string? supervisionPath, NodaTime.LocalDate asOf, NodaTime.LocalDate? knownOn, string[] scopeValues, string folder, bool issue, CancellationToken cancellationToken)
    {
        if (File.Exists(folder))
        {
            throw new UsageException($"--out {folder}: is a file; notices are written into a folder");
        }

        if (issue && supervisionPath is null)
        {
            throw new UsageException("--issue records the notices in the supervision log: name it with --supervision");
        }

        var supervisor = SupervisorFiles.Open(context, logPath, supervisionPath, supervisionMustExist: !issue);
        var scope = ScopeText.Apply(supervisor.Tracker.Scope(), scopeValues);
        var notices = supervisor.DraftNotices(scope, asOf, knownOn ?? KnownNow(supervisor, asOf));
        var written = SupervisionFiles.SaveNotices(notices, folder, cancellationToken);
        var writer = context.Environment.Out;
        foreach (var notice in notices)
        {
            // A notice is a Chinese document: its line reads as its heading does (督办事项 N 项，其中红灯 N 项，回复期限).
            writer.WriteLine($"{notice.Number} {notice.LevelText}督办单 → {notice.BodyName}：督办事项{notice.Items.Count}项，其中红灯{notice.Items.Count(i => i.Light == Light.Red)}项，{EntryText.Day(notice.ReplyBy)}前回复");
        }

        writer.WriteLine($"{notices.Count} notice(s) written to {Path.GetFullPath(folder)} as .html and .xlsx, {written.Count} file(s) (已生成 {notices.Count} 份督办单)");
        if (issue && notices.Count > 0)
        {
            // Each notice is checked as it is recorded (a new number, a known body, items); then the log is written at once.
            var issued = notices.Aggregate(supervisor, (s, notice) => s.Record(notice));
            SupervisionFiles.WriteLogAtomically(issued.Log, supervisionPath!, cancellationToken);
            writer.WriteLine($"{notices.Count} notice(s) issued: recorded in {Path.GetFullPath(supervisionPath!)} (已签发，记入督办台账)");
        }

        return ExitCodes.Success;
    }

    /// <summary>The last day either log recorded anything, else the issue day: the default of <see cref="Supervisor.Lights(Tracking.TrackingScope, NodaTime.LocalDate)"/>.</summary>
    private static NodaTime.LocalDate KnownNow(Supervisor supervisor, NodaTime.LocalDate asOf) =>
        (supervisor.Tracker.Log.LastRecordedOn, supervisor.Log.LastRecordedOn) switch
        {
            (null, null) => asOf,
            var (tracked, supervised) => NodaTime.LocalDate.Max(tracked ?? NodaTime.LocalDate.MinIsoValue, supervised ?? NodaTime.LocalDate.MinIsoValue),
        };
}
