using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text.Json;

namespace Jilin.Urbanization.Domain.Tool.Cli;

/// <summary>
/// Runs the tool: parses the command line against the one root command, turns a parse error into exit code 2 and
/// every failure into one line on standard error with its location — never a stack trace for bad input.
/// </summary>
internal static class ToolRunner
{
    /// <summary>Runs the tool with <paramref name="args"/>; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, ToolEnvironment environment, CancellationToken cancellationToken = default) =>
        RunAsync(args, environment, cancellationToken).GetAwaiter().GetResult();

    /// <summary>Runs the tool with <paramref name="args"/>; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, ToolEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = ToolCommands.Create(environment);
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                WriteError(environment, error.Message);
            }

            environment.Error.WriteLine($"Try '{ToolCommands.Name} {CommandPath(parsed)}--help'. 用法见 --help。");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,   // interrupts arrive as the cancellation token (Program.cs)
        };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            WriteError(environment, e.Message);
            return ExitCodes.Usage;
        }
        catch (NameNotFoundException e)
        {
            WriteError(environment, e.Message);
            return ExitCodes.Usage;
        }
        catch (PolicyDataException e)
        {
            WriteError(environment, $"{e.Location}: {Input.Problem.MessageOf(e)}");
            return ExitCodes.Problems;
        }
        catch (OperationCanceledException)
        {
            WriteError(environment, "interrupted; nothing was written (已中断，未写入)");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            // Bad input that no reader caught (an unwritable folder, a refused entry): one line, no stack trace.
            WriteError(environment, e.Message);
            return ExitCodes.Problems;
        }
    }

    /// <summary>One line on standard error: <c>jilin-urbanization: error: …</c>, red on a terminal.</summary>
    public static void WriteError(ToolEnvironment environment, string message)
    {
        var oneLine = message.ReplaceLineEndings(" ");
        environment.Error.WriteLine($"{ToolCommands.Name}: {Paint.Red("error:", environment.ErrorColour)} {oneLine}");
    }

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result?.Parent is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        return names.Count == 0 ? string.Empty : string.Join(' ', names) + " ";
    }
}
