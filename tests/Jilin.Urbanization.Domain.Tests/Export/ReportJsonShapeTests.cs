using System.Text;
using System.Text.Json;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using Xunit.Abstractions;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Export;

/// <summary>
/// Issue 25, point 4: report rows in JSON are objects for programs — lists as arrays, subjects as {code, name, kind},
/// quantities as {value, unit}, statuses by camelCase name, no joined strings — and a report's JSON grows with what is
/// reported, not with the number of figures.
/// </summary>
public class ReportJsonShapeTests(ITestOutputHelper output)
{
    private static readonly ImplementationReport Report = new ImplementationTracker(Policies, TrackingLog.Empty)
        .Record(Figure(CareHomes, Meihekou, 1m, Unit.Institution, Day(2022, 11, 30), "梅河口市民政局"))
        .Record(Figure(CareHomes, Tongyu, 0m, Unit.Institution, Day(2022, 12, 31)))
        .Record(new StatusUpdate(WaterSupply, Housing, Day(2022, 12, 31), MeasureStatus.Delayed, "资金未到位"))
        .Report(Day(2023, 1, 15));

    private static readonly Lazy<ImplementationReport> QuarterOfAllCounties = new(BuildQuarterOfAllCounties);

    [Fact]
    public void A_rollup_row_in_json_has_the_target_as_an_object_and_the_subjects_not_meeting_it_as_an_array_of_named_subjects()
    {
        using var json = JsonDocument.Parse(TargetRollupTable.From(Report).ToJson());
        var careHomes = json.RootElement.EnumerateArray().Single(r => r.GetProperty("targetId").GetString() == CareHomes.ToString());

        careHomes.GetProperty("status").GetString().Should().Be("notMet");
        careHomes.GetProperty("binding").GetString().Should().Be("eachCounty");
        AssertTerms(careHomes.GetProperty("target"), "atLeast", 1m, "所");
        var notMeeting = careHomes.GetProperty("notMeeting");
        notMeeting.ValueKind.Should().Be(JsonValueKind.Array);
        AssertSubject(notMeeting.EnumerateArray().Single(), "220822", "通榆县", "county");
        AssertNoJoinedStrings(json.RootElement);
    }

    [Fact]
    public void A_target_progress_row_in_json_has_the_subject_as_code_name_kind_and_the_figure_as_value_and_unit()
    {
        using var json = JsonDocument.Parse(TargetProgressTable.From(Report).ToJson());
        var meihekou = json.RootElement.EnumerateArray()
            .Single(r => r.GetProperty("targetId").GetString() == CareHomes.ToString() && r.GetProperty("subject").GetProperty("code").GetString() == "220581");

        AssertSubject(meihekou.GetProperty("subject"), "220581", "梅河口市", "county");
        meihekou.GetProperty("status").GetString().Should().Be("met");
        var observed = meihekou.GetProperty("observed");
        observed.GetProperty("value").GetDecimal().Should().Be(1m);
        observed.GetProperty("unit").GetString().Should().Be("所");
        AssertTerms(meihekou.GetProperty("target"), "atLeast", 1m, "所");
        meihekou.TryGetProperty("subjectName", out _).Should().BeFalse("the name is inside the subject object");
        AssertNoJoinedStrings(json.RootElement);
    }

    [Fact]
    public void A_department_progress_row_in_json_has_the_department_as_a_subject_and_its_lists_as_arrays_of_objects()
    {
        using var json = JsonDocument.Parse(DepartmentProgressTable.From(Report).ToJson());
        var housing = json.RootElement.EnumerateArray().Single(r => r.GetProperty("department").GetProperty("code").GetString() == Housing.DepartmentId.ToString());

        AssertSubject(housing.GetProperty("department"), Housing.DepartmentId.ToString()!, "省住房和城乡建设厅", "department");
        var latest = housing.GetProperty("latestStatuses").EnumerateArray().Single(s => s.GetProperty("measureId").GetString() == WaterSupply.ToString());
        latest.GetProperty("status").GetString().Should().Be("delayed");
        housing.GetProperty("overdue").ValueKind.Should().Be(JsonValueKind.Array);
        var civilAffairs = json.RootElement.EnumerateArray().Single(r => r.GetProperty("overdue").EnumerateArray().Any(o => o.GetProperty("targetId").GetString() == CareHomes.ToString()));
        var overdue = civilAffairs.GetProperty("overdue").EnumerateArray().First(o => o.GetProperty("targetId").GetString() == CareHomes.ToString());
        overdue.GetProperty("deadline").GetString().Should().Be("2022-12-31");
        AssertTerms(overdue.GetProperty("target"), "atLeast", 1m, "所");
        AssertNoJoinedStrings(json.RootElement);
    }

