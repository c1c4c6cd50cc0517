using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>The shape of a compliance report in JSON.</summary>
internal sealed record ComplianceReportDto(
    int Version,
    string AsOf,
    StatusCountsDto Counts,
    IReadOnlyList<EvaluationDto> Results,
    IReadOnlyList<string> Overdue,
    IReadOnlyList<string> Unreported);

/// <summary>Counts by status.</summary>
internal sealed record StatusCountsDto(int Met, int NotMet, int OnTrack, int Pending, int MetLate, int Unreported);

/// <summary>One per-target result.</summary>
internal sealed record EvaluationDto(
    string Indicator,
    string Status,
    bool Satisfied,
    decimal ObservedValue,
    string ObservedUnit,
    string ObservedOn,
    string Comparator,
    decimal TargetValue,
    decimal? MaxValue,
    string Unit,
    decimal Margin,
    string? Deadline,
    string Commitment,
    bool Basically,
    string Explanation);

/// <summary>Source-generated (AOT- and trim-safe) JSON for progress and compliance reports.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    WriteIndented = true)]
[JsonSerializable(typeof(ComplianceReportDto))]
internal sealed partial class ComplianceJsonContext : JsonSerializerContext
{
    /// <summary>A context that writes Chinese characters as they are rather than as \u escapes.</summary>
    public static ComplianceJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
