using System.Text.Json;
using System.Text.Json.Serialization;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Identifiers;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>
/// An enum in JSON as its documented camelCase name (<c>leadFirst</c>), as in <c>docs/catalog.schema.json</c>, read by the
/// strict token reader (<c>StrictText</c>) every other reader of outside data uses: numbers, other casings, padded or
/// decorated names and undefined values are refused.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? ReadName(reader.GetString())
            : throw new JsonException($"Expected a {typeof(TEnum).Name} name (a string such as '{Names()}'), found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(Name(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadName(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(Name(value));

    private static TEnum ReadName(string? text) =>
        EnumNames.TryParse<TEnum>(text, out var value)
            ? value
            : throw new JsonException($"'{IdText.Quote(text ?? string.Empty)}' is not a {typeof(TEnum).Name}; the names are {Names()}.");

    private static string Name(TEnum value) =>
        Data.DefinedEnum.Defines(value) ? EnumNames.ToJson(value) : throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} and has no JSON name.");

    private static string Names() => string.Join(", ", Enum.GetValues<TEnum>().Select(EnumNames.ToJson));
}
