using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tool.Cli;

/// <summary>The options several commands share, declared once (as dotnet-format's FormatCommandCommon does).</summary>
internal static class ToolOptions
{
    /// <summary>A day option, <c>yyyy-MM-dd</c>; a malformed day is a parse error naming the option (exit code 2).</summary>
    public static Option<LocalDate?> Day(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        Required = required,
        CustomParser = result => ParseDay(result, name),
    };

    /// <summary><c>--log &lt;tracking.json&gt;</c>: the tracking log file.</summary>
    public static Option<string> Log(bool required, string description) => new("--log")
    {
        Description = description,
        HelpName = "tracking.json",
        Required = required,
    };

    /// <summary><c>--supervision &lt;supervision.json&gt;</c>: the supervision log (督办台账: notices issued, replies, verifications 销号).</summary>
    public static Option<string> Supervision() => new("--supervision")
    {
        Description = "The supervision log (notices issued, replies, verifications 核查销号, reopenings), as SupervisionLog.WriteJson writes it; without it, nothing has been issued or closed. 督办台账。",
        HelpName = "supervision.json",
    };

    /// <summary><c>--scope</c>, repeatable: what a report or change list covers.</summary>
    public static Option<string[]> Scope() => new("--scope")
    {
        Description = "What to cover, repeatable (all given apply): a document, measure or target id; chapter:<doc>/<n>; group:<doc>/<n>; led-by:<department>; involving:<department>; subject:<county|department|全省>; or a bare name of a county or department (梅河口, 住建厅). 范围，可重复。",
        HelpName = "scope",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--out &lt;file&gt;</c>: where to write, the format by the extension.</summary>
    public static Option<string> Out(bool required, string formats) => new("--out", "-o")
    {
        Description = $"The file to write; its extension names the format ({formats}). 输出文件，按扩展名决定格式。",
        HelpName = "file",
        Required = required,
    };

    /// <summary><c>--lang zh|en</c>: the language of the labels people read (default zh: 中文).</summary>
    public static Option<string> Lang()
    {
        var option = new Option<string>("--lang")
        {
            Description = "The language of the labels and the summary line people read: zh (中文, zh-CN) or en. 输出语言。",
            DefaultValueFactory = _ => "zh",
        };
        option.AcceptOnlyFromAmong("zh", "en");
        return option;
    }

    /// <summary>The culture <c>--lang</c> names.</summary>
    public static System.Globalization.CultureInfo CultureOf(string? lang) =>
        System.Globalization.CultureInfo.GetCultureInfo(lang == "en" ? "en" : "zh-CN");

    private static LocalDate? ParseDay(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"{name} '{text}' is not a day: write yyyy-MM-dd, e.g. 2025-12-31");
        return null;
    }
}
