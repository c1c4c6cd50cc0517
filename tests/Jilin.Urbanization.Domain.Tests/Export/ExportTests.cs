using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Export;

public class ExportTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    private static (byte[] Bytes, List<List<string>> Records) Csv<TRow>(ExportTable<TRow> table)
    {
        using var stream = new MemoryStream();
        table.WriteCsv(stream);
        var bytes = stream.ToArray();
        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF], "CSV starts with a UTF-8 byte-order mark");
        return (bytes, Rfc4180.Parse(new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3)));
    }

    [Fact]
    public void Measures_csv_parses_back_to_the_measures()
    {
        var (_, records) = Csv(Catalog.ExportMeasures());

        records[0].Should().Equal(Catalog.ExportMeasures().Columns.Select(c => c.Header));
        records.Should().HaveCount(Catalog.Measures.Count + 1).And.OnlyContain(r => r.Count == records[0].Count);
        var column = records[0].Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);
        foreach (var (record, measure) in records.Skip(1).Zip(Catalog.Measures))
        {
            record[column["id"]].Should().Be(measure.Id.ToString());
            record[column["text"]].Should().Be(measure.Text);
            record[column["responsibility"]].Should().Be(measure.Responsibility.Text);
            record[column["lead"]].Should().Be(measure.Responsibility.Lead?.Name ?? string.Empty);
            record[column["departments"]].Split(ExportTable<MeasureRow>.ListSeparator)
                .Should().Equal(measure.Responsibility.Departments.Select(d => d.Department.Name));
            record[column["places"]].Should().Be(string.Join("; ", Catalog.PlacesIn(measure).Select(p => p.Name)));
            record[column["groupTitle"]].Should().Be(Catalog.GetDocument(measure.DocumentId).GetGroup(measure.GroupNumber).CorrectedTitle);
        }
    }

    [Fact]
    public void Departments_csv_carries_the_workload_counts()
    {
        var (_, records) = Csv(Catalog.ExportDepartments(DocumentId.CountyUrbanization2022));

        records.Should().HaveCount(Catalog.Departments.Count + 1);
        foreach (var record in records.Skip(1))
        {
            var id = record[0];
            int.Parse(record[5]).Should().Be(Catalog.MeasuresLedBy(id, DocumentId.CountyUrbanization2022).Count, id);
            int.Parse(record[6]).Should().Be(Catalog.MeasuresInvolving(id, DocumentId.CountyUrbanization2022).Count, id);
            record[3].Should().Be(Catalog.Departments.Get(id).EnglishName);
        }
    }

    [Fact]
    public void Places_csv_lists_the_measures_naming_each_place()
    {
        var (_, records) = Csv(Catalog.ExportPlaces());

        records[0].Should().Contain("unofficialEnglishName");
        records.Skip(1).Select(r => r[0]).Should().Equal(Catalog.Places.All.Select(p => p.Id.ToString()));
        foreach (var record in records.Skip(1))
        {
            var expected = Catalog.MeasuresMentioning(record[0]).Select(m => m.Id.ToString());
            (record[8].Length == 0 ? [] : record[8].Split("; ")).Should().Equal(expected, record[0]);
        }
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_line_breaks_per_rfc_4180()
    {
        var tricky = new[] { new Note("a,b", "say \"hi\""), new Note("line1\nline2", "plain"), new Note("", "cr\r\nlf") };
        var table = new NoteTable(tricky);

        var (bytes, records) = Csv(table);

        records.Should().HaveCount(4);
        records.Skip(1).Select(r => (r[0], r[1])).Should().Equal(tricky.Select(n => (n.Title, n.Body)));
        Encoding.UTF8.GetString(bytes).Should().Contain("\"say \"\"hi\"\"\"").And.EndWith("\r\n");
        table.ToCsv().Should().StartWith("title,body\r\n\"a,b\",");
    }

    [Fact]
    public void Json_is_an_array_of_camel_case_objects_with_typed_values_and_readable_chinese()
    {
        var query = Catalog.Query().InDocument(DocumentId.UrbanizationTasks2021).LedBy("省公安厅");
        var json = query.Export().ToJson();

        json.Should().Contain("省公安厅", "Chinese is not \\u-escaped");
        using var document = JsonDocument.Parse(json);
        var rows = document.RootElement.EnumerateArray().ToList();
        rows.Should().HaveCount(query.Count());
        var first = rows[0];
        first.EnumerateObject().Select(p => p.Name).Should().Equal(query.Export().Columns.Select(c => c.Header));
        first.GetProperty("number").ValueKind.Should().Be(JsonValueKind.Number);
        first.GetProperty("departments").EnumerateArray().Select(e => e.GetString()).Should().Equal("省公安厅");
        rows.Select(r => r.GetProperty("id").GetString()).Should().Equal(query.Ids().Select(i => i.ToString()));
    }

    [Fact]
    public void Markdown_is_a_table_with_a_header_an_alignment_row_and_one_line_per_row()
    {
        var table = Catalog.ExportDepartments();
        var lines = table.ToMarkdown().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().HaveCount(table.Rows.Count + 2);
        lines[0].Should().Be("| " + string.Join(" | ", table.Columns.Select(c => c.Header)) + " |");
        lines[1].Should().Be("|" + string.Concat(table.Columns.Select(_ => " --- |")));
        lines.Should().OnlyContain(l => l.StartsWith("| ") && l.EndsWith(" |"));
        lines.Should().OnlyContain(l => CountUnescapedPipes(l) == table.Columns.Count + 1);
        new NoteTable([new Note("a|b", "x\ny")]).ToMarkdown().Should().EndWith("| a\\|b | x<br>y |\n");
    }

    [Theory]
    [InlineData("measures.csv", ExportFormat.Csv)]
    [InlineData("measures.json", ExportFormat.Json)]
    [InlineData("measures.md", ExportFormat.Markdown)]
    public void Save_writes_the_format_its_extension_names(string name, ExportFormat format)
    {
        var table = Catalog.Query().Containing("冷链").Export();
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{name}");
        try
        {
            table.Save(path).Should().Be(path);
            using var expected = new MemoryStream();
            table.Write(expected, format);
            File.ReadAllBytes(path).Should().Equal(expected.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bad_arguments_fail_clearly()
    {
        var table = Catalog.ExportPlaces();
        table.Invoking(t => t.Save("places.txt")).Should().Throw<ArgumentException>().WithParameterName("path").WithMessage("*.csv, .json, .md, .html or .xlsx*");
        table.Invoking(t => t.WriteCsv(null!)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        table.Invoking(t => t.WriteJson(new MemoryStream([], writable: false))).Should().Throw<ArgumentException>().WithParameterName("stream");
        table.Invoking(t => t.Write(new MemoryStream(), (ExportFormat)7)).Should().Throw<ArgumentException>().WithParameterName("format");
        Catalog.Invoking(c => c.ExportDepartments(DocumentId.Parse("no-such-document"))).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Tables_and_rows_print_readably()
    {
        var table = Catalog.ExportPlaces();
        table.ToString().Should().StartWith($"places: {Catalog.Places.Count} rows × 9 columns (id, name,");
        table.Rows.Single(r => r.Id == "meihekou").ToString().Should().Be("梅河口市: 5 mention(s), 4 measure(s)");
        Catalog.ExportMeasures([Catalog.GetMeasure("jilin-2022-county-urbanization/68")]).Rows[0].ToString()
            .Should().Be("jilin-2022-county-urbanization/68 [省通信管理局]");
    }

    private static int CountUnescapedPipes(string line) =>
        line.Where((c, i) => c == '|' && (i == 0 || line[i - 1] != '\\')).Count();
}

/// <summary>A minimal row and table: what a new kind of export (targets, compliance) adds.</summary>
public sealed record Note(string Title, string Body);

public sealed class NoteTable(IEnumerable<Note> rows) : ExportTable<Note>(rows)
{
    public override ValueList<TableColumn<Note>> Columns { get; } =
        new TableColumn<Note>[] { new("title", n => n.Title), new("body", n => n.Body) }.ToValueList();

    public override string Name => "notes";

    protected override JsonTypeInfo<IReadOnlyList<Note>> JsonTypeInfo => NoteJsonContext.Default.IReadOnlyListNote;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<Note>))]
internal sealed partial class NoteJsonContext : JsonSerializerContext;
