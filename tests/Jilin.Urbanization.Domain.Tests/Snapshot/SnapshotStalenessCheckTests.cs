using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Snapshot;

/// <summary>
/// The build refuses a stale snapshot: <c>CatalogSnapshot.targets</c> (imported by the library's project) compares the
/// SHA-256 of every snapshot input with <c>catalog.snapshot.inputs</c>. These tests run that very target with
/// MSBuild on a tiny project in a temporary folder: it passes on matching inputs and fails, naming the input and the
/// command that regenerates the snapshot, when an input changed, or an input was added.
/// </summary>
public class SnapshotStalenessCheckTests
{
    private static readonly string TargetsPath =
        Path.GetFullPath(Path.Combine(Seeds.Directory, "..", "src", "Jilin.Urbanization.Domain", "CatalogSnapshot.targets"));

    [Fact]
    public void The_build_check_passes_on_recorded_inputs_and_fails_on_a_changed_or_added_one()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.PathOf("a.json"), "{\"a\":1}\n");
        File.WriteAllText(folder.PathOf("b.txt"), "一、总体要求\n");
        File.WriteAllText(folder.PathOf("c.json"), "{}\n");
        File.WriteAllText(folder.PathOf("inputs.txt"), $"# comment\n{Hash(folder.PathOf("a.json"))} Test.a.json\n{Hash(folder.PathOf("b.txt"))} Test.b.txt\n");
        var project = folder.PathOf("check.proj");
        File.WriteAllText(project, Project(marked: ["a.json", "b.txt"]));

        var (ok, output) = RunCheck(project);
        ok.Should().BeTrue(output);

        // One run for both failures (MSBuild starts slowly): an input changed, and an input was added.
        File.AppendAllText(folder.PathOf("a.json"), " ");
        File.WriteAllText(project, Project(marked: ["a.json", "b.txt", "c.json"]));
        (ok, output) = RunCheck(project);
        ok.Should().BeFalse("an input changed after the snapshot was made, and another is new");
        output.Should().Contain("The catalog snapshot is stale: a.json, c.json changed or was added").And.Contain("UPDATE_SNAPSHOT=1 dotnet test");
        output.Should().Contain("it was made from 2 inputs, but 3", "a new input the snapshot was not made from");
    }

    [Fact]
    public void The_library_project_imports_the_check_and_marks_exactly_the_snapshot_inputs()
    {
        var project = File.ReadAllText(Path.Combine(Path.GetDirectoryName(TargetsPath)!, "Jilin.Urbanization.Domain.csproj"));

        project.Should().Contain("<Import Project=\"CatalogSnapshot.targets\" />");
        project.Should().NotContain("Include=\"Resources/*.json\" LogicalName=\"Jilin.Urbanization.Domain.Data.%(Filename)%(Extension)\" CatalogSnapshotInput",
            "the inputs are listed one by one: a curated file the parser does not read is no input");
        File.ReadAllText(TargetsPath).Should().Contain("BeforeTargets=\"CoreCompile\"");
    }

    private static string Project(string[] marked) => $"""
        <Project>
          <PropertyGroup>
            <CatalogSnapshotInputsFile>$(MSBuildProjectDirectory)/inputs.txt</CatalogSnapshotInputsFile>
          </PropertyGroup>
          <ItemGroup>
        {string.Concat(marked.Select(f => $"    <EmbeddedResource Include=\"{f}\" LogicalName=\"Test.{f}\" CatalogSnapshotInput=\"true\" />\n"))}
          </ItemGroup>
          <Import Project="{TargetsPath}" />
          <Target Name="CoreCompile" />
        </Project>
        """;

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static (bool Ok, string Output) RunCheck(string project)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["msbuild", project, "-t:CoreCompile", "-nologo", "-nodeReuse:false", "-v:m"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("UPDATE_SNAPSHOT"); // the check is skipped while regenerating
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stderr = process.StandardError.ReadToEndAsync();
        output.Append(process.StandardOutput.ReadToEnd());
        process.WaitForExit(60_000).Should().BeTrue("MSBuild on a four-line project finishes quickly");
        output.Append(stderr.Result);
        return (process.ExitCode == 0, output.ToString());
    }

    private sealed class TemporaryFolder : IDisposable
    {
        private readonly string path = Directory.CreateTempSubdirectory("snapshot-check").FullName;

        public string PathOf(string name) => Path.Combine(path, name);

        public void Dispose() => Directory.Delete(path, recursive: true);
    }
}
