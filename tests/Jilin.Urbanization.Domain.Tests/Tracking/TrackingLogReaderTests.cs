using System.Text;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

public class TrackingLogReaderTests
{
    private static TrackingLog Csv(string text) => TrackingLogReader.ReadObservationsCsv(Policies, new StringReader(text));

    private static TrackingLog StatusCsv(string text) => TrackingLogReader.ReadStatusUpdatesCsv(Policies, new StringReader(text));

    [Fact]
    public void Columns_are_read_by_name_in_any_order_and_unknown_ones_are_ignored()
    {
        var log = Csv($"observedOn,unit,value,county,remark,target\n2022-12-01,所,1,梅河口,—,{CareHomes}\n");

        var figure = log.Observations.Should().ContainSingle().Which;
        figure.Subject.Should().Be(Meihekou);
        figure.Observation.Value.Value.Should().Be(1m);
    }

    [Fact]
    public void The_reader_is_the_intake_pipeline_so_Chinese_headers_and_values_as_offices_type_them_read()
    {
        var log = Csv($"指标编号,完成值,单位,统计日期,备注\n{FiveG},７８％,,2025/9/30,一季度\n");

        var figure = log.Observations.Single();
        (figure.Observation.Value.Value, figure.Observation.Value.Unit.Symbol, figure.Observation.ObservedOn, figure.Note)
            .Should().Be((78m, "%", Day(2025, 9, 30), "一季度"));
    }

    [Fact]
    public void A_figure_in_a_compatible_unit_is_kept_as_written_and_its_json_log_reads_back_equal()
    {
        // The intake converts 万人 to the target's 人; the tracking readers read back what the library wrote, so they keep it.
        const string People = "jilin-2021-urbanization-tasks/9/t1";
        var log = Csv($"target,value,unit,observedOn\n{People},3.8,万人,2021-12-31\n");

        log.Observations.Single().Observation.Value.Should().Be(new Jilin.Urbanization.Domain.Targets.Quantity(3.8m, Jilin.Urbanization.Domain.Targets.Unit.Parse("万人")));
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(log, Jilin.Urbanization.Domain.Serialization.DomainJson.CreateOptions(Policies));
        TrackingLogReader.ReadJson(Policies, new MemoryStream(json)).Should().Be(log);
    }

    [Fact]
    public void The_old_header_still_reads_with_the_province_as_subject() =>
        Csv($"indicator,value,unit,observedOn\n{FiveG},78,%,2025-12-01\n").Observations.Single().Subject.Should().Be(Subject.Province);

    [Fact]
    public void Semicolons_quoted_newlines_a_byte_order_mark_and_CRLF_are_read()
    {
        var text = "\uFEFFtarget;subject;value;unit;observedOn;note\r\n" +
                   $"{FiveG};全省;\"78.5\";％;2025-12-01;\"第一行\r\n第二行; 含分号\"\r\n";

        var figure = Csv(text).Observations.Single();

        figure.Observation.Value.Value.Should().Be(78.5m);
        figure.Note.Should().Be("第一行\r\n第二行; 含分号");
    }

    [Theory]
    [InlineData("%", 78)]
    [InlineData("％", 78)]
    [InlineData("percent", 78)]
    [InlineData("Percent", 78)]
    [InlineData("fraction", 0.78)]
    public void Units_are_read_as_people_type_them(string unit, double value) =>
        Csv($"target,value,unit,observedOn\n{FiveG},{value.ToString(System.Globalization.CultureInfo.InvariantCulture)},{unit},2025-12-01\n")
            .Observations.Single().Observation.Value.ConvertTo(Jilin.Urbanization.Domain.Targets.Unit.Percent).Value.Should().Be(78m);

    [Theory]
    [InlineData("target,value,unit\n", "row 1", "no 'observedOn'")]
    [InlineData("target,value,unit,observedOn\njilin-2022-county-urbanization/68/t9,1,%,2025-01-01\n", "row 2, column A (target)", "No target")]
    [InlineData("target,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,x,%,2025-01-01\n", "row 2, column B (value)", "not a number")]
    [InlineData("target,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,78,furlongs,2025-01-01\n", "row 2, column C (unit)", "not a known unit")]
    [InlineData("target,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,120,%,2025-01-01\n", "row 2, column B (value)", "at most 100 %")]
    [InlineData("target,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,-1,%,2025-01-01\n", "row 2, column B (value)", "negative")]
    [InlineData("target,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,78,%,2025-13-01\n", "row 2, column D (observedOn)", "not a date")]
    [InlineData("target,subject,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,梅河口,78,%,2025-01-01\n", "row 2, column B (subject)", "binds the province")]
    [InlineData("target,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,78,%,\"2025-01-01\n", "row 2", "never closed")]
    [InlineData("target,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,78,%,2025-01-01,,stray\n", "row 2, column F", "value in column F, beyond the header's last column")]
    public void Bad_input_is_refused_with_its_row_and_column(string text, string location, string message)
    {
        var error = FluentActions.Invoking(() => Csv(text)).Should().Throw<PolicyDataException>().Which;

        error.Location.Should().Be(location);
        error.Message.Should().Contain(message);
        TrackingLogReader.TryReadObservationsCsv(Policies, new StringReader(text), out var log, out var tryError).Should().BeFalse();
        log.Should().BeNull();
        tryError!.Location.Should().Be(error.Location);
    }

