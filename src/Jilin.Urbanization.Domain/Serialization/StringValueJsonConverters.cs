using System.Text.Json;
using System.Text.Json.Serialization;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Identifiers;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>A <see cref="Subject"/> in JSON as its canonical text: <c>"220581"</c>, <c>"220000"</c>, <c>"department:housing"</c>.</summary>
internal sealed class SubjectJsonConverter : JsonConverter<Subject>
{
    public override Subject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"Expected a subject string (a division code or department:<id>), found {reader.TokenType}.");
        return Subject.TryParse(text, out var subject) ? subject : throw new JsonException($"'{IdText.Quote(text)}' is not a subject (a six-digit division code or department:<id>).");
    }

    public override void Write(Utf8JsonWriter writer, Subject value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("A default Subject names nothing and has no JSON form.");
        }

        writer.WriteStringValue(value.ToString());
    }
}

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
