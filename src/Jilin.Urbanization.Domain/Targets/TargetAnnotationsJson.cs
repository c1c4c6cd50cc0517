using System.Text.Json.Serialization;

namespace Jilin.Urbanization.Domain.Targets;

/// <summary>The shape of <c>Resources/targets.json</c>.</summary>
internal sealed record TargetAnnotationsFile(int Version, IReadOnlyList<TargetAnnotationEntry> Annotations);

/// <summary>One curated annotation as stored.</summary>
internal sealed record TargetAnnotationEntry(
    string Measure,
    string Role,
    string Quote,
    string Metric,
    string? Quantity = null,
    string? Deadline = null,
    string? Kind = null,
    string? Unit = null);

/// <summary>Source-generated (AOT- and trim-safe) reading of <c>Resources/targets.json</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(TargetAnnotationsFile))]
internal sealed partial class TargetAnnotationsJsonContext : JsonSerializerContext;
