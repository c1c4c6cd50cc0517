using System.CommandLine;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tool.Output;

namespace Jilin.Urbanization.Domain.Tool.Commands;

/// <summary>
/// <c>ranking --log … [--supervision …] --from … --to … [--known-on …] [--weights …] [--out …]</c>: the score (考评)
/// of every county and department for a period and the ranking, best first, with every tie explained in its row
/// (shared, or settled by fewer overdue items, then fewer late replies), as <see cref="Supervisor.Rank(NodaTime.DateInterval, ScoreWeights, NodaTime.LocalDate)"/> says.
/// </summary>
internal static class RankingCommand
{
    /// <summary>Builds the command and its examples.</summary>
    public static (Command Command, string[] Examples) Create(ToolContext context)
    {
        var log = ToolOptions.Log(required: true, "The tracking log. 台账文件。");
        var supervision = ToolOptions.Supervision();
        var from = ToolOptions.Day("--from", "The first day of the period scored (考评期起).", required: true);
        var to = ToolOptions.Day("--to", "The last day of the period, included (考评期止).", required: true);
        var knownOn = ToolOptions.Day("--known-on", "The day of knowledge (default: --to plus the rules' report due days, when the period's reports are due). 知悉日期。");
        var weights = new Option<string>("--weights")
        {
            Description = "The score weights, as ScoreWeights.WriteJson writes them (default: on time 0.4, green 0.6, 2 points per overdue item, 5 per late reply). 考评权重。",
            HelpName = "weights.json",
        };
        var output = ToolOptions.Out(required: false, SupervisionFiles.Formats);
        var lang = ToolOptions.Lang();
        var command = new Command("ranking", "Score and rank the counties and departments for a period (考评排名), ties explained. 考评排名。") { log, supervision, from, to, knownOn, weights, output, lang };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(
            context,
            parsed.GetValue(log)!,
            parsed.GetValue(supervision),
            parsed.GetValue(from)!.Value,
            parsed.GetValue(to)!.Value,
            parsed.GetValue(knownOn),
            parsed.GetValue(weights),
            parsed.GetValue(output),
            ToolOptions.CultureOf(parsed.GetValue(lang)))));
        return (command,
        [
            "jilin-urbanization ranking --log tracking.json --from 2025-10-01 --to 2025-12-31                 # 打印排名表 / print the tables",
            "jilin-urbanization ranking --log tracking.json --supervision supervision.json --from 2025-10-01 --to 2025-12-31 --out ranking.html",
            "jilin-urbanization ranking --log tracking.json --from 2025-10-01 --to 2025-12-31 --weights weights.json --out ranking.xlsx   # 本单位权重 / the office's weights",
        ]);
    }

    private static int Run(ToolContext context, string logPath, string? supervisionPath, NodaTime.LocalDate from, NodaTime.LocalDate to, NodaTime.LocalDate? knownOn, string? weightsPath, string? outPath, System.Globalization.CultureInfo culture)
    {
        if (to < from)
        {
            throw new UsageException($"--to {EntryText.Day(to)} is before --from {EntryText.Day(from)}");
        }

        if (outPath is not null)
        {
            _ = ReportFiles.FormatOf(outPath, SupervisionFiles.Formats);
        }

        var weights = SupervisionFiles.ReadWeights(weightsPath);
        var supervisor = SupervisorFiles.Open(context, logPath, supervisionPath);
        var period = new NodaTime.DateInterval(from, to);
        var ranking = supervisor.Rank(period, weights, knownOn ?? to.PlusDays(supervisor.Rules.ReportDueDays));
        var writer = context.Environment.Out;
        writer.WriteLine(ReportText.Summary(ranking, culture));
        if (outPath is null)
        {
            writer.WriteLine();
            writer.Write(SupervisionFiles.RankingMarkdown(ranking, culture));
        }
        else
        {
            writer.WriteLine($"ranking written to {SupervisionFiles.Save(ranking, outPath, culture)} (考评排名已写入)");
        }

        return ExitCodes.Success;
    }
}
