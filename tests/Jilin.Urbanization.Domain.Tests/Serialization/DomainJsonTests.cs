using System.Reflection;
using System.Text.Json;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Places;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Serialization;

/// <summary>JSON for the library's types through <see cref="DomainJson"/>: ids as strings, enums by name, dates ISO.</summary>
public class DomainJsonTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly JsonSerializerOptions Options = DomainJson.CreateOptions();

    [Fact]
    public void A_target_serializes_with_string_ids_enum_names_and_ISO_dates()
    {
        var target = Catalog.GetTarget(TargetId.Parse("jilin-2022-county-urbanization/68/t1"));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(target, Options));
        var root = json.RootElement;

        root.GetProperty("id").GetString().Should().Be("jilin-2022-county-urbanization/68/t1");
        root.GetProperty("measureId").GetString().Should().Be("jilin-2022-county-urbanization/68");
        root.GetProperty("comparator").GetString().Should().Be("reaches");
        root.GetProperty("deadline").GetProperty("date").GetString().Should().Be("2025-12-31");
    }

    [Fact]
    public void A_measure_and_a_compliance_report_serialize_without_reflection_objects()
    {
        var measure = Catalog.GetMeasure("jilin-2022-county-urbanization/30");
        var text = JsonSerializer.Serialize(measure, Options);
        text.Should().Contain("\"id\":\"jilin-2022-county-urbanization/30\"").And.NotContain("calendar").And.NotContain("\"eras\"");

        var entry = new ProgressEntry(TargetId.Parse("jilin-2022-county-urbanization/68/t1"), new Observation(78m, Unit.Percent, new LocalDate(2025, 12, 31)));
        var report = new ProgressReport([entry]).Evaluate(Catalog, new LocalDate(2026, 1, 1));
        var reportJson = JsonSerializer.Serialize(report, Options);
        reportJson.Should().Contain("\"asOf\":\"2026-01-01\"").And.Contain("\"status\":\"notMet\"");
    }

    public static TheoryData<object> Values => new()
    {
        DocumentId.CountyUrbanization2022,
        MeasureId.Parse("jilin-2022-county-urbanization/30"),
        DepartmentId.Parse("civil-affairs"),
        PlaceId.Parse("meihekou"),
        TargetId.Parse("jilin-2022-county-urbanization/68/t1"),
        ConditionId.Parse("jilin-2021-urbanization-tasks/2/c1"),
        ErratumId.Parse("jilin-2022-county-urbanization/erratum/1"),
        Jilin.Urbanization.Domain.Tracking.Subject.Parse("220581"),
        Jilin.Urbanization.Domain.Tracking.Subject.Parse("department:civil-affairs"),
        new LocalDate(2025, 12, 31),
        Comparator.AtLeast,
        ComplianceStatus.MetLate,
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Values_round_trip(object value)
    {
        var json = JsonSerializer.Serialize(value, value.GetType(), Options);
        JsonSerializer.Deserialize(json, value.GetType(), Options).Should().Be(value);
    }

    [Fact]
    public void Typed_document_ids_and_subjects_are_json_strings_so_the_shape_is_unchanged()
    {
        var chapter = Catalog.GetDocument(DocumentId.CountyUrbanization2022).Chapters[0];
        JsonSerializer.Serialize(chapter, Options).Should().Contain("\"documentId\":\"jilin-2022-county-urbanization\"");
        JsonSerializer.Serialize(Catalog.Measures[0], Options).Should().Contain("\"documentId\":\"jilin-2021-urbanization-tasks\"");
        JsonSerializer.Serialize(Catalog.PlaceMentions[0], Options).Should().MatchRegex("\"documentId\":\"jilin-20[0-9]{2}-[a-z-]+\"");
        JsonSerializer.Serialize(Jilin.Urbanization.Domain.Tracking.Subject.Parse("department:civil-affairs"), Options).Should().Be("\"department:civil-affairs\"");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Jilin.Urbanization.Domain.Tracking.Subject>("\"梅河口市\"", Options)).Should().Throw<JsonException>().WithMessage("*not a subject*");
    }

    [Fact]
    public void Every_public_model_type_has_source_generated_metadata_and_serializes()
    {
        var samples = new Dictionary<Type, object>
        {
            [typeof(PolicyDocument)] = Catalog.Documents[0],
            [typeof(Measure)] = Catalog.Measures[0],
            [typeof(Department)] = Catalog.Departments.All[0],
            [typeof(Place)] = Catalog.Places.All[0],
            [typeof(PlaceMention)] = Catalog.PlaceMentions[0],
            [typeof(Erratum)] = Catalog.Documents[0].Errata[0],
            [typeof(TargetIndicator)] = Catalog.Targets[0],
            [typeof(TargetCondition)] = Catalog.Conditions[0],
        };
        var publicRecords = typeof(PolicyCatalog).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && (ns.EndsWith(".Documents", StringComparison.Ordinal) || ns.EndsWith(".Targets", StringComparison.Ordinal)
                || ns.EndsWith(".Errata", StringComparison.Ordinal) || ns.EndsWith(".Compliance", StringComparison.Ordinal))
                && t.GetMethod("<Clone>$") is not null && !t.IsAbstract)
            .ToList();

        publicRecords.Should().NotBeEmpty();
        foreach (var type in publicRecords.Concat(samples.Keys))
        {
            DomainJson.TypeInfoResolver.GetTypeInfo(type, Options).Should().NotBeNull($"{type.Name} is a public model type");
        }

        foreach (var (type, sample) in samples)
        {
            JsonSerializer.Serialize(sample, type, Options).Should().NotContain("\"calendar\"", type.Name);
        }
    }
}
