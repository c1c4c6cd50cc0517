using System.CommandLine;
using System.CommandLine.Help;
using Jilin.Urbanization.Domain.Tool.Commands;

namespace Jilin.Urbanization.Domain.Tool.Cli;

/// <summary>The root command and its commands, each with its examples for <c>--help</c>.</summary>
internal static class ToolCommands
{
    /// <summary>The command's name, as installed (<c>ToolCommandName</c>).</summary>
    public const string Name = "jilin-urbanization";

    private static readonly string[] RootExamples =
    [
        "jilin-urbanization check samples/data/                    # 检查报送文件 / check the files sent back",
        "jilin-urbanization record samples/data/ --log tracking.json --recorded-on 2025-10-10   # 记入台账 / record them",
        "jilin-urbanization report --log tracking.json --as-of 2025-12-31 --out report.html      # 出报告 / issue the report",
        "jilin-urbanization templates --for 梅河口 住建厅 --out templates/   # 填报模板 / fill-in workbooks",
        "jilin-urbanization explain 梅河口                          # 解释 / explain a county, department, measure or target",
        "jilin-urbanization lights --log tracking.json --as-of 2025-12-31 --out lights.html      # 三色预警 / traffic lights",
        "jilin-urbanization notices --log tracking.json --as-of 2025-12-31 --out notices/        # 督办单 / notices",
        "jilin-urbanization ranking --log tracking.json --from 2025-10-01 --to 2025-12-31        # 考评排名 / ranking",
    ];

    /// <summary>The root command, writing to <paramref name="environment"/>.</summary>
    public static RootCommand Create(ToolEnvironment environment)
    {
        var context = new ToolContext(environment);
        var root = new RootCommand(
            "The supervision office's tool for the two Jilin urbanization documents: check what counties and departments send back, record it in a tracking log (更正 corrections, 撤回 withdrawals), issue the implementation report, say what changed, explain a measure; supervise (督查督办): traffic lights, notices, ranking. " +
            "吉林省城镇化督查督办工具：检查报送文件、记入台账、出具落实情况报告、列出变化、解释措施；三色预警、督办单、考评排名。Exit codes: 0 done, 1 problems in the data, 2 usage error.");
        var examples = new Dictionary<Command, string[]> { [root] = RootExamples };
        foreach (var (command, lines) in new[]
                 {
                     CheckCommand.Create(context),
                     RecordCommand.Create(context),
                     ReportCommand.Create(context),
                     ChangesCommand.Create(context),
                     ExplainCommand.Create(context),
                     TemplatesCommand.Create(context),
                     LightsCommand.Create(context),
                     NoticesCommand.Create(context),
                     RankingCommand.Create(context),
                 })
        {
            root.Add(command);
            examples[command] = lines;
        }

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExamplesHelpAction((HelpAction)help.Action!, examples);
        return root;
    }
}
