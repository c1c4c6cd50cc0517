using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>A <see cref="LocalDate"/> in JSON as an ISO date string, <c>"2025-12-31"</c> (the format the catalog JSON uses).</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"Expected an ISO date string (yyyy-MM-dd), found {reader.TokenType}.");
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new JsonException($"'{Identifiers.IdText.Quote(text)}' is not an ISO date (yyyy-MM-dd).");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

/// <summary>A <see cref="DateInterval"/> in JSON as <c>{"start": "2021-01-01", "end": "2025-12-31"}</c>, both days included.</summary>
internal sealed class DateIntervalJsonConverter : JsonConverter<DateInterval>
{
    private static readonly LocalDateJsonConverter Dates = new();

    public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a date interval object {\"start\": …, \"end\": …}.");
        }

        LocalDate? start = null, end = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            var date = Dates.Read(ref reader, typeof(LocalDate), options);
            _ = name switch
            {
                "start" => start = date,
                "end" => end = date,
                _ => throw new JsonException($"A date interval has 'start' and 'end', not '{name}'."),
            };
        }

        return start is { } s && end is { } e && s <= e
            ? new DateInterval(s, e)
            : throw new JsonException("A date interval needs 'start' and 'end', start not after end.");
    }

    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("start");
        Dates.Write(writer, value.Start, options);
        writer.WritePropertyName("end");
        Dates.Write(writer, value.End, options);
        writer.WriteEndObject();
    }
}
