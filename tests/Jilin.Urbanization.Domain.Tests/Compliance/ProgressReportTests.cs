using Jilin.Urbanization.Domain.Targets;
using System.Text;
using System.Text.Json;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using NodaTime;
using NodaTime.Testing;

namespace Jilin.Urbanization.Domain.Tests.Compliance;

public class ProgressReportTests
{
    private const string FiveG = "jilin-2022-county-urbanization/68/t1";
    private const string Coats = "jilin-2021-urbanization-tasks/37/t1";
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    private static MemoryStream Json(string json) => new(Encoding.UTF8.GetBytes(json));

    private static string Report(string observations) => $$"""{"version": 1, "observations": [{{observations}}]}""";

    private static string Entry(string id = FiveG, string value = "78", string unit = "%", string date = "2025-12-31") =>
        $$"""{"indicator": "{{id}}", "value": {{value}}, "unit": "{{unit}}", "observedOn": "{{date}}"}""";

    [Fact]
    public void A_valid_json_report_reads_every_observation()
    {
        var report = ProgressReport.ReadJson(Json(Report(Entry() + "," + Entry(Coats, "3.1", "万件", "2021-12-20"))), Catalog);

        report.Entries.Should().HaveCount(2);
        report.Entries[1].Observation.Value.ConvertTo(Catalog.GetTarget(Coats).Unit).Value.Should().Be(31000m);
    }

    [Theory]
    [InlineData("{\"version\": 1, \"observations\": [", "$")]
    [InlineData($"{{\"version\": 1, \"observations\": [{{\"indicator\": \"{FiveG}\", \"value\": \"seventy\", \"unit\": \"%\", \"observedOn\": \"2025-12-31\"}}]}}", "$.observations[0].value")]
    [InlineData("{\"version\": 1, \"observations\": [{\"indicator\": \"x\", \"value\": 78, \"unit\": \"%\"}]}", "$.observations")]
    [InlineData($"{{\"version\": 1, \"observations\": [{{\"indicator\": \"{FiveG}\", \"value\": 78, \"unit\": \"%\", \"observedOn\": \"2025-12-31\"}}, {{\"indicator\": \"{Coats}\", \"value\": 78, \"unit\": \"件\"}}]}}", "$.observations[1].observedOn")]
    [InlineData("{\"version\": 1, \"observations\": [], \"extra\": 1}", "$.extra")]
    [InlineData("{\"version\": 2, \"observations\": []}", "$.version")]
    [InlineData("null", "$")]
    public void Malformed_or_wrongly_typed_json_is_refused_with_its_path(string json, string path)
    {
        var act = () => ProgressReport.ReadJson(Json(json), Catalog);

        act.Should().Throw<PolicyDataException>().Which.Location.Should().StartWith(path);
    }

    [Theory]
    [InlineData("jilin-2022-county-urbanization/68/t9", "78", "%", "2025-12-31", "indicator", "No target has the id")]
    [InlineData(FiveG, "78", "套", "2025-12-31", "unit", "does not convert")]
    [InlineData(FiveG, "78", "kg", "2025-12-31", "unit", "not a known unit")]
    [InlineData(FiveG, "78", "%", "2025-13-31", "observedOn", "not a date")]
    [InlineData(FiveG, "78", "%", "1999-12-31", "observedOn", "out of range")]
    [InlineData(FiveG, "101", "%", "2025-12-31", "value", "out of range")]
    [InlineData(FiveG, "1.2", "fraction", "2025-12-31", "value", "out of range")]
    [InlineData(Coats, "-5", "件", "2021-12-31", "value", "negative")]
    [InlineData(Coats, "5", "件", "2020-12-31", "observedOn", "2021-01-01")]
    public void Bad_entries_are_refused_naming_the_field(string id, string value, string unit, string date, string field, string words)
    {
        var act = () => ProgressReport.ReadJson(Json(Report(Entry("jilin-2021-urbanization-tasks/37/t2", "1", "件", "2021-06-01") + "," + Entry(id, value, unit, date))), Catalog);

        var error = act.Should().Throw<PolicyDataException>().Which;
        error.Location.Should().Be($"$.observations[1].{field}");
        error.Message.Should().Contain(words);
    }

    [Fact]
    public void A_duplicated_id_is_refused_pointing_at_the_first()
    {
        var act = () => ProgressReport.ReadJson(Json(Report(Entry() + "," + Entry(value: "79"))), Catalog);

        var error = act.Should().Throw<PolicyDataException>().Which;
        error.Location.Should().Be("$.observations[1].indicator");
        error.Message.Should().Contain("$.observations[0]");
    }

    [Fact]
    public void The_try_form_returns_the_error_instead_of_throwing()
    {
        ProgressReport.TryReadJson(Json("{"), Catalog, out var report, out var error).Should().BeFalse();
        report.Should().BeNull();
        error!.Location.Should().NotBeNullOrEmpty();

        ProgressReport.TryReadJson(Json(Report(Entry())), Catalog, out report, out error).Should().BeTrue();
        (report!.Entries.Count, error).Should().Be((1, (PolicyDataException?)null));
    }