    [Fact]
    public void The_reader_and_Evaluate_refuse_120_percent_with_the_same_rule()
    {
        const string Rule = "a share is at most 100 % (1 as a fraction)";
        FluentActions.Invoking(() => Csv($"target,value,unit,observedOn\n{FiveG},120,%,2025-01-01\n"))
            .Should().Throw<PolicyDataException>().WithMessage($"*{Rule}*");
        FluentActions.Invoking(() => Policies.GetTarget(FiveG).Evaluate(new Observation(120m, Jilin.Urbanization.Domain.Targets.Unit.Percent, Day(2025, 1, 1)), Day(2025, 1, 2)))
            .Should().Throw<ArgumentException>().WithMessage($"*{Rule}*");
    }

    [Fact]
    public void The_location_is_the_row_and_the_column_of_the_bad_field_by_letter_and_header() =>
        FluentActions.Invoking(() => Csv($"unit,observedOn,target,value\n%,2025-01-01,{FiveG},x\n"))
            .Should().Throw<PolicyDataException>().Which.Location.Should().Be("row 2, column D (value)");

    [Fact]
    public void Status_updates_read_by_name_with_Chinese_or_English_status_and_any_reporter_name()
    {
        var log = StatusCsv(
            "measure,department,status,date,narrative\n" +
            $"{WaterSupply},省住房和城乡建设厅,推进中,2025-03-31,新建水厂2座\n" +
            $"{WaterSupply},梅河口市人民政府,delayed,2025-03-31,\"资金未到位, 待省级补助\"\n");

        log.StatusUpdates.Select(u => (u.Reporter, u.Status)).Should().Equal((Housing, MeasureStatus.InProgress), (Meihekou, MeasureStatus.Delayed));
        log.StatusUpdates[1].Narrative.Should().Be("资金未到位, 待省级补助");
    }

    [Fact]
    public void A_status_update_from_a_department_not_responsible_is_refused_at_its_reporter()
    {
        var error = FluentActions.Invoking(() => StatusCsv($"measure,reporter,status,reportedOn\n{WaterSupply},省教育厅,completed,2025-03-31\n"))
            .Should().Throw<PolicyDataException>().Which;

        error.Location.Should().Be("row 2, column B (reporter)");
        error.Message.Should().Contain("省教育厅 is not responsible").And.Contain("省住房和城乡建设厅");
    }

    [Fact]
    public void Json_reads_observations_and_status_updates_and_refuses_null_items_with_their_path()
    {
        var json = $$"""
            {"version": 1,
             "observations": [{"target": "{{CareHomes}}", "subject": "220581", "value": 1, "unit": "所", "observedOn": "2022-12-01", "source": "民政局报送"}],
             "statusUpdates": [{"measure": "{{WaterSupply}}", "reporter": "住房和城乡建设厅", "status": "completed", "reportedOn": "2025-06-30", "narrative": "完成"}]}
            """;
        var log = TrackingLogReader.ReadJson(Policies, new MemoryStream(Encoding.UTF8.GetBytes(json)));

        log.Observations.Single().Source.Should().Be("民政局报送");
        log.StatusUpdates.Single().Status.Should().Be(MeasureStatus.Completed);

        var withNull = """{"version": 1, "observations": [null]}""";
        FluentActions.Invoking(() => TrackingLogReader.ReadJson(Policies, new MemoryStream(Encoding.UTF8.GetBytes(withNull))))
            .Should().Throw<PolicyDataException>().Which.Location.Should().Be("$.observations[0]");
    }

    [Theory]
    [InlineData("""{"version": 1, "observations": [{"target": "x", "value": 1e40, "unit": "%", "observedOn": "2025-01-01"}]}""")]
    [InlineData("""{"version": 3}""")]
    [InlineData("""[]""")]
    [InlineData("""{"version": 1, "observations": [{"target": "jilin-2022-county-urbanization/68/t1", "unit": "%", "observedOn": "2025-01-01"}]}""")]
    public void Malformed_json_is_refused_and_Try_answers_false(string json)
    {
        FluentActions.Invoking(() => TrackingLogReader.ReadJson(Policies, new MemoryStream(Encoding.UTF8.GetBytes(json)))).Should().Throw<PolicyDataException>();
        TrackingLogReader.TryReadJson(Policies, new MemoryStream(Encoding.UTF8.GetBytes(json)), out _, out var error).Should().BeFalse();
        error.Should().NotBeNull();
    }
}
