using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Excel;
using Jilin.Urbanization.Domain.Intake;

namespace Jilin.Urbanization.Domain.Tool.Tests;

/// <summary><c>templates</c> (issue 26): the Excel package's fill-in workbooks, one per named county or department.</summary>
public sealed class TemplatesCommandTests
{
    [Fact]
    public void Templates_for_a_county_and_a_department_by_their_short_names_are_the_packages_workbooks()
    {
        var folder = ToolHarness.NewFolder();

        var run = ToolHarness.InProcess("templates", "--for", "梅河口", "住建厅", "--out", folder);

        run.ExitCode.Should().Be(0, run.ToString());
        var files = Directory.GetFiles(folder, "*.xlsx").Select(Path.GetFileName).ToList();
        files.Should().HaveCount(2).And.Contain("梅河口市.xlsx");
        run.Output.Should().Contain("2 template(s)");

        // The tool's workbook reads back as the package's own template for the same county does (an unfilled
        // template: every prefilled row still waits for its figure, and each is counted as not filled in the same place).
        var own = Path.Combine(ToolHarness.NewFolder(), "梅河口市.xlsx");
        ExcelTemplate.Save(PolicyCatalog.Default, Tracking.Subject.Parse("220581"), own);
        var byTool = IntakeReader.Read(PolicyCatalog.Default, Path.Combine(folder, "梅河口市.xlsx"), IntakeOptions.Default.WithExcel());
        var byPackage = IntakeReader.Read(PolicyCatalog.Default, own, IntakeOptions.Default.WithExcel());
        byTool.Report.NotFilled.Should().BePositive();
        (byTool.Report.NotFilled, byTool.Report.Problems.Count).Should().Be((byPackage.Report.NotFilled, byPackage.Report.Problems.Count));
        byTool.Report.NotFilledRows.Select(l => (l.Sheet, l.Row)).Should().Equal(byPackage.Report.NotFilledRows.Select(l => (l.Sheet, l.Row)));
    }

    [Fact]
    public void All_counties_gives_one_template_per_county_level_division()
    {
        var folder = ToolHarness.NewFolder();

        var run = ToolHarness.InProcess("templates", "--for", "all-counties", "--out", folder);

        run.ExitCode.Should().Be(0, run.ToString());
        Directory.GetFiles(folder, "*.xlsx").Should().HaveCount(Divisions.DivisionRegistry.Default.Counties.Count);
    }

    [Fact]
    public void An_unknown_name_is_a_usage_error_naming_it()
    {
        var run = ToolHarness.InProcess("templates", "--for", "不存在县", "--out", ToolHarness.NewFolder());

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("不存在县");
    }
}
