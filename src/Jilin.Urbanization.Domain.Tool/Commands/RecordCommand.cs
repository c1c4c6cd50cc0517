using System.CommandLine;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tool.Input;
using Jilin.Urbanization.Domain.Tool.Output;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Commands;

/// <summary>
/// <c>record &lt;file|dir&gt;… --log &lt;tracking.json&gt;</c>: appends what is valid to the tracking log through
/// <see cref="ImplementationTracker.Record(TrackingLog)"/> (更正 corrections and 撤回 withdrawals by the library's rules),
/// says what each entry did, and writes the log atomically; an interrupted run leaves the log as it was.
/// </summary>
internal static class RecordCommand
{
    /// <summary>Builds the command and its examples.</summary>
    public static (Command Command, string[] Examples) Create(ToolContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Files (.csv, .tsv, .json, .xlsx; Chinese or English headers) or folders of them. 报送文件或文件夹。",
            Arity = ArgumentArity.OneOrMore,
        };
        var log = ToolOptions.Log(required: true, "The tracking log to append to (created if missing). 台账文件（不存在则新建）。");
        var recordedOn = ToolOptions.Day("--recorded-on", "The day the files were sent (填报日期) for rows that do not say; else the day each row is about.");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary, not one line per entry. 只输出汇总。" };
        var lang = ToolOptions.Lang();
        var command = new Command("record", "Record the valid entries of the files in a tracking log, atomically. 将有效条目记入台账（原子写入）。") { files, log, recordedOn, quiet, lang };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(
            context,
            parsed.GetValue(files) ?? [],
            parsed.GetValue(log)!,
            new TrackingReadOptions { RecordedOn = parsed.GetValue(recordedOn) },
            parsed.GetValue(quiet),
            ToolOptions.CultureOf(parsed.GetValue(lang)),
            cancellationToken)));
        return (command,
        [
            "jilin-urbanization record samples/data/ --log tracking.json --recorded-on 2025-10-10   # 首次报送 / first sending",
            "jilin-urbanization record 通榆县-更正.csv --log tracking.json --recorded-on 2025-10-20   # 更正、撤回 / corrections, withdrawals",
        ]);
    }

    private static int Run(ToolContext context, string[] paths, string logPath, TrackingReadOptions options, bool quiet, System.Globalization.CultureInfo culture, CancellationToken cancellationToken)
    {
        var files = EntryFiles.Expand(paths);
        var log = LogFile.Read(context.Catalog, logPath, mustExist: false);
        EntryBatch batch;
        using (var progress = new ProgressBar(context.Environment, files.Count))
        {
            batch = EntryFiles.Read(context.Catalog, files, options, progress, cancellationToken);
        }

        foreach (var problem in batch.Problems)
        {
            ToolRunner.WriteError(context.Environment, problem.ToString());
        }

        foreach (var note in batch.Notes)
        {
            context.Environment.Out.WriteLine($"note: {note}");
        }

        var tracker = new ImplementationTracker(context.Catalog, log);
        var result = tracker.Record(batch.Entries);
        var output = context.Environment.Out;
        if (!quiet)
        {
            for (var i = 0; i < result.Entries.Count; i++)
            {
                output.WriteLine($"{EntryText.Effect(result.Effects[i]),-16} {EntryText.Describe(tracker, result.Entries[i])}");
            }
        }

        output.WriteLine(ReportText.Summary(result, culture));
        if (result.Tracker.Log.Equals(log) && File.Exists(logPath))
        {
            output.WriteLine($"{Path.GetFullPath(logPath)}: unchanged, not rewritten (台账无变化)");
        }
        else
        {
            LogFile.WriteAtomically(result.Tracker.Log, logPath, cancellationToken);
            output.WriteLine($"{Path.GetFullPath(logPath)}: {result.Tracker.Log.Count} entries (台账已写入)");
        }

        return batch.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.Problems;
    }
}
