using System.Text.Json;
using Jilin.Urbanization.Domain.Data;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// One entry of a JSON progress or tracking file, read field by field like a CSV row: members are found through the
/// same <see cref="FieldMap"/> as CSV columns (synonyms, case, repeats), and each field knows its own JSON path.
/// </summary>
internal sealed class JsonEntry
{
    private readonly JsonProperty[] members;
    private readonly string array;
    private readonly int index;

    private JsonEntry(JsonProperty[] members, string array, int index, string what)
    {
        (this.members, this.array, this.index) = (members, array, index);
        Fields = new FieldMap($"The {what}", "member", i => At(i).ToString(), At(-1).ToString());
        for (var i = 0; i < members.Length; i++)
        {
            Fields.Add(members[i].Name, i);
        }
    }

    /// <summary>The entry's members by name.</summary>
    public FieldMap Fields { get; }

    /// <summary>The entry at <paramref name="index"/> of <paramref name="array"/>; null and anything but an object are refused.</summary>
    /// <param name="element">The entry.</param>
    /// <param name="array">The array's path, e.g. <c>$.observations</c>.</param>
    /// <param name="index">The entry's index.</param>
    /// <param name="what">What an entry is, in messages ("observation").</param>
    public static JsonEntry Open(JsonElement element, string array, int index, string what) => element.ValueKind switch
    {
        JsonValueKind.Object => OpenObject(element, array, index, what),
        JsonValueKind.Null or JsonValueKind.Undefined => throw new PolicyDataException($"An {what} is null; expected an object.", TrackingLogReader.At.Json(array, index, string.Empty).ToString()),
        _ => throw new PolicyDataException($"An {what} is a JSON {element.ValueKind.ToString().ToLowerInvariant()}; expected an object.", TrackingLogReader.At.Json(array, index, string.Empty).ToString()),
    };

    private static JsonEntry OpenObject(JsonElement element, string array, int index, string what)
    {
        try
        {
            return new JsonEntry([.. element.EnumerateObject()], array, index, what);
        }
        catch (InvalidOperationException e)
        {
            // A member name that is not UTF-8 (System.Text.Json checks names only when they are read as text).
            throw new PolicyDataException($"An {what} has a member name that is not valid UTF-8.", TrackingLogReader.At.Json(array, index, string.Empty).ToString(), e);
        }
    }

    /// <summary>Where the field at <paramref name="field"/> is (the entry itself for -1, a missing field).</summary>
    public TrackingLogReader.At At(int field) =>
        TrackingLogReader.At.Json(array, index, field < 0 ? string.Empty : "." + members[field].Name);

    /// <summary>The field's text; null when it is missing or JSON null. Anything but a string is refused.</summary>
    public string? Text(int field)
    {
        if (field < 0 || members[field].Value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var value = members[field].Value;
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new PolicyDataException($"{Jilin.Urbanization.Domain.Data.StrictText.Quote(members[field].Name)} is a JSON {value.ValueKind.ToString().ToLowerInvariant()}; expected a string.", At(field).ToString());
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException e)
        {
            // An escaped lone surrogate (\ud800) or bytes that are not UTF-8: text that cannot be written back.
            throw new PolicyDataException("The text is not valid UTF-16 (a lone surrogate escaped as \\uD800–\\uDFFF) or not UTF-8; it could not be written back unchanged.", At(field).ToString(), e);
        }
    }

    /// <summary>The field's number; a missing field, JSON null, a non-number or one beyond a decimal is refused.</summary>
    public decimal Number(int field)
    {
        if (field < 0 || members[field].Value.ValueKind == JsonValueKind.Null)
        {
            throw new PolicyDataException($"The entry needs a {Jilin.Urbanization.Domain.Data.StrictText.Quote((field < 0 ? "value" : members[field].Name))}.", At(field).ToString());
        }

        var value = members[field].Value;
        return value.ValueKind != JsonValueKind.Number
            ? throw new PolicyDataException($"{Jilin.Urbanization.Domain.Data.StrictText.Quote(members[field].Name)} is a JSON {value.ValueKind.ToString().ToLowerInvariant()}; expected a number.", At(field).ToString())
            : value.TryGetDecimal(out var number) && CheckedDecimal.IsWithinDataLimit(number)
                ? number
                : throw new PolicyDataException($"The number is out of range: within {CheckedDecimal.DataLimitText}.", At(field).ToString());
    }
}
