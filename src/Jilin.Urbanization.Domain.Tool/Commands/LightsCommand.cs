using System.CommandLine;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tool.Output;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Commands;

/// <summary>
/// <c>lights --log … [--supervision …] --as-of … [--known-on …] [--scope …] [--out …]</c>: the three-colour lights
/// (三色预警) of every open item as of a day and as known on a day, with roll-ups per county, department and chapter,
/// as <see cref="Supervisor.Lights(TrackingScope, NodaTime.LocalDate, NodaTime.LocalDate)"/> says; printed as tables,
/// or written in the format the extension names.
/// </summary>
internal static class LightsCommand
{
    /// <summary>Builds the command and its examples.</summary>
    public static (Command Command, string[] Examples) Create(ToolContext context)
    {
        var log = ToolOptions.Log(required: true, "The tracking log. 台账文件。");
        var supervision = ToolOptions.Supervision();
        var asOf = ToolOptions.Day("--as-of", "The day the lights describe (截至日期).", required: true);
        var knownOn = ToolOptions.Day("--known-on", "The day of knowledge: only entries of either log recorded on or before it count (default: everything in the logs). 知悉日期。");
        var scope = ToolOptions.Scope();
        var output = ToolOptions.Out(required: false, SupervisionFiles.Formats);
        var lang = ToolOptions.Lang();
        var command = new Command("lights", "The three-colour lights (三色预警) of every item as of a day, with roll-ups per county, department and chapter. 三色预警。") { log, supervision, asOf, knownOn, scope, output, lang };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(
            context,
            parsed.GetValue(log)!,
            parsed.GetValue(supervision),
            parsed.GetValue(asOf)!.Value,
            parsed.GetValue(knownOn),
            parsed.GetValue(scope) ?? [],
            parsed.GetValue(output),
            ToolOptions.CultureOf(parsed.GetValue(lang)))));
        return (command,
        [
            "jilin-urbanization lights --log tracking.json --as-of 2025-12-31                     # 打印汇总表 / print the roll-ups",
            "jilin-urbanization lights --log tracking.json --supervision supervision.json --as-of 2025-12-31 --out lights.html",
            "jilin-urbanization lights --log tracking.json --as-of 2025-12-31 --known-on 2025-10-10 --scope 梅河口 --out 梅河口.xlsx   # 按当时所知 / as known then",
        ]);
    }

    private static int Run(ToolContext context, string logPath, string? supervisionPath, NodaTime.LocalDate asOf, NodaTime.LocalDate? knownOn, string[] scopeValues, string? outPath, System.Globalization.CultureInfo culture)
    {
        if (outPath is not null)
        {
            _ = ReportFiles.FormatOf(outPath, SupervisionFiles.Formats);
        }

        var supervisor = SupervisorFiles.Open(context, logPath, supervisionPath);
        var scope = ScopeText.Apply(supervisor.Tracker.Scope(), scopeValues);
        var lights = knownOn is { } day ? supervisor.Lights(scope, asOf, day) : supervisor.Lights(scope, asOf);
        var writer = context.Environment.Out;
        writer.WriteLine(ReportText.Summary(lights, culture));
        if (outPath is null)
        {
            writer.WriteLine();
            writer.Write(SupervisionFiles.LightsMarkdown(lights, supervisor.Tracker.Subjects, culture));
        }
        else
        {
            writer.WriteLine($"lights written to {SupervisionFiles.Save(lights, supervisor.Tracker.Subjects, outPath, culture)} (三色预警已写入)");
        }

        return ExitCodes.Success;
    }
}
