using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>
/// A <see cref="ProgressObservation"/> in JSON as an observation of a tracking file (<c>docs/tracking.schema.json</c>):
/// <c>{"target": "…/43/t1", "subject": "220581", "value": 1, "unit": "所", "observedOn": "2022-12-20", "source": …, "note": …}</c>.
/// The unit is its symbol when <see cref="Unit.Parse"/> gives that very unit back, otherwise the unit object
/// (<c>{"symbol", "baseSymbol", "factor", "englishName"}</c>), so nothing is lost. A missing <c>subject</c> is the
/// province, as in a tracking file; <c>recordedOn</c> and <c>recordedBy</c> (填报日期, 填报单位) are always written,
/// and when read back missing they default as the constructor does; unknown or repeated members are refused.
/// </summary>
internal sealed class ProgressObservationJsonConverter : JsonConverter<ProgressObservation>
{
    public override ProgressObservation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var seen = StrictJsonObject.Start(ref reader, "an observation");
        TargetId? target = null;
        Subject? subject = null;
        decimal? value = null;
        Unit? unit = null;
        LocalDate? observedOn = null;
        string? source = null, note = null, reason = null;
        LocalDate? recordedOn = null;
        Subject? recordedBy = null;
        while (StrictJsonObject.NextMember(ref reader, seen, "An observation", out var name))
        {
            switch (name)
            {
                case "target":
                    target = JsonSerializer.Deserialize(ref reader, Info<TargetId>(options));
                    break;
                case "subject":
                    subject = JsonSerializer.Deserialize(ref reader, Info<Subject>(options));
                    break;
                case "value":
                    value = reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number) ? number : throw new JsonException("An observation's 'value' is a number.");
                    break;
                case "unit":
                    unit = ReadUnit(ref reader, options);
                    break;
                case "observedOn":
                    observedOn = JsonSerializer.Deserialize(ref reader, Info<LocalDate>(options));
                    break;
                case "source":
                    source = OptionalText(ref reader, name);
                    break;
                case "note":
                    note = OptionalText(ref reader, name);
                    break;
                case "recordedOn" or "recordedBy" or "reason":
                    ReadRecording(ref reader, name, options, ref recordedOn, ref recordedBy, ref reason);
                    break;
                default:
                    throw new JsonException($"An observation has no member '{name}' (target, subject, value, unit, observedOn, source, note, recordedOn, recordedBy, reason).");
            }
        }

        if (target is not { } t || value is not { } v || unit is null || observedOn is not { } day)
        {
            throw new JsonException("An observation needs 'target', 'value', 'unit' and 'observedOn'.");
        }

        var figure = new ProgressObservation(t, subject ?? Subject.Province, new Observation(v, unit, day), source, note);
        return recordedOn is null && recordedBy is null && reason is null
            ? figure
            : figure with { RecordedOn = recordedOn ?? figure.RecordedOn, RecordedBy = recordedBy ?? figure.RecordedBy, Reason = reason };
    }

    public override void Write(Utf8JsonWriter writer, ProgressObservation value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("target");
        JsonSerializer.Serialize(writer, value.TargetId, Info<TargetId>(options));
        writer.WritePropertyName("subject");
        JsonSerializer.Serialize(writer, value.Subject, Info<Subject>(options));
        writer.WriteNumber("value", value.Value.Value);
        writer.WritePropertyName("unit");
        var unit = value.Value.Unit;
        if (Unit.TryParse(unit.Symbol, out var known) && known == unit)
        {
            writer.WriteStringValue(unit.Symbol);
        }
        else
        {
            JsonSerializer.Serialize(writer, unit, Info<Unit>(options));
        }

        writer.WritePropertyName("observedOn");
        JsonSerializer.Serialize(writer, value.ObservedOn, Info<LocalDate>(options));
        WriteOptional(writer, "source", value.Source, options);
        WriteOptional(writer, "note", value.Note, options);
        WriteRecording(writer, value, options);
        writer.WriteEndObject();
    }

    /// <summary>Reads one of the members every entry kind shares: <c>recordedOn</c>, <c>recordedBy</c> or <c>reason</c>.</summary>
    internal static void ReadRecording(ref Utf8JsonReader reader, string name, JsonSerializerOptions options, ref LocalDate? recordedOn, ref Subject? recordedBy, ref string? reason)
    {
        switch (name)
        {
            case "recordedOn":
                recordedOn = JsonSerializer.Deserialize(ref reader, Info<LocalDate>(options));
                break;
            case "recordedBy":
                recordedBy = JsonSerializer.Deserialize(ref reader, Info<Subject>(options));
                break;
            default:
                reason = OptionalText(ref reader, name);
                break;
        }
    }

    /// <summary>Writes an entry's <c>recordedOn</c>, <c>recordedBy</c> and <c>reason</c> (the members every entry kind shares).</summary>
    internal static void WriteRecording(Utf8JsonWriter writer, ITrackingEntry entry, JsonSerializerOptions options)
    {
        writer.WritePropertyName("recordedOn");
        JsonSerializer.Serialize(writer, entry.RecordedOn, Info<LocalDate>(options));
        writer.WritePropertyName("recordedBy");
        JsonSerializer.Serialize(writer, entry.RecordedBy, Info<Subject>(options));
        WriteOptional(writer, "reason", entry.Reason, options);
    }

    private static Unit ReadUnit(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var symbol = reader.GetString();
            return Unit.TryParse(symbol, out var unit) ? unit : throw new JsonException($"'{Identifiers.IdText.Quote(symbol ?? string.Empty)}' is not a known unit symbol.");
        }

        return JsonSerializer.Deserialize(ref reader, Info<Unit>(options)) ?? throw new JsonException("An observation's 'unit' is a symbol or a unit object, not null.");
    }

    internal static string? OptionalText(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException($"An observation's '{name}' is a string or null."),
    };

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? text, JsonSerializerOptions options)
    {
        if (text is not null)
        {
            writer.WriteString(name, text);
        }
        else if (options.DefaultIgnoreCondition is not (JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault))
        {
            writer.WriteNull(name);
        }
    }

    internal static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => StrictJsonObject.Info<T>(options);
}
