using System.Text.Json;
using System.Text.Json.Serialization;
using Jilin.Urbanization.Domain.Identifiers;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>A typed id in JSON: its canonical text as a string (<c>"jilin-2022-county-urbanization/68/t1"</c>), also as a property name.</summary>
/// <typeparam name="T">The id type.</typeparam>
internal sealed class TypedIdJsonConverter<T> : JsonConverter<T>
    where T : struct, ITypedId<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string holding a {T.KindName}, found {reader.TokenType}.");
        }

        return ReadText(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Text(value));

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadText(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Text(value));

    // A default id names nothing: writing its placeholder text would give JSON that cannot be read back.
    private static string Text(T value) =>
        value.IsDefault ? throw new JsonException($"A default {T.TypeName} names no {T.KindName} and has no JSON form.") : value.ToString() ?? string.Empty;

    private static T ReadText(string text) =>
        T.TryRead(text, out var id, out var reason) ? id : throw new JsonException(IdText.NotAnId<T>(text, reason));
}
