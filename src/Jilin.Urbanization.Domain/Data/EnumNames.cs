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

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrEmpty(text) || !char.IsAsciiLetterLower(text[0]))
        {
            return false;
        }

        // Only declared names are accepted: "1", "Sole" or "sole, leadFirst" are refused, so values in files stay names.
        return text.IndexOf(',', StringComparison.Ordinal) < 0
            && Enum.TryParse(string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1)), ignoreCase: false, out value)
            && Enum.IsDefined(value);
    }
}
