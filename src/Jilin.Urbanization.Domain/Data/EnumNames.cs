using System.Text.Json;

namespace Jilin.Urbanization.Domain.Data;

/// <summary>
/// Enum values in JSON as camelCase names (<c>leadFirst</c>), read and written without reflection so the
/// library stays trim- and AOT-safe.
/// </summary>
internal static class EnumNames
{
    public static string ToJson<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Reads a camelCase name strictly (see <see cref="StrictText.TryParseEnum{TEnum}"/>).</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum => StrictText.TryParseEnum(text, out value);
}
