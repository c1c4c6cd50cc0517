using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>
/// A <see cref="ValueList{T}"/> in JSON as an array, read back through <c>ValueList&lt;T&gt;.From</c>.
/// Closed per element type (listed in <see cref="DomainJsonContext"/>), so no converter is made by reflection. A
/// <c>null</c> item of a reference type is refused: no list of the library holds one.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueListJsonConverter<T> : JsonConverter<ValueList<T>>
{
    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of {typeof(T).Name}, found {reader.TokenType}.");
        }

        var items = ElementInfo(options);
        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null && default(T) is null)
            {
                throw new JsonException($"Item {builder.Count} of a list of {typeof(T).Name} is null.");
            }

            builder.Add(JsonSerializer.Deserialize(ref reader, items)!);
        }

        return ValueList<T>.From(builder.ToImmutable());
    }

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        var items = ElementInfo(options);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, items);
        }

        writer.WriteEndArray();
    }

    private static JsonTypeInfo<T> ElementInfo(JsonSerializerOptions options) => StrictJsonObject.Info<T>(options);
}
