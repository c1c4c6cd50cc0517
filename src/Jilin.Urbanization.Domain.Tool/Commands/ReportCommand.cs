using System.CommandLine;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tool.Input;
using Jilin.Urbanization.Domain.Tool.Output;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Commands;

/// <summary>
/// <c>report [&lt;file|dir&gt;…] [--log …] --as-of … [--known-on …] [--scope …] --out …</c>: the implementation report as
/// of a day and as known on a day (a pure function of both: issued again, the same bytes), in the format the extension
/// names. Its entries are the log's, plus those of the files named (read as <c>check</c> reads them, recorded in memory
/// only: the log file is not changed), so one command turns a folder of sent files into a report.
/// </summary>
internal static class ReportCommand
{
    /// <summary>Builds the command and its examples.</summary>
    public static (Command Command, string[] Examples) Create(ToolContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Files (.csv, .tsv, .json, .xlsx; Chinese or English headers) or folders to report on as well, without recording them. 一并统计的报送文件（不写入台账）。",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var log = ToolOptions.Log(required: false, "The tracking log (a log, files, or both). 台账文件。");
        var asOf = ToolOptions.Day("--as-of", "The day the report describes (截至日期).", required: true);
        var knownOn = ToolOptions.Day("--known-on", "The day of knowledge: only entries recorded on or before it count (default: everything in the log). 知悉日期。");
        var scope = ToolOptions.Scope();
        var output = ToolOptions.Out(required: true, ReportFiles.ImplementationFormats);
        var lang = ToolOptions.Lang();
        var command = new Command("report", "Issue the implementation report (落实情况报告) as of a day. 出具落实情况报告。") { files, log, asOf, knownOn, scope, output, lang };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(
            context,
            parsed.GetValue(files) ?? [],
            parsed.GetValue(log),
            parsed.GetValue(asOf)!.Value,
            parsed.GetValue(knownOn),
            parsed.GetValue(scope) ?? [],
            parsed.GetValue(output)!,
            ToolOptions.CultureOf(parsed.GetValue(lang)),
            cancellationToken)));
        return (command,
        [
            "jilin-urbanization report samples/data/ --as-of 2025-12-31 --out quarter.html   # 直接由报送文件出报告 / straight from the files",
            "jilin-urbanization report --log tracking.json --as-of 2025-12-31 --out report.html",
            "jilin-urbanization report --log tracking.json --as-of 2025-12-31 --lang en --out report-en.xlsx   # 英文标签 / English labels",
            "jilin-urbanization report --log tracking.json --as-of 2025-09-30 --known-on 2025-10-10 --out issued.md   # 按当时所知重出 / as issued then",
            "jilin-urbanization report --log tracking.json --as-of 2025-12-31 --scope jilin-2022-county-urbanization --scope 梅河口 --out 梅河口.csv",
            "jilin-urbanization report --log tracking.json --as-of 2025-12-31 --scope led-by:住建厅 --out 住建厅.json",
        ]);
    }

    private static int Run(ToolContext context, string[] paths, string? logPath, NodaTime.LocalDate asOf, NodaTime.LocalDate? knownOn, string[] scopeValues, string outPath, System.Globalization.CultureInfo culture, CancellationToken cancellationToken)
    {
        if (logPath is null && paths.Length == 0)
        {
            throw new UsageException("report needs a tracking log (--log), files or folders, or both");
        }

        _ = ReportFiles.FormatOf(outPath, ReportFiles.ImplementationFormats);   // a wrong extension fails before any work
        var files = EntryFiles.Expand(paths);
        var tracker = new ImplementationTracker(context.Catalog, logPath is null ? TrackingLog.Empty : LogFile.Read(context.Catalog, logPath, mustExist: true));
        if (files.Count > 0)
        {
            EntryBatch batch;
            using (var progress = new ProgressBar(context.Environment, files.Count))
            {
                batch = EntryFiles.Read(context.Catalog, files, new TrackingReadOptions(), progress, cancellationToken);
            }

            if (batch.Problems.Count > 0)
            {
                // A report is issued on clean data only: the problems, and no report.
                foreach (var problem in batch.Problems)
                {
                    ToolRunner.WriteError(context.Environment, problem.ToString());
                }

                ToolRunner.WriteError(context.Environment, $"no report written: {batch.Problems.Count} problem(s) in the files (文件有误，未出报告)");
                return ExitCodes.Problems;
            }

            tracker = tracker.Record(batch.Entries).Tracker;
        }

        var scope = ScopeText.Apply(tracker.Scope(), scopeValues);
        var report = knownOn is { } day ? tracker.Report(scope, asOf, day) : tracker.Report(scope, asOf);
        var written = ReportFiles.Save(report, outPath, culture);
        context.Environment.Out.WriteLine(ReportText.Summary(report, culture));
        context.Environment.Out.WriteLine($"report written to {written} (报告已写入)");
        return ExitCodes.Success;
    }
}
