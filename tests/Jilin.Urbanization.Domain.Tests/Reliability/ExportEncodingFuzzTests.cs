using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Tests.Support;
using static Jilin.Urbanization.Domain.Tests.Reliability.CatalogJsonFuzzTests;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// One CSV cell encoder (<c>Export/CsvText</c>) and one Markdown cell encoder (<c>Export/MarkdownText</c>) under every
/// writer: a CSV cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP), plain numbers stay numbers;
/// a Markdown cell shows its text, never HTML, and never breaks the table.
/// </summary>
public class ExportEncodingFuzzTests
{
    private static readonly Gen<string> Cells = Gen.OneOf(
        HostileInputs.FormulaLike,
        Gen.String[0, 20],
        Gen.Char["=+-@\t\r\n,\"|\\<>&; 0123456789.字"].Array[0, 16].Select(c => new string(c)),
        Gen.OneOfConst("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "a | b", "&amp;", "-12", "-0.5", "+3", "-1+2", "-2 人", "@SUM(1)"),
        HostileInputs.ExtremeDecimal.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Every_CSV_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised_and_the_rest_read_back_as_written() => Csv(iter: 3000);

    [Fact]
    public void Every_Markdown_cell_shows_its_text_without_HTML_and_keeps_the_table_whole() => Markdown(iter: 3000);

    [Fact]
    public void Names_from_a_users_catalog_JSON_are_neutralised_in_the_CSV_and_escaped_in_the_Markdown_export()
    {
        var template = JsonNode.Parse(Documented.Write(PolicyCatalog.Default))!;
        var gen = Gen.OneOf(HostileInputs.FormulaLike, Gen.OneOfConst("<b onmouseover=x>省</b>", "=HYPERLINK(\"http://x\",\"省\")"));

        Documented.WithinTimeLimit(() => gen.Sample(
            name =>
            {
                var root = template.DeepClone();
                root["departments"]![0]!["englishName"] = name;
                var catalog = Documented.ResultOrPolicyDataException(() => Documented.Read(Encoding.UTF8.GetBytes(root.ToJsonString())));
                if (catalog is null)
                {
                    string.IsNullOrWhiteSpace(name).Should().BeTrue("only a blank English name is refused");
                    return;
                }

                var table = catalog.ExportDepartments();
                var rows = Rfc4180.Parse(table.ToCsv());
                var column = rows[0].IndexOf("unofficialEnglishName");
                var cell = rows.Skip(1).Single(r => r[0] == catalog.Departments.All[0].Id.ToString())[column];
                cell.Should().Be((CsvText.IsFormulaLike(name) ? "'" : string.Empty) + name);
                table.ToMarkdown().Should().NotContain("<b ").And.NotContain("</b>");
            },
            iter: 30,
            print: StrictTextQuote));
    }

    internal static void Csv(int iter)
    {
        Documented.WithinTimeLimitFor(iter, () => Cells.Array[1, 4].Sample(
            cells =>
            {
                var csv = new TextTable(cells).ToCsv();
                var rows = Rfc4180.Parse(csv);
                rows.Should().HaveCount(cells.Length + 1, "one header and one record per cell, whatever the cell holds");
                for (var i = 0; i < cells.Length; i++)
                {
                    var written = rows[i + 1].Single();
                    if (written.Length > 0 && HostileInputs.FormulaPrefixes.Contains(written[0]))
                    {
                        PlainNumber.IsMatch(written).Should().BeTrue($"a cell beginning with '{written[0]}' reaches the spreadsheet only as a plain number");
                    }

                    written.Should().Be(CsvText.IsFormulaLike(cells[i]) ? "'" + cells[i] : cells[i], "the only change is the apostrophe");
                }
            },
            iter: iter,
            print: c => string.Join(" | ", c.Select(StrictTextQuote))));
    }

    internal static void Markdown(int iter)
    {
        Documented.WithinTimeLimitFor(iter, () => Cells.Array[1, 4].Sample(
            cells =>
            {
                var lines = new TextTable(cells).ToMarkdown().Split('\n', StringSplitOptions.RemoveEmptyEntries);
                lines.Should().HaveCount(cells.Length + 2, "a line break inside a cell never ends a row");
                for (var i = 0; i < cells.Length; i++)
                {
                    var line = lines[i + 2];
                    var markup = line.Replace("<br>", string.Empty, StringComparison.Ordinal);
                    markup.Should().NotContain("<").And.NotContain(">", "HTML in a cell is escaped");
                    UnescapedPipes(line).Should().Be(2, "a pipe inside a cell is escaped, so the row has one cell");
                    Decode(line[2..^2]).Should().Be(cells[i].Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
                }
            },
            iter: iter,
            print: c => string.Join(" | ", c.Select(StrictTextQuote))));
    }

    private static readonly System.Text.RegularExpressions.Regex PlainNumber = new("^[-+]?[0-9]+(\\.[0-9]+)?$");

    private static string StrictTextQuote(string s) => Jilin.Urbanization.Domain.Data.StrictText.Quote(s);

    private static int UnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }

    private static string Decode(string cell)
    {
        var text = new StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '\\' && i + 1 < cell.Length)
            {
                text.Append(cell[++i]);
            }
            else if (cell.AsSpan(i).StartsWith("<br>"))
            {
                text.Append('\n');
                i += 3;
            }
            else if (cell[i] == '&')
            {
                var end = cell.IndexOf(';', i);
                text.Append(cell[i..(end + 1)] switch { "&amp;" => '&', "&lt;" => '<', "&gt;" => '>', var other => throw new FormatException(other) });
                i = end;
            }
            else
            {
                text.Append(cell[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>A one-column table of raw strings: the encoders see exactly what the generator made.</summary>
    private sealed class TextTable(IEnumerable<string> cells) : ExportTable<string>(cells)
    {
        private static readonly ValueList<TableColumn<string>> OneColumn = new[] { new TableColumn<string>("cell", c => c) }.ToValueList();

        public override ValueList<TableColumn<string>> Columns => OneColumn;

        public override string Name => "cells";

        protected override JsonTypeInfo<IReadOnlyList<string>> JsonTypeInfo => throw new NotSupportedException();
    }
}
