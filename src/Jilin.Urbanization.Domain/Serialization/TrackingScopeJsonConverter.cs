using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>
/// A <see cref="TrackingScope"/> in JSON as the ids it selects by, never its catalog:
/// <c>{"documents": [], "chapters": [{"document": "…", "number": 3}], "groups": [], "measures": [], "targets": [],
/// "leadDepartments": ["housing"], "involvedDepartments": [], "subjects": ["220581"]}</c>. Reading rebuilds the scope over
/// the catalog given to <see cref="DomainJson.CreateOptions(PolicyCatalog)"/>, through the scope's own methods, so an id
/// the catalog does not know is refused; without a catalog, reading is refused (never bound to <c>Default</c> silently).
/// </summary>
internal sealed class TrackingScopeJsonConverter(PolicyCatalog? catalog) : JsonConverter<TrackingScope>
{
    public TrackingScopeJsonConverter()
        : this(null)
    {
    }

    public override TrackingScope Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (catalog is null)
        {
            throw new JsonException("A TrackingScope selects parts of a catalog: read it with options from DomainJson.CreateOptions(catalog) or ConfigureDomainJson(options, catalog).");
        }

        var seen = StrictJsonObject.Start(ref reader, "a tracking scope");
        var scope = TrackingScope.Everything(catalog);
        while (StrictJsonObject.NextMember(ref reader, seen, "A tracking scope", out var name))
        {
            try
            {
                scope = name switch
                {
                    "documents" => List<DocumentId>(ref reader, options).Aggregate(scope, (s, id) => s.InDocument(id)),
                    "chapters" => Parts(ref reader, options).Aggregate(scope, (s, p) => s.InChapter(p.Document, p.Number)),
                    "groups" => Parts(ref reader, options).Aggregate(scope, (s, p) => s.InGroup(p.Document, p.Number)),
                    "measures" => List<MeasureId>(ref reader, options).Aggregate(scope, (s, id) => s.ForMeasure(id)),
                    "targets" => List<TargetId>(ref reader, options).Aggregate(scope, (s, id) => s.ForTarget(id)),
                    "leadDepartments" => List<DepartmentId>(ref reader, options).Aggregate(scope, (s, id) => s.LedBy(id.ToString())),
                    "involvedDepartments" => List<DepartmentId>(ref reader, options).Aggregate(scope, (s, id) => s.Involving(id.ToString())),
                    "subjects" => List<Subject>(ref reader, options).Aggregate(scope, (s, subject) => s.ForSubject(subject)),
                    _ => throw new JsonException($"A tracking scope has no member '{name}'."),
                };
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentException)
            {
                throw new JsonException($"The tracking scope's '{name}' names something the catalog does not hold: {e.Message}", e);
            }
        }

        return scope;
    }

    public override void Write(Utf8JsonWriter writer, TrackingScope value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteList(writer, "documents", value.Documents, options);
        WriteParts(writer, "chapters", value.Chapters);
        WriteParts(writer, "groups", value.Groups);
        WriteList(writer, "measures", value.Measures, options);
        WriteList(writer, "targets", value.Targets, options);
        WriteList(writer, "leadDepartments", value.LeadDepartments.Select(d => d.Id).ToValueList(), options);
        WriteList(writer, "involvedDepartments", value.InvolvedDepartments.Select(d => d.Id).ToValueList(), options);
        WriteList(writer, "subjects", value.Subjects, options);
        writer.WriteEndObject();
    }

    private static ValueList<T> List<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, StrictJsonObject.Info<ValueList<T>>(options))
        ?? throw new JsonException($"Expected an array of {typeof(T).Name}, found null.");

    private static void WriteList<T>(Utf8JsonWriter writer, string name, ValueList<T> items, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, items, StrictJsonObject.Info<ValueList<T>>(options));
    }

    private static List<(DocumentId Document, int Number)> Parts(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of {{\"document\", \"number\"}} objects, found {reader.TokenType}.");
        }

        var ids = StrictJsonObject.Info<DocumentId>(options);
        var parts = new List<(DocumentId, int)>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            DocumentId? document = null;
            int? number = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "document" when document is null:
                        document = JsonSerializer.Deserialize(ref reader, ids);
                        break;
                    case "number" when number is null && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var n):
                        number = n;
                        break;
                    default:
                        throw new JsonException($"A chapter or group of a tracking scope has 'document' (an id) and 'number' (an integer) once each; '{name}' is not one of them or is repeated or malformed.");
                }
            }

            parts.Add(document is { } d && number is { } k ? (d, k) : throw new JsonException("A chapter or group of a tracking scope needs 'document' and 'number'."));
        }

        return reader.TokenType == JsonTokenType.EndArray ? parts : throw new JsonException($"Expected a {{\"document\", \"number\"}} object, found {reader.TokenType}.");
    }

    private static void WriteParts(Utf8JsonWriter writer, string name, ValueList<(DocumentId Document, int Number)> parts)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var (document, number) in parts)
        {
            writer.WriteStartObject();
            writer.WriteString("document", document.ToString());
            writer.WriteNumber("number", number);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
