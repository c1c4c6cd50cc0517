using System.Text.Json.Serialization;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Places;
using Jilin.Urbanization.Domain.Queries;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>
/// Source-generated JSON metadata for the library's public data types, published through <see cref="DomainJson"/>
/// (trim- and AOT-safe: no reflection). Ids are strings, enums their documented camelCase names (as in
/// <c>docs/catalog.schema.json</c>), NodaTime dates ISO strings, division codes and subjects their canonical text,
/// <see cref="ValueList{T}"/> an array, property names camelCase. Reading goes through each type's constructor or
/// guarded <c>init</c> accessors, so what the type refuses, JSON cannot make. Use it through
/// <see cref="DomainJson.CreateOptions()"/> or <see cref="DomainJson.ConfigureDomainJson(System.Text.Json.JsonSerializerOptions)"/>, which also register the
/// converters for values nested anywhere. <c>PublicTypeRoundTripTests</c> round-trips every public data type.
/// </summary>
[JsonSourceGenerationOptions(
    System.Text.Json.JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    Converters =
    [
        typeof(TypedIdJsonConverter<DocumentId>),
        typeof(TypedIdJsonConverter<MeasureId>),
        typeof(TypedIdJsonConverter<DepartmentId>),
        typeof(TypedIdJsonConverter<PlaceId>),
        typeof(TypedIdJsonConverter<TargetId>),
        typeof(TypedIdJsonConverter<ConditionId>),
        typeof(TypedIdJsonConverter<ErratumId>),
        typeof(LocalDateJsonConverter),
        typeof(DateIntervalJsonConverter),
        typeof(DivisionCodeJsonConverter),
        typeof(TypedIdJsonConverter<Tracking.Subject>),
        typeof(CamelCaseEnumConverter<DocumentSourceKind>),
        typeof(CamelCaseEnumConverter<ComplianceStatus>),
        typeof(CamelCaseEnumConverter<PlaceKind>),
        typeof(CamelCaseEnumConverter<PlaceTextKind>),
        typeof(CamelCaseEnumConverter<DepartmentKind>),
        typeof(CamelCaseEnumConverter<LeadRule>),
        typeof(CamelCaseEnumConverter<ResponsibilityMode>),
        typeof(CamelCaseEnumConverter<KeywordMatch>),
        typeof(CamelCaseEnumConverter<RelatednessKind>),
        typeof(CamelCaseEnumConverter<TargetRole>),
        typeof(CamelCaseEnumConverter<TargetKind>),
        typeof(CamelCaseEnumConverter<Comparator>),
        typeof(CamelCaseEnumConverter<CommitmentLevel>),
        typeof(CamelCaseEnumConverter<DeadlinePrecision>),
        typeof(CamelCaseEnumConverter<TargetBinding>),
        typeof(CamelCaseEnumConverter<ExportFormat>),
        typeof(CamelCaseEnumConverter<MeasurePart>),
        typeof(CamelCaseEnumConverter<ErratumKind>),
        typeof(CamelCaseEnumConverter<MeasureStatus>),
        typeof(CamelCaseEnumConverter<SubjectKind>),
        typeof(CamelCaseEnumConverter<EntryEffect>),
        typeof(CamelCaseEnumConverter<EntryKind>),
        typeof(CamelCaseEnumConverter<DivisionKind>),
        typeof(CamelCaseEnumConverter<DivisionLevel>),
        typeof(CamelCaseEnumConverter<Light>),
        typeof(CamelCaseEnumConverter<LightReason>),
        typeof(CamelCaseEnumConverter<BaselineSource>),
        typeof(CamelCaseEnumConverter<NoticeLevel>),
        typeof(CamelCaseEnumConverter<SupervisedItemKind>),
        typeof(CamelCaseEnumConverter<ReportDetail>),
        typeof(TrackingScopeJsonConverter),
        typeof(ProgressObservationJsonConverter),
        typeof(WithdrawalJsonConverter),
        typeof(ValueListJsonConverter<DepartmentId>),
        typeof(ValueListJsonConverter<Chapter>),
        typeof(ValueListJsonConverter<MeasureGroup>),
        typeof(ValueListJsonConverter<Paragraph>),
        typeof(ValueListJsonConverter<Measure>),
        typeof(ValueListJsonConverter<PolicyDocument>),
        typeof(ValueListJsonConverter<Erratum>),
        typeof(ValueListJsonConverter<ErratumDefinition>),
        typeof(ValueListJsonConverter<TargetIndicator>),
        typeof(ValueListJsonConverter<TargetCondition>),
        typeof(ValueListJsonConverter<TargetAnnotation>),
        typeof(ValueListJsonConverter<Department>),
        typeof(ValueListJsonConverter<DepartmentMention>),
        typeof(ValueListJsonConverter<Place>),
        typeof(ValueListJsonConverter<PlaceMention>),
        typeof(ValueListJsonConverter<DocumentId>),
        typeof(ValueListJsonConverter<MeasureId>),
        typeof(ValueListJsonConverter<TargetId>),
        typeof(ValueListJsonConverter<string>),
        typeof(ValueListJsonConverter<UnofficialTranslation>),
        typeof(ValueListJsonConverter<DocumentLabels>),
        typeof(ValueListJsonConverter<ProgressEntry>),
        typeof(ValueListJsonConverter<TargetEvaluation>),
        typeof(ValueListJsonConverter<ProgressObservation>),
        typeof(ValueListJsonConverter<StatusUpdate>),
        typeof(ValueListJsonConverter<Withdrawal>),
        typeof(ValueListJsonConverter<EntryVersion>),
        typeof(ValueListJsonConverter<Subject>),
        typeof(ValueListJsonConverter<TargetResult>),
        typeof(ValueListJsonConverter<TargetRollup>),
        typeof(ValueListJsonConverter<MeasureProgress>),
        typeof(ValueListJsonConverter<DepartmentProgress>),
        typeof(ValueListJsonConverter<CountyProgress>),
        typeof(ValueListJsonConverter<ReportSubject>),
        typeof(ValueListJsonConverter<OverdueTarget>),
        typeof(ValueListJsonConverter<LatestStatus>),
        typeof(ValueListJsonConverter<TargetProgressRow>),
        typeof(ValueListJsonConverter<TargetRollupRow>),
        typeof(ValueListJsonConverter<DepartmentProgressRow>),
        typeof(ValueListJsonConverter<CountyProgressRow>),
        typeof(ValueListJsonConverter<AdministrativeDivision>),
        typeof(ValueListJsonConverter<RelatedMeasure>),
        typeof(ValueListJsonConverter<RelatednessReason>),
        typeof(ValueListJsonConverter<StatusCount>),
        typeof(ValueListJsonConverter<SvgChart>),
        typeof(ValueListJsonConverter<ReportSection>),
        typeof(ValueListJsonConverter<ReportTable>),
        typeof(ValueListJsonConverter<ReportCell>),
        typeof(ValueListJsonConverter<ValueList<ReportCell>>),
        typeof(ValueListJsonConverter<Notice>),
        typeof(ValueListJsonConverter<NoticeItem>),
        typeof(ValueListJsonConverter<NoticeReply>),
        typeof(ValueListJsonConverter<Verification>),
        typeof(ValueListJsonConverter<Reopening>),
        typeof(ValueListJsonConverter<SupervisedItem>),
        typeof(ValueListJsonConverter<ItemLight>),
        typeof(ValueListJsonConverter<LightRollup>),
        typeof(ValueListJsonConverter<BodyScore>),
    ])]