    [Fact]
    public void A_county_progress_row_in_json_has_the_county_as_a_subject_and_its_overdue_targets_and_statuses_as_arrays()
    {
        using var json = JsonDocument.Parse(CountyProgressTable.From(Report).ToJson());
        var tongyu = json.RootElement.EnumerateArray().Single(r => r.GetProperty("county").GetProperty("code").GetString() == "220822");

        AssertSubject(tongyu.GetProperty("county"), "220822", "通榆县", "county");
        tongyu.GetProperty("notMet").GetInt32().Should().Be(1);
        tongyu.GetProperty("overdue").EnumerateArray().Select(o => o.GetProperty("targetId").GetString()).Should().Contain(CareHomes.ToString());
        tongyu.GetProperty("statusUpdates").ValueKind.Should().Be(JsonValueKind.Array);
        AssertNoJoinedStrings(json.RootElement);
    }

    [Fact]
    public void A_compliance_row_in_json_has_its_figures_as_value_and_unit_and_its_enums_by_name()
    {
        var target = Policies.GetTarget(FiveG);
        var progress = new ProgressReport([new ProgressEntry(target.Id, new Observation(78m, Unit.Percent, Day(2025, 12, 31)))]);
        using var json = JsonDocument.Parse(ComplianceTable.From(progress.Evaluate(Policies, Day(2026, 1, 1))).ToJson());
        var row = json.RootElement.EnumerateArray().Single();

        row.GetProperty("status").GetString().Should().Be("notMet");
        row.GetProperty("comparator").GetString().Should().Be("reaches");
        row.GetProperty("observed").GetProperty("value").GetDecimal().Should().Be(78m);
        row.GetProperty("observed").GetProperty("unit").GetString().Should().Be("%");
        row.GetProperty("target").GetProperty("value").GetDecimal().Should().Be(target.Value);
        row.GetProperty("margin").GetProperty("value").GetDecimal().Should().Be(78m - target.Value);
        row.TryGetProperty("unit", out _).Should().BeFalse("the unit sits with each figure");
    }

