namespace Jilin.Urbanization.Domain.Tool.Cli;

/// <summary>ANSI colours, applied only where <see cref="ToolEnvironment"/> allows them (a terminal, no <c>NO_COLOR</c>).</summary>
internal static class Paint
{
    public static string Red(string text, bool colour) => colour ? $"\e[31m{text}\e[0m" : text;

    public static string Yellow(string text, bool colour) => colour ? $"\e[33m{text}\e[0m" : text;

    public static string Green(string text, bool colour) => colour ? $"\e[32m{text}\e[0m" : text;

    public static string Bold(string text, bool colour) => colour ? $"\e[1m{text}\e[0m" : text;
}
