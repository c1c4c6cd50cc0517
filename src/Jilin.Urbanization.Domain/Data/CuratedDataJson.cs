using System.Text.Json.Serialization;

namespace Jilin.Urbanization.Domain.Data;

/// <summary>The shape of <c>Resources/departments.json</c>.</summary>
internal sealed record DepartmentsFile(int Version, IReadOnlyList<DepartmentEntry> Departments);

/// <summary>One department as curated.</summary>
internal sealed record DepartmentEntry(string Id, string Name, string FullName, string EnglishName, string Kind, IReadOnlyList<string> Aliases);

/// <summary>The shape of <c>Resources/errata.json</c>.</summary>
internal sealed record ErrataFile(int Version, IReadOnlyList<ErratumEntry> Errata);

/// <summary>One curated erratum.</summary>
internal sealed record ErratumEntry(
    string Document, int Measure, string Part, string Kind, string Verbatim, string Correction, string Explanation);

/// <summary>Source-generated (AOT- and trim-safe) reading of the curated data files.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DepartmentsFile))]
[JsonSerializable(typeof(ErrataFile))]
internal sealed partial class CuratedDataJsonContext : JsonSerializerContext;
