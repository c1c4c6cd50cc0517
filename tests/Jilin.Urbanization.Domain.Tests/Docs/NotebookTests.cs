using System.Text.Json;
using System.Text.RegularExpressions;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Docs;

/// <summary>
/// The sample notebooks reference the packages as a notebook user does, at the repository's version, and every cell
/// has an id (nbformat 4.5). CI (.ci/steps/50-notebooks.sh) executes them in Jupyter; these checks fail fast before.
/// </summary>
public partial class NotebookTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(Seeds.Directory, ".."));

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Root, "samples"), "*.ipynb").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void The_quick_start_supervision_and_charts_notebooks_exist() =>
        Directory.GetFiles(Path.Combine(Root, "samples"), "*.ipynb").Select(Path.GetFileName)
            .Should().Contain(["quickstart.ipynb", "supervision.ipynb", "charts.ipynb"]);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_cell_has_a_unique_id_and_the_notebook_is_nbformat_4_5(string name)
    {
        using var notebook = Read(name);
        var root = notebook.RootElement;

        root.GetProperty("nbformat").GetInt32().Should().Be(4);
        root.GetProperty("nbformat_minor").GetInt32().Should().BeGreaterThanOrEqualTo(5);
        root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString().Should().Be(".net-csharp");
        var ids = root.GetProperty("cells").EnumerateArray().Select(c => c.TryGetProperty("id", out var id) ? id.GetString() : null).ToList();
        ids.Should().NotContainNulls().And.OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_first_code_cell_references_the_interactive_package_at_the_repository_version_and_nothing_else_by_hand(string name)
    {
        using var notebook = Read(name);
        var code = notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())))
            .ToList();
        var version = Regex.Match(File.ReadAllText(Path.Combine(Root, "Directory.Build.props")), "<VersionPrefix>(.*)</VersionPrefix>").Groups[1].Value;

        code[0].Should().Contain($"#r \"nuget: Jilin.Urbanization.Domain.Interactive, {version}\"");
        string.Concat(code).Should().NotContain("bin/Release").And.NotContain("nuget: NodaTime").And.NotContain("nuget: Ardalis");
        if (code.Exists(c => c.Contains("Path.", StringComparison.Ordinal)))
        {
            string.Concat(code).Should().Contain("using System.IO;", "the C# kernel does not import System.IO by default");
        }
    }

    [Fact]
    public void The_supervision_notebook_tracks_the_sample_data_and_the_ci_step_puts_that_data_next_to_it()
    {
        using var notebook = Read("supervision.ipynb");
        var code = string.Concat(notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .SelectMany(c => c.GetProperty("source").EnumerateArray().Select(l => l.GetString())));
        var files = Regex.Matches(code, @"Path\.Combine\(""data"", ""([^""]+)""\)").Select(m => m.Groups[1].Value).ToList();

        files.Should().Equal("2025-q4-observations.csv", "2025-q4-status.csv");
        files.Should().OnlyContain(f => File.Exists(Path.Combine(Root, "samples", "data", f)));
        code.Should().Contain("new ImplementationTracker(").And.Contain("new LocalDate(2025, 12, 31)").And.Contain("HtmlReport.ForImplementation(")
            .And.Contain("report.Department(").And.Contain("report.County(");
        File.ReadAllText(Path.Combine(Root, ".ci", "steps", "50-notebooks.sh")).Should().Contain("cp -r samples/data \"$out/data\"");
    }

    private static JsonDocument Read(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "samples", name)));
}
