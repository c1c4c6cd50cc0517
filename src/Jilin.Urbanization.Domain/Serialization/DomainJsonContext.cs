using System.Text.Json.Serialization;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Places;
using Jilin.Urbanization.Domain.Queries;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>
/// Source-generated JSON metadata for the library's public types, published through <see cref="DomainJson"/> (trim- and AOT-safe: no reflection). Ids are
/// strings, enums their documented camelCase names (as in <c>docs/catalog.schema.json</c>), NodaTime dates ISO
/// strings, property names camelCase. Use it through <see cref="DomainJson.CreateOptions"/> or
/// <see cref="DomainJson.ConfigureDomainJson"/>, which also register the converters for values nested anywhere.
/// </summary>
[JsonSourceGenerationOptions(
    System.Text.Json.JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(TypedIdJsonConverter<DocumentId>), typeof(TypedIdJsonConverter<MeasureId>), typeof(TypedIdJsonConverter<DepartmentId>),
        typeof(TypedIdJsonConverter<PlaceId>), typeof(TypedIdJsonConverter<TargetId>), typeof(TypedIdJsonConverter<ConditionId>),
        typeof(TypedIdJsonConverter<ErratumId>), typeof(TypedIdJsonConverter<Tracking.Subject>), typeof(LocalDateJsonConverter), typeof(DateIntervalJsonConverter),
        typeof(CamelCaseEnumConverter<DocumentSourceKind>), typeof(CamelCaseEnumConverter<ComplianceStatus>),
        typeof(CamelCaseEnumConverter<PlaceKind>), typeof(CamelCaseEnumConverter<PlaceTextKind>),
        typeof(CamelCaseEnumConverter<DepartmentKind>), typeof(CamelCaseEnumConverter<LeadRule>),
        typeof(CamelCaseEnumConverter<ResponsibilityMode>), typeof(CamelCaseEnumConverter<KeywordMatch>),
        typeof(CamelCaseEnumConverter<RelatednessKind>), typeof(CamelCaseEnumConverter<TargetRole>),
        typeof(CamelCaseEnumConverter<TargetKind>), typeof(CamelCaseEnumConverter<Comparator>),
        typeof(CamelCaseEnumConverter<CommitmentLevel>), typeof(CamelCaseEnumConverter<DeadlinePrecision>),
        typeof(CamelCaseEnumConverter<Export.ExportFormat>), typeof(CamelCaseEnumConverter<MeasurePart>),
        typeof(CamelCaseEnumConverter<ErratumKind>),
    ])]
[JsonSerializable(typeof(DocumentId))]
[JsonSerializable(typeof(MeasureId))]
[JsonSerializable(typeof(DepartmentId))]
[JsonSerializable(typeof(PlaceId))]
[JsonSerializable(typeof(TargetId))]
[JsonSerializable(typeof(ConditionId))]
[JsonSerializable(typeof(ErratumId))]
[JsonSerializable(typeof(Tracking.Subject))]
[JsonSerializable(typeof(NodaTime.LocalDate))]
[JsonSerializable(typeof(PolicyDocument))]
[JsonSerializable(typeof(Measure))]
[JsonSerializable(typeof(IReadOnlyList<Measure>))]
[JsonSerializable(typeof(Department))]
[JsonSerializable(typeof(IReadOnlyList<Department>))]
[JsonSerializable(typeof(Place))]
[JsonSerializable(typeof(PlaceMention))]
[JsonSerializable(typeof(Erratum))]
[JsonSerializable(typeof(TargetIndicator))]
[JsonSerializable(typeof(IReadOnlyList<TargetIndicator>))]
[JsonSerializable(typeof(TargetCondition))]
[JsonSerializable(typeof(TargetAnnotation))]
[JsonSerializable(typeof(ErratumDefinition))]
[JsonSerializable(typeof(Chapter))]
[JsonSerializable(typeof(MeasureGroup))]
[JsonSerializable(typeof(Paragraph))]
[JsonSerializable(typeof(SourceSpan))]
[JsonSerializable(typeof(DocumentSource))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(Deadline))]
[JsonSerializable(typeof(Observation))]
[JsonSerializable(typeof(ProgressEntry))]
[JsonSerializable(typeof(ProgressReport))]
[JsonSerializable(typeof(IReadOnlyList<ProgressEntry>))]
[JsonSerializable(typeof(TargetEvaluation))]
[JsonSerializable(typeof(ComplianceReport))]
[JsonSerializable(typeof(UnofficialTranslation))]
[JsonSerializable(typeof(DepartmentWorkload))]
[JsonSerializable(typeof(DepartmentPartner))]
[JsonSerializable(typeof(RelatedMeasure))]
internal sealed partial class DomainJsonContext : JsonSerializerContext;
