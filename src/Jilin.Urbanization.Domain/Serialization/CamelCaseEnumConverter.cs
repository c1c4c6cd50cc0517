using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>An enum in JSON as its documented camelCase name (<c>leadFirst</c>), as in <c>docs/catalog.schema.json</c>; numbers are refused.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
