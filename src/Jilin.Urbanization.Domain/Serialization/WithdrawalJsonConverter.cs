using System.Text.Json;
using System.Text.Json.Serialization;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using static Jilin.Urbanization.Domain.Serialization.ProgressObservationJsonConverter;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>
/// A <see cref="Withdrawal"/> (撤回) in JSON as a withdrawal of a tracking file (<c>docs/tracking.schema.json</c>): the
/// withdrawn figure's members (<c>target</c>, <c>subject</c>, <c>observedOn</c>) or status's (<c>measure</c>,
/// <c>reporter</c>, <c>reportedOn</c>), with <c>recordedOn</c>, <c>recordedBy</c> and <c>reason</c>; the same names
/// the entries use, so a withdrawal reads as the entry it takes back. Unknown or repeated members are refused.
/// </summary>
internal sealed class WithdrawalJsonConverter : JsonConverter<Withdrawal>
{
    public override Withdrawal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var seen = StrictJsonObject.Start(ref reader, "a withdrawal");
        TargetId? target = null;
        MeasureId? measure = null;
        Subject? subject = null, reporter = null, recordedBy = null;
        LocalDate? observedOn = null, reportedOn = null, recordedOn = null;
        string? reason = null;
        while (StrictJsonObject.NextMember(ref reader, seen, "A withdrawal", out var name))
        {
            switch (name)
            {
                case "target":
                    target = JsonSerializer.Deserialize(ref reader, Info<TargetId>(options));
                    break;
                case "subject":
                    subject = JsonSerializer.Deserialize(ref reader, Info<Subject>(options));
                    break;
                case "observedOn":
                    observedOn = JsonSerializer.Deserialize(ref reader, Info<LocalDate>(options));
                    break;
                case "measure":
                    measure = JsonSerializer.Deserialize(ref reader, Info<MeasureId>(options));
                    break;
                case "reporter":
                    reporter = JsonSerializer.Deserialize(ref reader, Info<Subject>(options));
                    break;
                case "reportedOn":
                    reportedOn = JsonSerializer.Deserialize(ref reader, Info<LocalDate>(options));
                    break;
                case "recordedOn" or "recordedBy" or "reason":
                    ReadRecording(ref reader, name, options, ref recordedOn, ref recordedBy, ref reason);
                    break;
                default:
                    throw new JsonException($"A withdrawal has no member '{name}' (target, subject, observedOn or measure, reporter, reportedOn; recordedOn, recordedBy, reason).");
            }
        }

        EntryKey key;
        if (target is { } t && observedOn is { } day && measure is null && reporter is null && reportedOn is null)
        {
            key = EntryKey.Figure(t, subject ?? Subject.Province, day);
        }
        else if (measure is { } m && reporter is { } r && reportedOn is { } reported && target is null && subject is null && observedOn is null)
        {
            key = EntryKey.Status(m, r, reported);
        }
        else
        {
            throw new JsonException("A withdrawal names one figure ('target', 'observedOn', optional 'subject') or one status ('measure', 'reporter', 'reportedOn').");
        }

        return recordedOn is { } on
            ? new Withdrawal(key, on, recordedBy ?? key.Subject, reason)
            : throw new JsonException("A withdrawal needs 'recordedOn', the day it was made.");
    }

    public override void Write(Utf8JsonWriter writer, Withdrawal value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        var key = value.Entry;
        if (key.Kind == EntryKind.Figure)
        {
            writer.WritePropertyName("target");
            JsonSerializer.Serialize(writer, key.Target, Info<TargetId>(options));
            writer.WritePropertyName("subject");
            JsonSerializer.Serialize(writer, key.Subject, Info<Subject>(options));
            writer.WritePropertyName("observedOn");
        }
        else
        {
            writer.WritePropertyName("measure");
            JsonSerializer.Serialize(writer, key.Measure, Info<MeasureId>(options));
            writer.WritePropertyName("reporter");
            JsonSerializer.Serialize(writer, key.Subject, Info<Subject>(options));
            writer.WritePropertyName("reportedOn");
        }

        JsonSerializer.Serialize(writer, key.Day, Info<LocalDate>(options));
        WriteRecording(writer, value, options);
        writer.WriteEndObject();
    }
}
