using System.Diagnostics;
using Jilin.Urbanization.Domain.Tool.Cli;

namespace Jilin.Urbanization.Domain.Tool.Tests;

/// <summary>What one run of the tool gave: exit code, standard output, standard error.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs the tool in process (the real root command with StringWriters) or as a process (its built dll).</summary>
public static class ToolHarness
{
    /// <summary>The sample quarter's folder, copied beside the tests.</summary>
    public static string SampleData => Path.Combine(AppContext.BaseDirectory, "samples");

    public static ToolRun InProcess(params string[] args) => InProcess(CancellationToken.None, args);

    public static ToolRun InProcess(CancellationToken cancellationToken, params string[] args) =>
        InProcess(terminal: false, noColor: false, cancellationToken, args);

    public static ToolRun InProcess(bool terminal, bool noColor, CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new ToolEnvironment(output, error, ErrorIsTerminal: terminal, OutputIsTerminal: terminal, NoColor: noColor);
        var code = ToolRunner.Run(args, environment, cancellationToken);
        return new ToolRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Starts the built tool (<c>dotnet jilin-urbanization.dll …</c>) with redirected output.</summary>
    public static Process Start(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "jilin-urbanization.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    public static ToolRun AsProcess(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(2)).Should().BeTrue("the tool finishes");
        return new ToolRun(process.ExitCode, output.Result, error.Result);
    }

    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jilin-tool-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