    [Fact]
    public void A_change_row_in_json_names_the_subject_and_who_recorded_it_and_gives_the_figure_as_value_and_unit()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty)
            .Record(Figure(CareHomes, Meihekou, 1m, Unit.Institution, Day(2022, 11, 30)));
        using var json = JsonDocument.Parse(ChangeTable.From(tracker.Changes(tracker.Scope(), Day(2023, 1, 15), Day(2022, 11, 1), Day(2023, 1, 15))).ToJson());
        var rows = json.RootElement.EnumerateArray().ToList();

        var entry = rows.Single(r => r.GetProperty("change").GetString() == "new");
        AssertSubject(entry.GetProperty("subject"), "220581", "梅河口市", "county");
        AssertSubject(entry.GetProperty("recordedBy"), "220581", "梅河口市", "county");
        entry.GetProperty("value").GetProperty("figure").GetProperty("value").GetDecimal().Should().Be(1m);
        entry.GetProperty("value").GetProperty("figure").GetProperty("unit").GetString().Should().Be("所");
        var status = rows.First(r => r.GetProperty("change").GetString() == "statusChanged");
        status.GetProperty("value").GetProperty("status").GetString().Should().MatchRegex("^[a-z][A-Za-z]+$", "a status by its camelCase name");
        status.GetProperty("value").GetProperty("overdue").ValueKind.Should().BeOneOf(JsonValueKind.True, JsonValueKind.False);
        AssertNoJoinedStrings(json.RootElement);
    }

    [Fact]
    public void The_report_document_holds_the_sections_and_adds_per_subject_results_only_when_asked()
    {
        using var sections = JsonDocument.Parse(ImplementationReportJson.From(Report).ToJson());
        using var results = JsonDocument.Parse(ImplementationReportJson.From(Report, ReportDetail.Results).ToJson());

        var root = sections.RootElement;
        root.GetProperty("asOf").GetString().Should().Be("2023-01-15");
        root.GetProperty("detail").GetString().Should().Be("sections");
        root.GetProperty("counts").GetProperty("notMet").GetInt32().Should().Be(Report.CountOf(ComplianceStatus.NotMet));
        root.GetProperty("targets").GetArrayLength().Should().Be(Report.Targets.Count);
        root.GetProperty("departments").GetArrayLength().Should().Be(Report.Departments.Count);
        root.GetProperty("counties").GetArrayLength().Should().Be(Report.Counties.Count);
        root.GetProperty("results").ValueKind.Should().Be(JsonValueKind.Null);
        results.RootElement.GetProperty("detail").GetString().Should().Be("results");
        results.RootElement.GetProperty("results").GetArrayLength().Should().Be(Report.Targets.Sum(t => t.Results.Count));
        AssertNoJoinedStrings(root);
    }

    [Fact]
    public void Flat_formats_keep_one_readable_cell_per_list_with_names_beside_codes()
    {
        var rollup = TargetRollupTable.From(Report);

        rollup.ToCsv(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")).Should().Contain("通榆县 (220822)");
        rollup.ToCsv(System.Globalization.CultureInfo.InvariantCulture).Should().Contain(",220822,", "the machine layout keeps the code");
        CountyProgressTable.From(Report).ToCsv(System.Globalization.CultureInfo.InvariantCulture)
            .Should().Contain($"{CareHomes} (atLeast 1 所, due 2022-12-31)", "CSV keeps the list in one readable cell");
    }

    [Fact]
    public void A_whole_catalog_report_with_a_quarter_of_figures_from_every_county_is_well_under_a_megabyte_unless_every_result_is_asked_for()
    {
        var report = QuarterOfAllCounties.Value;
        var sections = Encoding.UTF8.GetByteCount(ImplementationReportJson.From(report).ToJson());
        var results = Encoding.UTF8.GetByteCount(ImplementationReportJson.From(report, ReportDetail.Results).ToJson());
        var graph = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(report, DomainJson.CreateOptions()));
        output.WriteLine($"{report.Targets.Count} targets, {report.Counties.Count} counties, {report.Departments.Count} departments, {report.Targets.Sum(t => t.Results.Count)} results");
        output.WriteLine($"sections {sections:N0} B; with results {results:N0} B; the report's object graph through DomainJson {graph:N0} B");

        report.Counties.Should().HaveCountGreaterThanOrEqualTo(60, "every county-level division reported");
        sections.Should().BeLessThan(SectionsBound, "the sections grow with targets, departments and counties, not with figures");
        results.Should().BeGreaterThan(sections, "the per-subject results are the detail a caller asks for")
            .And.BeLessThan(ResultsBound, "even every result is one small object per target and subject");
    }

    // Measured 2026-12-06 (44 targets, 60 counties, 45 departments, 398 results): sections 76,692 B, with results
    // 333,410 B, the report's object graph through DomainJson 6,281,096 B. The bounds leave room for the catalog to grow.
    private const int SectionsBound = 128 * 1024;

    private const int ResultsBound = 512 * 1024;

    private static ImplementationReport BuildQuarterOfAllCounties()
    {
        var counties = DivisionRegistry.Default.Counties;
        var days = new[] { Day(2025, 1, 31), Day(2025, 2, 28), Day(2025, 3, 31) };
        var observations = new List<ProgressObservation>();
        var statuses = new List<StatusUpdate>();
        foreach (var target in Policies.Targets)
        {
            var subjects = target.Binding == TargetBinding.EachCounty
                ? counties.Select(c => Subject.OfDivision(c.Code))
                : [Subject.Province];
            foreach (var subject in subjects)
            {
                for (var month = 0; month < days.Length; month++)
                {
                    observations.Add(new ProgressObservation(target.Id, subject, new Observation(target.Quantity.Value * (month + 1) / 3m, target.Unit, days[month]), "统计局"));
                }
            }
        }

        foreach (var measure in Policies.Measures)
        {
            if (measure.Responsibility.Lead is { } lead)
            {
                foreach (var day in days)
                {
                    statuses.Add(new StatusUpdate(measure.Id, Subject.OfDepartment(lead.Id), day, MeasureStatus.InProgress, "按计划推进"));
                }
            }
        }

        return new ImplementationTracker(Policies, new TrackingLog(observations, statuses, [])).Report(Day(2025, 3, 31));
    }

    private static void AssertSubject(JsonElement subject, string code, string name, string kind)
    {
        subject.ValueKind.Should().Be(JsonValueKind.Object);
        subject.GetProperty("code").GetString().Should().Be(code);
        subject.GetProperty("name").GetString().Should().Be(name);
        subject.GetProperty("kind").GetString().Should().Be(kind);
    }

    private static void AssertTerms(JsonElement terms, string comparator, decimal value, string unit)
    {
        terms.ValueKind.Should().Be(JsonValueKind.Object);
        terms.GetProperty("comparator").GetString().Should().Be(comparator);
        terms.GetProperty("value").GetProperty("value").GetDecimal().Should().Be(value);
        terms.GetProperty("value").GetProperty("unit").GetString().Should().Be(unit);
    }

    /// <summary>No string anywhere holds a list joined with the flat formats' separator.</summary>
    private static void AssertNoJoinedStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name != "quote")
                    {
                        AssertNoJoinedStrings(property.Value);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AssertNoJoinedStrings(item);
                }

                break;
            case JsonValueKind.String:
                element.GetString().Should().NotContain(ExportTable<TargetRollupRow>.ListSeparator, "a list is an array, not a joined string");
                break;
        }
    }
}
