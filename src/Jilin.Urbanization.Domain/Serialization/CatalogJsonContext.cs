using System.Text.Json.Serialization;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the catalog format: no reflection, so the library stays
/// trim- and AOT-safe. Missing required members, nulls where none are allowed and unknown members are refused.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(CatalogJsonRoot))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
