using System.Text;
using System.Text.Json;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tests.Support;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Export;

public class TargetExportTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    private static List<List<string>> Csv<TRow>(ExportTable<TRow> table)
    {
        using var stream = new MemoryStream();
        table.WriteCsv(stream);
        var bytes = stream.ToArray();
        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF]);
        return Rfc4180.Parse(new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3));
    }

    private static ComplianceReport SampleReport()
    {
        var report = new ProgressReport(
        [
            new ProgressEntry(TargetId.Parse("jilin-2022-county-urbanization/68/t1"), new Observation(78m, Unit.Percent, new LocalDate(2025, 12, 31))),
            new ProgressEntry(TargetId.Parse("jilin-2022-county-urbanization/43/t2"), new Observation(56m, Unit.Percent, new LocalDate(2025, 6, 30))),
        ]);
        return report.Evaluate(Catalog, new LocalDate(2026, 1, 15));
    }

    [Fact]
    public void Targets_csv_parses_back_to_the_targets()
    {
        var records = Csv(Catalog.ExportTargets());

        records.Should().HaveCount(Catalog.Targets.Count + 1);
        var column = records[0].Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);
        foreach (var (record, target) in records.Skip(1).Zip(Catalog.Targets))
        {
            record[column["id"]].Should().Be(target.Id.ToString());
            record[column["quote"]].Should().Be(target.Quote);
            decimal.Parse(record[column["value"]], System.Globalization.CultureInfo.InvariantCulture).Should().Be(target.Value);
            record[column["unit"]].Should().Be(target.Unit.Symbol);
            record[column["deadline"]].Should().Be(target.Deadline is { } d ? d.Date.ToString("uuuu-MM-dd", null) : string.Empty);
            record[column["commitment"]].Should().Be(Jilin.Urbanization.Domain.Data.EnumNames.ToJson(target.Commitment), "the machine layout names enums as JSON does");
            record[column["binding"]].Should().Be(Jilin.Urbanization.Domain.Data.EnumNames.ToJson(target.Binding));
        }
    }

    [Fact]
    public void The_targets_due_by_end_of_2025_export_as_a_subset()
    {
        var due = Catalog.TargetsDueBy(new LocalDate(2025, 12, 31));

        var records = Csv(Catalog.ExportTargets(due));

        records.Skip(1).Select(r => r[0]).Should().Equal(due.Select(t => t.Id.ToString()));
    }

    [Fact]
    public void A_compliance_report_exports_to_csv_json_and_markdown()
    {
        var report = SampleReport();
        var table = ComplianceTable.From(report);

        var records = Csv(table);
        records.Should().HaveCount(report.Results.Count + 1);
        var fiveG = records.Single(r => r[0] == "jilin-2022-county-urbanization/68/t1");
        fiveG[1].Should().Be("notMet", "the machine layout names statuses as JSON does");
        fiveG[records[0].IndexOf("overdue")].Should().Be("true");

        using var json = new MemoryStream();
        table.WriteJson(json);
        using var document = JsonDocument.Parse(json.ToArray());
        document.RootElement.GetArrayLength().Should().Be(report.Results.Count);
        document.RootElement[0].GetProperty("targetId").GetString().Should().NotBeNullOrEmpty();
        var observed = document.RootElement[0].GetProperty("observed");
        observed.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Number, "a quantity is {value, unit}");
        observed.GetProperty("unit").GetString().Should().Be(document.RootElement[0].GetProperty("target").GetProperty("unit").GetString());

        using var markdown = new MemoryStream();
        table.WriteMarkdown(markdown);
        var lines = Encoding.UTF8.GetString(markdown.ToArray()).TrimEnd().Split('\n');
        lines.Should().HaveCount(report.Results.Count + 2);
        lines[0].Should().StartWith("| targetId |");
    }

    [Fact]
    public void Bad_arguments_fail_clearly()
    {
        FluentActions.Invoking(() => ComplianceTable.From(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => TargetTable.From(null!, [])).Should().Throw<ArgumentNullException>();
    }
}
