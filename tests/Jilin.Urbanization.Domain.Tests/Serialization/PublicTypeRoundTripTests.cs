using System.Text.Json;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Parsing;
using Jilin.Urbanization.Domain.Places;
using Jilin.Urbanization.Domain.Queries;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tests.Support;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Serialization;

/// <summary>
/// Issue 13, point 1: every public type of the library either round-trips through <see cref="DomainJson.CreateOptions(PolicyCatalog)"/>
/// with a real instance, or is named below as not data, with the reason. A new public type fails
/// <see cref="Every_public_type_is_a_round_tripped_data_type_or_named_as_not_data"/> until it is classified.
/// </summary>
public class PublicTypeRoundTripTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly JsonSerializerOptions Options = DomainJson.CreateOptions(Catalog);

    /// <summary>Public types that hold no data of their own to exchange, each with the reason.</summary>
    private static readonly Dictionary<Type, string> NotData = new()
    {
        [typeof(PolicyCatalog)] = "the data root: its own WriteJson/ReadJson (docs/catalog.schema.json), round-tripped in The_catalog_round_trips_through_its_own_json",
        [typeof(MeasureFilter)] = "a predicate over measures (code, not data)",
        [typeof(MeasureQuery)] = "a lazy query over a catalog; what it yields (Measure) round-trips",
        [typeof(TargetQuery)] = "a lazy query over a catalog; what it yields (TargetIndicator) round-trips",
        [typeof(DepartmentRegistry)] = "a look-up service over Department values, which round-trip",
        [typeof(PlaceGazetteer)] = "a look-up service over Place values, which round-trip",
        [typeof(DivisionRegistry)] = "a look-up service over AdministrativeDivision values, which round-trip",
        [typeof(SubjectDirectory)] = "resolves names to Subject values, which round-trip",
        [typeof(EnglishLabels)] = "a look-up service over DocumentLabels values, which round-trip",
        [typeof(ImplementationTracker)] = "computes ImplementationReport from a catalog and a TrackingLog, both round-tripped",
        [typeof(PolicyTextParserOptions)] = "parser settings holding a DepartmentRegistry service",
        [typeof(ExportTable<>)] = "an exporter (CSV, JSON, Markdown) over rows; the row records round-trip",
        [typeof(TableColumn<>)] = "a header and a Func<TRow, string>: code, not data",
        [typeof(MeasureTable)] = "an exporter over MeasureRow",
        [typeof(DepartmentTable)] = "an exporter over DepartmentRow",
        [typeof(PlaceTable)] = "an exporter over PlaceRow",
        [typeof(TargetTable)] = "an exporter over TargetRow",
        [typeof(ComplianceTable)] = "an exporter over ComplianceRow",
        [typeof(TargetProgressTable)] = "an exporter over TargetProgressRow",
        [typeof(DepartmentProgressTable)] = "an exporter over DepartmentProgressRow",
        [typeof(CountyProgressTable)] = "an exporter over CountyProgressRow",
        [typeof(TargetRollupTable)] = "an exporter over TargetRollupRow",
        [typeof(ChangeTable)] = "an exporter over ChangeRow",
        [typeof(EntryKey)] = "the key of an entry: written inside its entry and its Withdrawal, which round-trip",
        [typeof(EntryVersion)] = "a view of one entry of a TrackingLog (which round-trips) beside the version before it, made by Versions and Changes",
        [typeof(ChangeReport)] = "computed from a TrackingLog (which round-trips) between two days of knowledge; exported by ChangeTable, whose rows round-trip",
        [typeof(StatusChange)] = "two TargetResult values (which round-trip) of one ChangeReport",
        [typeof(RecordResult)] = "the outcome of ImplementationTracker.Record: a tracker (code) and the entries' effects",
        [typeof(TrackingReadOptions)] = "reader settings (defaults for a file), not exchanged data",
        [typeof(Jilin.Urbanization.Domain.Intake.IntakeSource)] = "a reader of a file's tables (code over a stream); what it yields becomes entries, which round-trip",
        [typeof(Jilin.Urbanization.Domain.Intake.IntakeTable)] = "a forward-only cursor over a table's rows (code over a stream)",
        [typeof(Jilin.Urbanization.Domain.Intake.IntakeFormat)] = "recognises and opens a kind of file (code)",
        [typeof(Jilin.Urbanization.Domain.Intake.IntakeOptions)] = "reader settings holding formats (code) and an Encoding, not exchanged data",
        [typeof(Jilin.Urbanization.Domain.Intake.IntakeResult)] = "a TrackingLog and a ValidationReport; the log and the report's problems round-trip",
        [typeof(Jilin.Urbanization.Domain.Intake.ValidationReport)] = "a bounded list of ValidationProblem values (which round-trip) with counts, exported by WriteCsv and WriteMarkdown",
        [typeof(DivisionCodeTypeConverter)] = "a System.ComponentModel type converter for DivisionCode",
        [typeof(Supervisor)] = "computes lights, notices, rankings and calendars from an ImplementationTracker and a SupervisionLog, which round-trips",
    };

    /// <summary>A real instance of every public data type: from the embedded catalog, the sample tracking files, reports made from them.</summary>
    private static readonly Lazy<Dictionary<Type, object>> Samples = new(MakeSamples);

    public static TheoryData<string> DataTypeNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in PublicTypes().Where(t => Classify(t) is null).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void Every_public_type_is_a_round_tripped_data_type_or_named_as_not_data()
    {
        var unclassified = PublicTypes()
            .Where(t => Classify(t) is null && !t.IsEnum && !Samples.Value.ContainsKey(SampleKey(t)))
            .Select(t => t.FullName)
            .ToList();

        unclassified.Should().BeEmpty("every public type needs a sample instance that round-trips through DomainJson, or an entry in NotData with the reason");
        NotData.Keys.Should().OnlyContain(t => t.IsPublic, "the not-data list names only public types");
        Samples.Value.Keys.Should().NotContain(t => NotData.ContainsKey(t), "a type is either data or not");
    }

    [Theory]
    [MemberData(nameof(DataTypeNames))]
    public void A_public_data_type_round_trips_through_DomainJson(string typeName)
    {
        var type = PublicTypes().Single(t => t.FullName == typeName);
        var key = SampleKey(type);
        if (!type.IsEnum)
        {
            Samples.Value.Should().ContainKey(key, $"{typeName} is public data: give it a sample");
        }

        var values = type.IsEnum ? Enum.GetValues(type).Cast<object>().ToList() : [Samples.Value[key]];   // an enum: every member

        foreach (var value in values)
        {
            var json = JsonSerializer.Serialize(value, key, Options);
            json.Should().NotContain("\"calendar\"").And.NotContain("\"eras\"", "NodaTime values are ISO strings");
            var back = JsonSerializer.Deserialize(json, key, Options);

            back.Should().NotBeNull();
            JsonSerializer.Serialize(back, key, Options).Should().Be(json, $"{typeName} reads back what it wrote");
            if (HasValueEquality(key))
            {
                back.Should().Be(value, $"{typeName} has value equality");
            }
        }
    }

    [Fact]
    public void The_catalog_round_trips_through_its_own_json()
    {
        using var stream = new MemoryStream();
        Catalog.WriteJson(stream);
        stream.Position = 0;

        var back = PolicyCatalog.ReadJson(stream);

        back.Documents.Should().Equal(Catalog.Documents);
        back.Targets.Should().Equal(Catalog.Targets);
    }

    private static IEnumerable<Type> PublicTypes() => typeof(PolicyCatalog).Assembly.GetExportedTypes();

    /// <summary>Why a type is not sampled: static, an exception, or on <see cref="NotData"/>; null for data.</summary>
    private static string? Classify(Type type) =>
        type.IsAbstract && type.IsSealed ? "static: no instances"
        : typeof(Exception).IsAssignableFrom(type) ? "an exception: an error report, not data"
        : type.IsInterface ? "an interface: its implementations are classified"
        : NotData.GetValueOrDefault(type);

    /// <summary>The closed type a generic definition is sampled as (<c>ValueList&lt;MeasureId&gt;</c>).</summary>
    private static Type SampleKey(Type type) => type == typeof(ValueList<>) ? typeof(ValueList<MeasureId>) : type;

    private static bool HasValueEquality(Type type) =>
        type.IsValueType || type.GetMethod(nameof(Equals), [typeof(object)])?.DeclaringType == type;

    private static Dictionary<Type, object> MakeSamples()
    {
        var samples = new Dictionary<Type, object>();
        void Add<T>(T value)
            where T : notnull => samples[typeof(T)] = value;

        var county2022 = Catalog.GetDocument(DocumentIds.CountyUrbanization2022);
        var measure = Catalog.GetMeasure("jilin-2022-county-urbanization/68");
        var target = Catalog.GetTarget(TargetId.Parse("jilin-2022-county-urbanization/68/t1"));

        // Documents, departments, places, errata, targets: the embedded catalog.
        Add(county2022.Id);
        Add(measure.Id);
        Add(county2022);
        Add(county2022.Chapters[1]);
        Add(county2022.GetGroup(15));
        Add(county2022.TitleLines[0]);
        Add(measure);
        Add(measure.Span);
        Add(county2022.Source);
        Add(county2022.ImplicitImplementer!);
        Add(measure.Responsibility);
        Add(Catalog.Measures.SelectMany(m => m.Responsibility.Departments).First());
        var department = Catalog.FindDepartment("省住房和城乡建设厅");
        Add(department);
        Add(department.Id);
        var place = Catalog.FindPlace("梅河口市");
        Add(place);
        Add(place.Id);
        Add(Catalog.PlaceMentions[0]);
        var erratum = Catalog.Documents.SelectMany(d => d.Errata).First();
        Add(erratum);
        Add(erratum.Id);
        Add(Catalog.Conditions[0]);
        Add(Catalog.Conditions[0].Id);
        Add(target);
        Add(target.Id);
        Add(target.Quantity);
        Add(target.Unit);
        Add(target.Deadline!);
        Add(EmbeddedData.ReadErrata()[0]);                  // curated files, as embedded
        Add(EmbeddedTargetAnnotations.Value[0]);
        Add(Catalog.Labels.Of(department));
        Add(Catalog.Labels.Documents[0]);
        Add(Catalog.RankDepartments()[0]);
        Add(Catalog.PartnersOf(department.Id.ToString())[0]);
        var related = Catalog.RelatedTo("jilin-2021-urbanization-tasks/40", DocumentId.CountyUrbanization2022, top: 3)[0];
        Add(related);
        Add(related.Reasons[0]);
        Add(new[] { measure.Id, target.MeasureId }.ToValueList());
        Add(EmbeddedDataInfo.Resources[0]);
        Add(SeedManifest.Entries[0]);

        // Divisions and tracking: the sample tracking files of samples/data.
        var meihekou = DivisionRegistry.Default.Get(DivisionCode.Parse("220581"));
        Add(meihekou);
        Add(meihekou.Code);
        var log = SampleLog();
        Add(log);
        var problem = new Jilin.Urbanization.Domain.Intake.ValidationProblem(
            new Jilin.Urbanization.Domain.Intake.IntakeLocation("梅河口.csv", null, 5, 3, "完成值", null), "７８ｘ", "'７８ｘ' is not a number.", "Write digits only.");
        Add(problem);
        Add(problem.Location);
        Add(log.Observations[0]);
        Add(log.StatusUpdates[0]);
        var withdrawal = new Withdrawal(log.Observations[0].Key, log.Observations[0].ObservedOn.PlusDays(20), log.Observations[0].Subject, "填报错误");
        Add(withdrawal);
        var meihekouRow = new ReportSubject("220581", "梅河口市", SubjectKind.County);
        Add(new ChangeRow("2025-10-20", "correction", "jilin-2022-county-urbanization/43/t1", meihekouRow, "2025-09-30", new ChangeValue(new ReportQuantity(1m, "所"), null, false), new ChangeValue(new ReportQuantity(0m, "所"), null, false), meihekouRow, "统计口径调整"));
        Add(new ChangeValue(null, "notMet", true));
        Add(log.Observations[0].Subject);
        Add(log.Observations[0].Observation);
        var asOf = new LocalDate(2025, 12, 31);
        var report = new ImplementationTracker(Catalog, log).Report(asOf);
        Add(report);
        Add(report.Scope);
        Add(report.Targets[0]);
        Add(report.Targets.SelectMany(t => t.Results).First(r => r.Evaluation is not null));
        Add(report.Measures.First(m => m.LatestByReporter.Count > 0));
        Add(report.Departments[0]);
        Add(report.Counties[0]);

        // Compliance: a progress report of the 5G figure, evaluated.
        var progress = new ProgressReport([new ProgressEntry(target.Id, new Observation(78m, Unit.Percent, asOf))]);
        Add(progress);
        Add(progress.Entries[0]);
        var compliance = progress.Evaluate(Catalog, new LocalDate(2026, 1, 1));
        Add(compliance);
        Add(compliance.Results[0]);

        // Export rows, charts, reports.
        Add(Catalog.ExportMeasures().Rows[0]);
        Add(Catalog.ExportDepartments().Rows[0]);
        Add(Catalog.ExportPlaces().Rows[0]);
        Add(Catalog.ExportTargets().Rows[0]);
        Add(ComplianceTable.From(compliance).Rows[0]);
        Add(TargetProgressTable.From(report).Rows[0]);
        Add(DepartmentProgressTable.From(report).Rows[0]);
        Add(CountyProgressTable.From(report).Rows[0]);
        Add(TargetRollupTable.From(report).Rows[0]);
        var programs = ImplementationReportJson.From(report, ReportDetail.Results);
        Add(programs);
        Add(programs.Counts);
        Add(programs.Results![0].Subject);
        Add(programs.Results.First(r => r.Observed is not null).Observed!);
        Add(programs.Targets[0].Target);
        Add(programs.Counties.SelectMany(c => c.Overdue).First());
        Add(new LatestStatus("jilin-2022-county-urbanization/26", MeasureStatus.Delayed));
        var bar = ImplementationStatusBars.Overall(report);
        Add(bar);
        Add(bar.Counts[0]);
        var html = HtmlReport.ForImplementation(report);
        Add(html);
        var section = html.Sections.First(s => s.Tables.Count > 0 && s.Charts.Count > 0);
        Add(section);
        Add(section.Charts[0]);
        Add(section.Tables[0]);
        Add(section.Tables[0].Rows[0][0]);

        // Supervision: lights, notices and a ranking of the sample quarter, and a log holding one entry of each kind.
        var supervisor = new Supervisor(new ImplementationTracker(Catalog, log), SupervisionLog.Empty);
        var scope = supervisor.Tracker.Scope().InDocument(Jilin.Urbanization.Domain.Documents.DocumentId.CountyUrbanization2022);
        var lights = supervisor.Lights(scope, asOf);
        Add(lights);
        Add(lights.Rules);
        Add(lights.Items.First(l => l.Schedule is not null));
        Add(lights.Items.First(l => l.Schedule is not null).Schedule!);
        Add(lights.Items[0].Item);
        Add(lights.Counties[0]);
        var notice = supervisor.DraftNotices(scope, asOf, asOf)[0];
        Add(notice);
        Add(notice.Items[0]);
        var reply = new NoticeReply { Notice = notice.Number, RepliedOn = asOf.PlusDays(3), RecordedOn = asOf.PlusDays(3), RecordedBy = notice.Body, Text = "已部署整改" };
        Add(reply);
        var met = lights.Items.First(l => l.Reason == LightReason.Met).Item;
        var verification = new Verification { Item = met, VerifiedOn = asOf, RecordedOn = asOf, RecordedBy = Subject.Province, Note = "资料核查" };
        Add(verification);
        var reopening = new Reopening { Item = met, ReopenedOn = asOf.PlusDays(5), RecordedOn = asOf.PlusDays(5), RecordedBy = Subject.Province, Reason = "复核发现问题" };
        Add(reopening);
        Add(SupervisionLog.Empty.With(notice).With(reply).With(verification).With(reopening));
        var ranking = supervisor.Rank(new DateInterval(new LocalDate(2025, 10, 1), asOf));
        Add(ranking);
        Add(ranking.Counties[0]);
        Add(ranking.Weights);
        return samples;
    }

    private static TrackingLog SampleLog()
    {
        var data = Path.Combine(Seeds.Directory, "..", "samples", "data");
        using var observations = new StreamReader(Path.Combine(data, "2025-q4-observations.csv"));
        using var statuses = new StreamReader(Path.Combine(data, "2025-q4-status.csv"));
        return TrackingLogReader.ReadObservationsCsv(Catalog, observations)
            .Merge(TrackingLogReader.ReadStatusUpdatesCsv(Catalog, statuses));
    }
}