    [Fact]
    public void A_valid_csv_report_reads_every_line_and_skips_blank_ones()
    {
        var csv = $"indicator,value,unit,observedOn\n{FiveG},78,%,2025-12-31\n\n\"{Coats}\",\"31000\",件,2021-12-31\n";

        var report = ProgressReport.ReadCsv(new StringReader(csv), Catalog);

        report.Entries.Select(e => e.TargetId).Should().Equal(TargetId.Parse(FiveG), TargetId.Parse(Coats));
    }

    [Theory]
    [InlineData("id,value,unit,date\n", "row 1", "no 'target'")]
    [InlineData("indicator,value,unit,observedOn\na,b\n", "row 2, column A (indicator)", "No target has the id 'a'")]
    [InlineData($"indicator,value,unit,observedOn\n{FiveG},seventy,%,2025-12-31\n", "row 2, column B (value)", "'seventy'")]
    [InlineData($"indicator,value,unit,observedOn\n{FiveG},78,%,2025-12-31\n{FiveG},79,%,2025-12-31\n", "row 3, column A (indicator)", "observed twice (first at row 2, column A (indicator))")]
    [InlineData($"indicator,value,unit,observedOn\n{FiveG},78,%,31/12/2025\n", "row 2, column D (observedOn)", "'31/12/2025'")]
    [InlineData($"indicator,value,unit,observedOn\n\"{FiveG},78,%,2025-12-31\n", "row 2", "never closed")]
    [InlineData($"indicator,county,value,unit,observedOn\n{FiveG},梅河口,78,%,2025-12-31\n", "row 1, column B (county)", "one figure per target for the province")]
    public void Bad_csv_is_refused_with_row_and_column(string csv, string location, string words)
    {
        var ok = ProgressReport.TryReadCsv(new StringReader(csv), Catalog, out _, out var error);

        ok.Should().BeFalse();
        error!.Location.Should().Be(location);
        error.Message.Should().Contain(words);
    }

    [Fact]
    public void Evaluating_a_report_gives_results_counts_overdue_and_unreported_as_of_the_clock()
    {
        var report = ProgressReport.ReadJson(Json(Report(
            Entry() + "," + Entry(Coats, "31000", "件", "2021-12-31") + "," + Entry("jilin-2022-county-urbanization/43/t2", "50", "%", "2024-12-31"))), Catalog);
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 10, 0, 0));

        var compliance = report.Evaluate(Catalog, clock);

        compliance.AsOf.Should().Be(new LocalDate(2026, 1, 10));
        compliance.Results.Select(r => (r.TargetId.ToString(), r.Status)).Should().Equal(
            (Coats, ComplianceStatus.Met),
            ("jilin-2022-county-urbanization/43/t2", ComplianceStatus.NotMet),
            (FiveG, ComplianceStatus.NotMet));
        (compliance.CountOf(ComplianceStatus.Met), compliance.CountOf(ComplianceStatus.NotMet)).Should().Be((1, 2));
        compliance.Unreported.Should().HaveCount(Catalog.Targets.Count - 3);
        compliance.Overdue.Select(t => t.Id).Should().Contain(TargetId.Parse(FiveG)).And.NotContain(TargetId.Parse(Coats))
            .And.Contain(TargetId.Parse("jilin-2021-urbanization-tasks/26/t1"), "an unreported target past its deadline is overdue");
        compliance.Overdue.Should().OnlyContain(t => t.Deadline != null && t.Deadline.Date < compliance.AsOf);
        compliance.Overdue.Should().NotContain(t => t.Deadline == null);
        compliance.ToString().Should().Contain("1 met, 2 not met");
    }

    [Fact]
    public void A_compliance_report_writes_json_with_results_counts_and_overdue_ids()
    {
        var report = ProgressReport.ReadJson(Json(Report(Entry())), Catalog);
        var compliance = report.Evaluate(Catalog, new LocalDate(2026, 1, 1));
        using var stream = new MemoryStream();

        compliance.WriteJson(stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        root.GetProperty("asOf").GetString().Should().Be("2026-01-01");
        root.GetProperty("counts").GetProperty("notMet").GetInt32().Should().Be(1);
        var result = root.GetProperty("results")[0];
        result.GetProperty("indicator").GetString().Should().Be(FiveG);
        result.GetProperty("status").GetString().Should().Be("notMet");
        result.GetProperty("comparator").GetString().Should().Be("reaches");
        result.GetProperty("margin").GetDecimal().Should().Be(-2m);
        result.GetProperty("unit").GetString().Should().Be("%");
        result.GetProperty("deadline").GetString().Should().Be("2025-12-31");
        root.GetProperty("overdue").EnumerateArray().Select(e => e.GetString()).Should().Contain(FiveG);
        Encoding.UTF8.GetString(stream.ToArray()).Should().NotContain("\\u", "Chinese characters are written as they are");
    }

    [Fact]
    public void A_report_refuses_two_entries_for_one_target_when_built_in_code()
    {
        var observation = new Observation(1m, Jilin.Urbanization.Domain.Targets.Unit.Item, new LocalDate(2021, 1, 1));

        FluentActions.Invoking(() => new ProgressReport([new ProgressEntry(TargetId.Parse(Coats), observation), new ProgressEntry(TargetId.Parse(Coats), observation)]))
            .Should().Throw<ArgumentException>().WithMessage($"*{Coats}*");
        FluentActions.Invoking(() => new ProgressEntry(default, observation)).Should().Throw<ArgumentException>();
    }
}