[JsonSerializable(typeof(DocumentId))]
[JsonSerializable(typeof(IntakeLocation))]
[JsonSerializable(typeof(ValidationProblem))]
[JsonSerializable(typeof(MeasureId))]
[JsonSerializable(typeof(DepartmentId))]
[JsonSerializable(typeof(PlaceId))]
[JsonSerializable(typeof(TargetId))]
[JsonSerializable(typeof(ConditionId))]
[JsonSerializable(typeof(ErratumId))]
[JsonSerializable(typeof(Tracking.Subject))]
[JsonSerializable(typeof(NodaTime.LocalDate))]
[JsonSerializable(typeof(NodaTime.DateInterval))]
[JsonSerializable(typeof(DivisionCode))]
[JsonSerializable(typeof(Subject))]
[JsonSerializable(typeof(PolicyDocument))]
[JsonSerializable(typeof(Chapter))]
[JsonSerializable(typeof(MeasureGroup))]
[JsonSerializable(typeof(Paragraph))]
[JsonSerializable(typeof(Measure))]
[JsonSerializable(typeof(SourceSpan))]
[JsonSerializable(typeof(DocumentSource))]
[JsonSerializable(typeof(Department))]
[JsonSerializable(typeof(DepartmentMention))]
[JsonSerializable(typeof(ImplicitImplementer))]
[JsonSerializable(typeof(Responsibility))]
[JsonSerializable(typeof(Place))]
[JsonSerializable(typeof(PlaceMention))]
[JsonSerializable(typeof(Erratum))]
[JsonSerializable(typeof(ErratumDefinition))]
[JsonSerializable(typeof(TargetIndicator))]
[JsonSerializable(typeof(TargetCondition))]
[JsonSerializable(typeof(TargetAnnotation))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(Unit))]
[JsonSerializable(typeof(Deadline))]
[JsonSerializable(typeof(Observation))]
[JsonSerializable(typeof(ProgressEntry))]
[JsonSerializable(typeof(ProgressReport))]
[JsonSerializable(typeof(TargetEvaluation))]
[JsonSerializable(typeof(ComplianceReport))]
[JsonSerializable(typeof(UnofficialTranslation))]
[JsonSerializable(typeof(DocumentLabels))]
[JsonSerializable(typeof(DepartmentWorkload))]
[JsonSerializable(typeof(DepartmentPartner))]
[JsonSerializable(typeof(RelatedMeasure))]
[JsonSerializable(typeof(RelatednessReason))]
[JsonSerializable(typeof(AdministrativeDivision))]
[JsonSerializable(typeof(TrackingLog))]
[JsonSerializable(typeof(TrackingScope))]
[JsonSerializable(typeof(ImplementationReport))]
[JsonSerializable(typeof(ProgressObservation))]
[JsonSerializable(typeof(StatusUpdate))]
[JsonSerializable(typeof(Withdrawal))]
[JsonSerializable(typeof(TargetResult))]
[JsonSerializable(typeof(TargetRollup))]
[JsonSerializable(typeof(MeasureProgress))]
[JsonSerializable(typeof(DepartmentProgress))]
[JsonSerializable(typeof(CountyProgress))]
[JsonSerializable(typeof(EmbeddedResourceHash))]
[JsonSerializable(typeof(SeedEntry))]
[JsonSerializable(typeof(StatusBar))]
[JsonSerializable(typeof(StatusCount))]
[JsonSerializable(typeof(SvgChart))]
[JsonSerializable(typeof(HtmlReport))]
[JsonSerializable(typeof(ReportCell))]
[JsonSerializable(typeof(ReportSection))]
[JsonSerializable(typeof(ReportTable))]
[JsonSerializable(typeof(MeasureRow))]
[JsonSerializable(typeof(DepartmentRow))]
[JsonSerializable(typeof(PlaceRow))]
[JsonSerializable(typeof(TargetRow))]
[JsonSerializable(typeof(ComplianceRow))]
[JsonSerializable(typeof(TargetProgressRow))]
[JsonSerializable(typeof(DepartmentProgressRow))]
[JsonSerializable(typeof(CountyProgressRow))]
[JsonSerializable(typeof(TargetRollupRow))]
[JsonSerializable(typeof(ReportSubject))]
[JsonSerializable(typeof(ReportQuantity))]
[JsonSerializable(typeof(TargetTerms))]
[JsonSerializable(typeof(OverdueTarget))]
[JsonSerializable(typeof(LatestStatus))]
[JsonSerializable(typeof(ImplementationReportJson))]
[JsonSerializable(typeof(ReportCounts))]
[JsonSerializable(typeof(ChangeValue))]
[JsonSerializable(typeof(ReportDetail))]
[JsonSerializable(typeof(DocumentSourceKind))]
[JsonSerializable(typeof(ComplianceStatus))]
[JsonSerializable(typeof(PlaceKind))]
[JsonSerializable(typeof(PlaceTextKind))]
[JsonSerializable(typeof(DepartmentKind))]
[JsonSerializable(typeof(LeadRule))]
[JsonSerializable(typeof(ResponsibilityMode))]
[JsonSerializable(typeof(KeywordMatch))]
[JsonSerializable(typeof(RelatednessKind))]
[JsonSerializable(typeof(TargetRole))]
[JsonSerializable(typeof(TargetKind))]
[JsonSerializable(typeof(Comparator))]
[JsonSerializable(typeof(CommitmentLevel))]
[JsonSerializable(typeof(DeadlinePrecision))]
[JsonSerializable(typeof(TargetBinding))]
[JsonSerializable(typeof(ExportFormat))]
[JsonSerializable(typeof(MeasurePart))]
[JsonSerializable(typeof(ErratumKind))]
[JsonSerializable(typeof(MeasureStatus))]
[JsonSerializable(typeof(SubjectKind))]
[JsonSerializable(typeof(EntryEffect))]
[JsonSerializable(typeof(EntryKind))]
[JsonSerializable(typeof(Export.ChangeRow))]
[JsonSerializable(typeof(DivisionKind))]
[JsonSerializable(typeof(DivisionLevel))]
[JsonSerializable(typeof(ValueList<Chapter>))]
[JsonSerializable(typeof(ValueList<MeasureGroup>))]
[JsonSerializable(typeof(ValueList<Paragraph>))]
[JsonSerializable(typeof(ValueList<Measure>))]
[JsonSerializable(typeof(ValueList<PolicyDocument>))]
[JsonSerializable(typeof(ValueList<Erratum>))]
[JsonSerializable(typeof(ValueList<ErratumDefinition>))]
[JsonSerializable(typeof(ValueList<TargetIndicator>))]
[JsonSerializable(typeof(ValueList<TargetCondition>))]
[JsonSerializable(typeof(ValueList<TargetAnnotation>))]
[JsonSerializable(typeof(ValueList<Department>))]
[JsonSerializable(typeof(ValueList<DepartmentMention>))]
[JsonSerializable(typeof(ValueList<Place>))]
[JsonSerializable(typeof(ValueList<PlaceMention>))]
[JsonSerializable(typeof(ValueList<DocumentId>))]
[JsonSerializable(typeof(ValueList<DepartmentId>))]
[JsonSerializable(typeof(ValueList<MeasureId>))]
[JsonSerializable(typeof(ValueList<TargetId>))]
[JsonSerializable(typeof(ValueList<string>))]
[JsonSerializable(typeof(ValueList<UnofficialTranslation>))]
[JsonSerializable(typeof(ValueList<DocumentLabels>))]
[JsonSerializable(typeof(ValueList<ProgressEntry>))]
[JsonSerializable(typeof(ValueList<TargetEvaluation>))]
[JsonSerializable(typeof(ValueList<ProgressObservation>))]
[JsonSerializable(typeof(ValueList<StatusUpdate>))]
[JsonSerializable(typeof(ValueList<Withdrawal>))]
[JsonSerializable(typeof(ValueList<Subject>))]
[JsonSerializable(typeof(ValueList<TargetResult>))]
[JsonSerializable(typeof(ValueList<TargetRollup>))]
[JsonSerializable(typeof(ValueList<MeasureProgress>))]
[JsonSerializable(typeof(ValueList<DepartmentProgress>))]
[JsonSerializable(typeof(ValueList<CountyProgress>))]
[JsonSerializable(typeof(ValueList<AdministrativeDivision>))]
[JsonSerializable(typeof(ValueList<RelatedMeasure>))]
[JsonSerializable(typeof(ValueList<RelatednessReason>))]
[JsonSerializable(typeof(ValueList<StatusCount>))]
[JsonSerializable(typeof(ValueList<SvgChart>))]
[JsonSerializable(typeof(ValueList<ReportSection>))]
[JsonSerializable(typeof(ValueList<ReportTable>))]
[JsonSerializable(typeof(ValueList<ReportCell>))]
[JsonSerializable(typeof(ValueList<ValueList<ReportCell>>))]
[JsonSerializable(typeof(Light))]
[JsonSerializable(typeof(LightReason))]
[JsonSerializable(typeof(BaselineSource))]
[JsonSerializable(typeof(NoticeLevel))]
[JsonSerializable(typeof(SupervisedItemKind))]
[JsonSerializable(typeof(SupervisionLog))]
[JsonSerializable(typeof(Notice))]
[JsonSerializable(typeof(NoticeItem))]
[JsonSerializable(typeof(NoticeReply))]
[JsonSerializable(typeof(Verification))]
[JsonSerializable(typeof(Reopening))]
[JsonSerializable(typeof(SupervisedItem))]
[JsonSerializable(typeof(ExpectedProgress))]
[JsonSerializable(typeof(LightRules))]
[JsonSerializable(typeof(ItemLight))]
[JsonSerializable(typeof(LightRollup))]
[JsonSerializable(typeof(LightReport))]
[JsonSerializable(typeof(ScoreWeights))]
[JsonSerializable(typeof(BodyScore))]
[JsonSerializable(typeof(Ranking))]
[JsonSerializable(typeof(ValueList<Notice>))]
[JsonSerializable(typeof(ValueList<NoticeItem>))]
[JsonSerializable(typeof(ValueList<NoticeReply>))]
[JsonSerializable(typeof(ValueList<Verification>))]
[JsonSerializable(typeof(ValueList<Reopening>))]
[JsonSerializable(typeof(ValueList<SupervisedItem>))]
[JsonSerializable(typeof(ValueList<ItemLight>))]
[JsonSerializable(typeof(ValueList<LightRollup>))]
[JsonSerializable(typeof(ValueList<BodyScore>))]
[JsonSerializable(typeof(IReadOnlyList<Measure>))]
[JsonSerializable(typeof(IReadOnlyList<Department>))]
[JsonSerializable(typeof(IReadOnlyList<TargetIndicator>))]
[JsonSerializable(typeof(IReadOnlyList<ProgressEntry>))]
internal sealed partial class DomainJsonContext : JsonSerializerContext;
