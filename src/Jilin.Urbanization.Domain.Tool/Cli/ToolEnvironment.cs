namespace Jilin.Urbanization.Domain.Tool.Cli;

/// <summary>
/// Where the tool writes and what it knows of its terminal: standard output and error, whether standard error is a
/// terminal (the progress bar shows only then) and whether colour is wanted. Tests pass their own writers.
/// </summary>
/// <param name="Out">Standard output: results, tables, JSON.</param>
/// <param name="Error">Standard error: problems, progress, notes.</param>
/// <param name="ErrorIsTerminal">Standard error is a terminal (not redirected).</param>
/// <param name="OutputIsTerminal">Standard output is a terminal (not redirected).</param>
/// <param name="NoColor">The <c>NO_COLOR</c> variable is set to a non-empty value (https://no-color.org).</param>
internal sealed record ToolEnvironment(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, bool OutputIsTerminal, bool NoColor)
{
    /// <summary>Colour on standard error: only on a terminal, and never with <c>NO_COLOR</c>.</summary>
    public bool ErrorColour => ErrorIsTerminal && !NoColor;

    /// <summary>Colour on standard output: only on a terminal, and never with <c>NO_COLOR</c>.</summary>
    public bool OutputColour => OutputIsTerminal && !NoColor;

    /// <summary>The process's console.</summary>
    public static ToolEnvironment FromConsole()
    {
        // UTF-8 whatever the locale says: names and texts are Chinese.
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return new ToolEnvironment(
            Console.Out,
            Console.Error,
            ErrorIsTerminal: !Console.IsErrorRedirected,
            OutputIsTerminal: !Console.IsOutputRedirected,
            NoColor: !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
    }

    /// <summary>Writers that are not terminals (tests, redirected output): no progress bar, no colour.</summary>
    public static ToolEnvironment Redirected(TextWriter output, TextWriter error) => new(output, error, false, false, false);
}
