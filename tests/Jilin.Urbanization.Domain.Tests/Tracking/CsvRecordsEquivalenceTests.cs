using CsCheck;
using FluentAssertions;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

/// <summary>The two-pass CSV tokenizer reads every text exactly as the whole-file parser it replaced: the same records, fields, lines and columns, or the same error at the same place.</summary>
public sealed class CsvRecordsEquivalenceTests
{
    // Texts made of the characters that matter to RFC 4180 and to trimming, so quoting, blank lines and field counts all occur.
    private static readonly Gen<string> Texts = Gen.Char["ab ,;\"\r\n\t\u3000名"].Array[0, 40].Select(chars => new string(chars));

    [Fact]
    public void The_tokenizer_reads_every_text_as_the_whole_file_parser_did()
    {
        Texts.Sample(text => Outcome(() => Describe(CsvRecords.Read(text, "test"))).Should().Be(Outcome(() => Describe(CsvRecordsReference.Read(text, "test")))), iter: 20_000);
    }

    [Theory]
    [InlineData("a,b\n1,2\n")]
    [InlineData("a;b\r\n\"x\"\"y\" ,2\r\n\r\n \"q\nr\";3")]
    [InlineData("a,b\n1\n")]
    [InlineData("a,a\n1,\"2")]
    public void Known_texts_read_alike(string text) =>
        Outcome(() => Describe(CsvRecords.Read(text, "test"))).Should().Be(Outcome(() => Describe(CsvRecordsReference.Read(text, "test"))));

    private static string Outcome(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (PolicyDataException e)
        {
            return $"error at {e.Location}: {e.Message}";
        }
    }

    private static string Describe(CsvRecords csv) =>
        $"{csv.Separator} {csv.Count} " + string.Join(" | ", csv.Rows.Select(Row));

    private static string Describe(CsvRecordsReference csv) =>
        $"{csv.Separator} {csv.Rows.Count} " + string.Join(" | ", csv.Rows.Select(r => Row(new CsvRecords.Record(r.Line, r.Fields))));

    private static string Row(CsvRecords.Record row) =>
        $"{row.Line}: " + string.Join(", ", row.Fields.Select(f => $"[{f.Text}]@{f.Line}:{f.Column}"));
}
