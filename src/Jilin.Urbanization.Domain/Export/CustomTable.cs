using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Encodings.Web;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// A table of the caller's own rows (see <see cref="ExportTable.Create{TRow}(string, IEnumerable{TRow}, IEnumerable{TableColumn{TRow}})"/>):
/// the columns say the cells; JSON is an array of objects keyed by the column headers, written without reflection.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class CustomTable<TRow> : ExportTable<TRow>
{
    public CustomTable(string name, IEnumerable<TRow> rows, ValueList<TableColumn<TRow>> columns)
        : base(rows)
    {
        Name = name;
        Columns = columns;
        JsonTypeInfo = JsonMetadataServices.CreateValueInfo<IReadOnlyList<TRow>>(
            new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = JsonTypeInfoResolver.Combine() },
            new CellsConverter(columns));
    }

    public override ValueList<TableColumn<TRow>> Columns { get; }

    public override string Name { get; }

    protected override JsonTypeInfo<IReadOnlyList<TRow>> JsonTypeInfo { get; }

    /// <summary>Rows as objects of header → cell text.</summary>
    private sealed class CellsConverter(ValueList<TableColumn<TRow>> columns) : JsonConverter<IReadOnlyList<TRow>>
    {
        public override IReadOnlyList<TRow> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("A custom table is written, never read.");

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<TRow> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var row in value)
            {
                writer.WriteStartObject();
                foreach (var column in columns)
                {
                    writer.WriteString(column.Header, column.Cell(row));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }
}
