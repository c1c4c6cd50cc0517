using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>
/// The member loop of the hand-written converters: an object is required, each member read once (a repeated member is
/// refused, as <c>AllowDuplicateProperties = false</c> does for generated metadata), and metadata for nested values
/// comes from the options (source-generated; no reflection).
/// </summary>
internal static class StrictJsonObject
{
    /// <summary>Refuses anything but the start of an object.</summary>
    public static HashSet<string> Start(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.StartObject
            ? new HashSet<string>(StringComparer.Ordinal)
            : throw new JsonException($"Expected {what} object, found {reader.TokenType}.");

    /// <summary>Moves to the next member's value and names it; false at the end of the object.</summary>
    public static bool NextMember(ref Utf8JsonReader reader, HashSet<string> seen, string what, out string name)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        if (!seen.Add(name))
        {
            throw new JsonException($"{what} has '{name}' twice.");
        }

        reader.Read();
        return true;
    }

    /// <summary>The options' metadata for <typeparamref name="T"/>.</summary>
    public static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
