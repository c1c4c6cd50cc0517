using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Docs;

/// <summary>
/// Every ```csharp snippet of README.md runs: the snippets become one file-based app (usings hoisted, each snippet
/// in its own block) that references the library project with #:project, and `dotnet run` must succeed. The app is
/// built in the test's own configuration, so the library this test run already built is reused, not rebuilt, and with
/// PublishAot=false, so no Native AOT packs are restored for an app that is only run.
/// </summary>
public partial class ReadmeSnippetsTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(Seeds.Directory, ".."));

    [Fact]
    public void The_readme_has_csharp_snippets_for_the_quick_start_and_the_tutorial()
    {
        var snippets = Snippets();

        snippets.Should().HaveCountGreaterThanOrEqualTo(6);
        snippets.Should().Contain(s => s.Contains("MeasuresLedBy", StringComparison.Ordinal));
        snippets.Should().Contain(s => s.Contains(".Query()", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_csharp_snippet_in_the_readme_compiles_and_runs()
    {
        var snippets = Snippets();
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        var body = new StringBuilder();
        for (var i = 0; i < snippets.Count; i++)
        {
            body.AppendLine($"Console.WriteLine(\"--- snippet {i + 1}\");").AppendLine("{");
            foreach (var line in snippets[i].Split('\n'))
            {
                if (UsingDirective().IsMatch(line.Trim()))
                {
                    usings.Add(line.Trim());
                }
                else
                {
                    body.AppendLine(line.TrimEnd('\r'));
                }
            }

            body.AppendLine("}");
        }

        var project = Path.Combine(Root, "src", "Jilin.Urbanization.Domain", "Jilin.Urbanization.Domain.csproj");
        var directory = Directory.CreateTempSubdirectory("readme-snippets-");
        try
        {
            var app = Path.Combine(directory.FullName, "readme.cs");
            File.WriteAllText(app, $"#:project {project}\n#:property PublishAot=false\n{string.Join('\n', usings)}\n\n{body}");
            var configuration = typeof(ReadmeSnippetsTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

            var (exitCode, output) = Run(directory.FullName, "run", "-c", configuration, app);

            exitCode.Should().Be(0, $"the README snippets must build and run:\n{output}\n--- app:\n{File.ReadAllText(app)}");
            for (var i = 1; i <= snippets.Count; i++)
            {
                output.Should().Contain($"--- snippet {i}");
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static List<string> Snippets()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        return CsharpBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();
    }

    private static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under `dotnet test`; its MSBuild settings must not leak into the nested build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after 3 minutes\n" + stdout.Result + stderr.Result);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [GeneratedRegex(@"^using [A-Za-z0-9_.]+;$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();
}
