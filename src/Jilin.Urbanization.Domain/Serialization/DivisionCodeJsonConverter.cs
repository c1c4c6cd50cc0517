using System.Text.Json;
using System.Text.Json.Serialization;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Identifiers;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>A <see cref="DivisionCode"/> in JSON as its six digits, a string (<c>"220581"</c>) as GB/T 2260 writes it.</summary>
internal sealed class DivisionCodeJsonConverter : JsonConverter<DivisionCode>
{
    public override DivisionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"Expected a six-digit division code string, found {reader.TokenType}.");
        return DivisionCode.TryParse(text, out var code) ? code : throw new JsonException($"'{IdText.Quote(text)}' is not a GB/T 2260 division code of Jilin (six digits, 22xxxx).");
    }

    public override void Write(Utf8JsonWriter writer, DivisionCode value, JsonSerializerOptions options)
    {
        if (value.Value == 0)
        {
            throw new JsonException("A default DivisionCode names no division and has no JSON form.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
