using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Threading;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>Source-generated JSON metadata for exported rows: no reflection, trim- and AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters =
    [
        typeof(CamelCaseEnumConverter<Compliance.ComplianceStatus>),
        typeof(CamelCaseEnumConverter<Targets.Comparator>),
        typeof(CamelCaseEnumConverter<Targets.CommitmentLevel>),
        typeof(CamelCaseEnumConverter<Targets.TargetBinding>),
        typeof(CamelCaseEnumConverter<Tracking.MeasureStatus>),
        typeof(CamelCaseEnumConverter<Tracking.SubjectKind>),
        typeof(CamelCaseEnumConverter<ReportDetail>),
        typeof(ValueListJsonConverter<ReportSubject>),
        typeof(ValueListJsonConverter<OverdueTarget>),
        typeof(ValueListJsonConverter<LatestStatus>),
        typeof(ValueListJsonConverter<TargetProgressRow>),
        typeof(ValueListJsonConverter<TargetRollupRow>),
        typeof(ValueListJsonConverter<DepartmentProgressRow>),
        typeof(ValueListJsonConverter<CountyProgressRow>),
    ])]
[JsonSerializable(typeof(IReadOnlyList<MeasureRow>))]
[JsonSerializable(typeof(IReadOnlyList<DepartmentRow>))]
[JsonSerializable(typeof(IReadOnlyList<PlaceRow>))]
[JsonSerializable(typeof(IReadOnlyList<TargetRow>))]
[JsonSerializable(typeof(IReadOnlyList<ComplianceRow>))]
[JsonSerializable(typeof(IReadOnlyList<TargetProgressRow>))]
[JsonSerializable(typeof(IReadOnlyList<DepartmentProgressRow>))]
[JsonSerializable(typeof(IReadOnlyList<CountyProgressRow>))]
[JsonSerializable(typeof(IReadOnlyList<TargetRollupRow>))]
[JsonSerializable(typeof(IReadOnlyList<ChangeRow>))]
[JsonSerializable(typeof(ImplementationReportJson))]
internal sealed partial class ExportJsonContext : JsonSerializerContext
{
    private static ExportJsonContext? readable;

    /// <summary>The context over options that keep Chinese text readable (not \u-escaped); built on first use, after <c>Default</c>.</summary>
    public static ExportJsonContext Readable => Once.Get(ref readable, Default, static context => new ExportJsonContext(
        new JsonSerializerOptions(context.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
}
