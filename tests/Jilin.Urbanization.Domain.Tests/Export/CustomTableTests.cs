using System.Text.Json;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Export;

namespace Jilin.Urbanization.Domain.Tests.Export;

/// <summary>A table of the caller's own rows writes CSV, JSON and Markdown like the library's tables.</summary>
public class CustomTableTests
{
    private sealed record Workload(string Department, int Led);

    [Fact]
    public void A_users_rows_export_to_csv_json_and_markdown()
    {
        var rows = PolicyCatalog.Default.RankDepartments().Take(3).Select(w => new Workload(w.Department.Name, w.Led)).ToList();

        var table = ExportTable.Create("workload", rows, new TableColumn<Workload>("department", r => r.Department), new("led", r => r.Led.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        table.ToCsv().Split("\r\n")[0].Should().Be("department,led");
        table.ToCsv().Should().Contain($"{rows[0].Department},{rows[0].Led}");
        using var json = JsonDocument.Parse(table.ToJson());
        json.RootElement.GetArrayLength().Should().Be(3);
        json.RootElement[0].GetProperty("department").GetString().Should().Be(rows[0].Department);
        table.ToMarkdown().Should().StartWith("| department | led |");
    }

    [Fact]
    public void Bad_tables_are_refused()
    {
        var column = new TableColumn<string>("x", s => s);
        FluentActions.Invoking(() => ExportTable.Create("t", ["a"], column, column)).Should().Throw<ArgumentException>().WithParameterName("columns");
        FluentActions.Invoking(() => ExportTable.Create<string>("t", ["a"])).Should().Throw<ArgumentException>().WithParameterName("columns");
        FluentActions.Invoking(() => ExportTable.Create(" ", ["a"], column)).Should().Throw<ArgumentException>().WithParameterName("name");
    }
}
