using System.CommandLine;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tool.Output;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Commands;

/// <summary>
/// <c>changes --log … --from … --to …</c>: what became known after one day of knowledge through another — entries new,
/// corrected (更正), withdrawn (撤回), and the statuses that changed — as <see cref="ImplementationTracker.Changes"/> says.
/// </summary>
internal static class ChangesCommand
{
    /// <summary>Builds the command and its examples.</summary>
    public static (Command Command, string[] Examples) Create(ToolContext context)
    {
        var log = ToolOptions.Log(required: true, "The tracking log. 台账文件。");
        var from = ToolOptions.Day("--from", "The earlier day of knowledge; entries recorded on it are not changes (上次报告的知悉日期).", required: true);
        var to = ToolOptions.Day("--to", "The later day of knowledge, included.", required: true);
        var asOf = ToolOptions.Day("--as-of", "The day statuses are evaluated for (default: --to).");
        var scope = ToolOptions.Scope();
        var output = ToolOptions.Out(required: false, ReportFiles.ChangeFormats);
        var lang = ToolOptions.Lang();
        var command = new Command("changes", "What changed between two days of knowledge. 两个知悉日期之间的变化。") { log, from, to, asOf, scope, output, lang };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(
            context,
            parsed.GetValue(log)!,
            parsed.GetValue(from)!.Value,
            parsed.GetValue(to)!.Value,
            parsed.GetValue(asOf),
            parsed.GetValue(scope) ?? [],
            parsed.GetValue(output),
            ToolOptions.CultureOf(parsed.GetValue(lang)))));
        return (command,
        [
            "jilin-urbanization changes --log tracking.json --from 2025-10-10 --to 2025-10-31                 # 打印到屏幕 / print the table",
            "jilin-urbanization changes --log tracking.json --from 2025-10-10 --to 2025-10-31 --out changes.csv",
        ]);
    }

    private static int Run(ToolContext context, string logPath, NodaTime.LocalDate from, NodaTime.LocalDate to, NodaTime.LocalDate? asOf, string[] scopeValues, string? outPath, System.Globalization.CultureInfo culture)
    {
        if (to < from)
        {
            throw new UsageException($"--to {EntryText.Day(to)} is before --from {EntryText.Day(from)}");
        }

        if (outPath is not null)
        {
            _ = ReportFiles.FormatOf(outPath, ReportFiles.ChangeFormats);
        }

        var tracker = new ImplementationTracker(context.Catalog, LogFile.Read(context.Catalog, logPath, mustExist: true));
        var scope = ScopeText.Apply(tracker.Scope(), scopeValues);
        var changes = tracker.Changes(scope, asOf ?? to, after: from, through: to);
        var output = context.Environment.Out;
        output.WriteLine(ReportText.Summary(changes, culture));
        if (outPath is null)
        {
            output.WriteLine();
            output.Write(ChangeTable.From(changes).ToMarkdown(culture));
        }
        else
        {
            output.WriteLine($"changes written to {ReportFiles.Save(changes, outPath, culture)} (变化表已写入)");
        }

        return ExitCodes.Success;
    }
}
