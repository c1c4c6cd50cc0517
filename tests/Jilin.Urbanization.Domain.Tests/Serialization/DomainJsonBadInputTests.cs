using System.Text.Json;
using System.Text.Json.Nodes;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Serialization;

/// <summary>
/// Reading the library's types through <see cref="DomainJson"/> goes through their validation: bad JSON is a
/// <see cref="JsonException"/> (or the exception the type's constructor documents), never an object that breaks an invariant.
/// </summary>
public class DomainJsonBadInputTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly JsonSerializerOptions Options = DomainJson.CreateOptions(Catalog);

    private static readonly StatusUpdate Update = new(
        MeasureId.Parse("jilin-2022-county-urbanization/26"), Subject.OfDivision(DivisionCode.Parse("220581")), new LocalDate(2025, 9, 30), MeasureStatus.Delayed, "水厂扩建资金未到位");

    private static JsonObject JsonOf<T>(T value) => JsonSerializer.SerializeToNode(value, Options)!.AsObject();

    private static Func<T?> Reading<T>(JsonNode json, JsonSerializerOptions? options = null) =>
        () => JsonSerializer.Deserialize<T>(json.ToJsonString(), options ?? Options);

    [Theory]
    [InlineData("text")]
    [InlineData("responsibility")]
    [InlineData("span")]
    public void A_measure_without_a_required_member_is_refused(string member)
    {
        var json = JsonOf(Catalog.GetMeasure("jilin-2022-county-urbanization/68"));
        json.Remove(member).Should().BeTrue();

        Reading<Measure>(json).Should().Throw<JsonException>().WithMessage($"*{member}*");
    }

    [Theory]
    [InlineData("reportedOn")]
    [InlineData("status")]
    [InlineData("reporter")]
    public void A_missing_constructor_argument_is_refused_not_defaulted(string member)
    {
        var json = JsonOf(Update);
        json.Remove(member);

        Reading<StatusUpdate>(json).Should().Throw<JsonException>().WithMessage($"*{member}*");
    }

    [Fact]
    public void Options_configured_by_ConfigureDomainJson_also_refuse_a_missing_constructor_argument()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureDomainJson();
        var json = JsonOf(new Observation(78m, Unit.Percent, new LocalDate(2025, 12, 31)));
        json.Remove("observedOn");

        Reading<Observation>(json, options).Should().Throw<JsonException>().WithMessage("*observedOn*");
    }

    [Theory]
    [InlineData("done")]
    [InlineData("Delayed ")]
    [InlineData("4")]
    public void An_enum_by_a_name_it_does_not_have_is_refused(string status)
    {
        var json = JsonOf(Update);
        json["status"] = status;

        Reading<StatusUpdate>(json).Should().Throw<JsonException>();
    }

    [Fact]
    public void An_enum_as_a_number_is_refused()
    {
        var json = JsonOf(Update);
        json["status"] = 4;

        Reading<StatusUpdate>(json).Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("measure", "jilin-2022-county-urbanization/0")]
    [InlineData("measure", "jilin-2022-county-urbanization")]
    [InlineData("measure", " jilin-2022-county-urbanization/26")]
    [InlineData("reporter", "梅河口")]
    [InlineData("reporter", "department:")]
    [InlineData("reportedOn", "2025-9-30")]
    [InlineData("reportedOn", "2025-02-30")]
    public void A_malformed_id_subject_or_date_is_refused(string member, string text)
    {
        var json = JsonOf(Update);
        json[member] = text;

        Reading<StatusUpdate>(json).Should().Throw<JsonException>();
    }

    [Fact]
    public void A_malformed_division_code_is_refused()
    {
        var division = DivisionRegistry.Default.Get(DivisionCode.Parse("220581"));
        var json = JsonOf(division);
        json["code"] = "2205810";

        Reading<AdministrativeDivision>(json).Should().Throw<JsonException>();
    }

    [Fact]
    public void A_null_where_the_type_allows_none_is_refused()
    {
        var json = JsonOf(Update);
        json["narrative"] = null;

        Reading<StatusUpdate>(json).Should().Throw<JsonException>().WithMessage("*narrative*");
    }

    [Fact]
    public void A_null_item_in_a_list_is_refused()
    {
        var json = JsonOf(Catalog.GetMeasure("jilin-2022-county-urbanization/68"));
        json["targets"]!.AsArray().Add(null);

        Reading<Measure>(json).Should().Throw<JsonException>().WithMessage("*null*");
    }

    [Fact]
    public void A_negative_span_offset_is_refused_by_the_span_itself()
    {
        var json = JsonOf(Catalog.GetMeasure("jilin-2022-county-urbanization/68").Span);
        json["offset"] = -1;

        Reading<SourceSpan>(json).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_unit_factor_of_zero_is_refused_by_the_unit_itself()
    {
        var json = JsonOf(Unit.Percent);
        json["factor"] = 0;

        Reading<Unit>(json).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Factor");
    }

    [Fact]
    public void A_chart_of_no_width_is_refused_by_the_chart_itself()
    {
        var json = JsonOf(new SvgChart("t", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", 10, 10, 0));
        json["width"] = 0;

        Reading<SvgChart>(json).Should().Throw<ArgumentException>().WithParameterName("width");
    }

    [Fact]
    public void A_report_table_row_with_a_cell_missing_is_refused_by_the_table_itself()
    {
        var json = JsonOf(new ReportTable("t", ["a", "b"], [[new ReportCell("1"), new ReportCell("2")]]));
        json["rows"]![0]!.AsArray().RemoveAt(1);

        Reading<ReportTable>(json).Should().Throw<ArgumentException>().WithMessage("*Row 1 has 1 cells*");
    }

    [Fact]
    public void A_member_given_twice_is_refused()
    {
        var text = JsonOf(Update).ToJsonString();
        var twice = text.Replace("\"narrative\":", "\"narrative\":\"x\",\"narrative\":", StringComparison.Ordinal);

        var act = () => JsonSerializer.Deserialize<StatusUpdate>(twice, Options);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void A_tracking_scope_is_read_only_over_a_catalog_given_explicitly()
    {
        var scope = TrackingScope.Everything(Catalog).ForMeasure(MeasureId.Parse("jilin-2022-county-urbanization/26"));
        var json = JsonSerializer.Serialize(scope, Options);

        var withoutCatalog = () => JsonSerializer.Deserialize<TrackingScope>(json, DomainJson.CreateOptions());

        withoutCatalog.Should().Throw<JsonException>().WithMessage("*CreateOptions(catalog)*");
        JsonSerializer.Deserialize<TrackingScope>(json, Options).Should().Be(scope);
    }

    [Fact]
    public void A_tracking_scope_naming_a_measure_the_catalog_does_not_hold_is_refused()
    {
        var json = JsonSerializer.SerializeToNode(TrackingScope.Everything(Catalog), Options)!;
        json["measures"] = new JsonArray("jilin-2022-county-urbanization/89");

        Reading<TrackingScope>(json).Should().Throw<JsonException>().WithMessage("*measures*");
    }

    [Fact]
    public void Ids_dates_and_enums_are_written_as_the_schemas_write_them()
    {
        var json = JsonOf(Update);

        json["measure"]!.GetValue<string>().Should().Be("jilin-2022-county-urbanization/26");
        json["reporter"]!.GetValue<string>().Should().Be("220581");
        json["reportedOn"]!.GetValue<string>().Should().Be("2025-09-30");
        json["status"]!.GetValue<string>().Should().Be("delayed");
        var measure = JsonOf(Catalog.GetMeasure("jilin-2022-county-urbanization/68"));
        measure["chapter"]!.GetValue<int>().Should().Be(Catalog.GetMeasure("jilin-2022-county-urbanization/68").ChapterNumber, "docs/catalog.schema.json names it chapter");
        measure["group"]!.GetValue<int>().Should().Be(Catalog.GetMeasure("jilin-2022-county-urbanization/68").GroupNumber);
    }

    [Fact]
    public void A_tracking_log_in_DomainJson_is_a_tracking_file_the_reader_accepts()
    {
        var observation = new ProgressObservation(
            TargetId.Parse("jilin-2022-county-urbanization/43/t1"), Subject.OfDivision(DivisionCode.Parse("220581")),
            new Observation(1m, Unit.Parse("所"), new LocalDate(2022, 12, 20)), "梅河口市民政局报送");
        var log = new TrackingLog([observation], [Update]);

        var json = JsonSerializer.SerializeToUtf8Bytes(log, Options);

        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("version").GetInt32().Should().Be(TrackingLogReader.SupportedVersion);
        var written = document.RootElement.GetProperty("observations")[0];
        written.EnumerateObject().Select(p => p.Name).Should().Equal("target", "subject", "value", "unit", "observedOn", "source", "note", "recordedOn", "recordedBy", "reason");
        written.GetProperty("unit").GetString().Should().Be("所", "docs/tracking.schema.json writes a unit by its symbol");
        TrackingLogReader.ReadJson(Catalog, new MemoryStream(json)).Should().Be(log);
    }

    [Fact]
    public void An_observation_in_a_unit_known_by_no_symbol_keeps_the_whole_unit()
    {
        var unit = new Unit("件/年", "件/年", 1m, "pieces a year");
        var observation = new ProgressObservation(
            TargetId.Parse("jilin-2022-county-urbanization/43/t1"), Subject.Province, new Observation(3m, unit, new LocalDate(2022, 12, 20)));

        var back = JsonSerializer.Deserialize<ProgressObservation>(JsonSerializer.Serialize(observation, Options), Options);

        back.Should().Be(observation);
        back!.Observation.Value.Unit.EnglishName.Should().Be("pieces a year");
    }

    [Theory]
    [InlineData("indicator")]
    [InlineData("targetId")]
    public void An_observation_with_a_member_it_does_not_have_is_refused(string member)
    {
        var json = """{"target":"jilin-2022-county-urbanization/43/t1","subject":"220581","value":1,"unit":"所","observedOn":"2022-12-20"}""";
        var decorated = json.Replace("}", $",\"{member}\":\"x\"}}", StringComparison.Ordinal);

        JsonSerializer.Deserialize<ProgressObservation>(json, Options)!.Subject.Should().Be(Subject.OfDivision(DivisionCode.Parse("220581")));
        var act = () => JsonSerializer.Deserialize<ProgressObservation>(decorated, Options);
        act.Should().Throw<JsonException>().WithMessage($"*{member}*");
    }

    [Fact]
    public void A_tracking_log_of_another_version_is_refused()
    {
        var json = JsonSerializer.SerializeToNode(new TrackingLog([], [Update]), Options)!;
        json["version"] = 3;

        Reading<TrackingLog>(json).Should().Throw<JsonException>().WithMessage("*version 3*");
    }
}
