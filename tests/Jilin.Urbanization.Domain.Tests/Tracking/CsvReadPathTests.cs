using System.Globalization;
using System.Text;
using CsCheck;
using FluentAssertions;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

/// <summary>
/// The fast path of the CSV observations reader (issue 16), now the intake pipeline's: plain numbers parsed by hand to the
/// strict parser's bits, equal quantities shared, and the whole text read whatever the reader and its buffer.
/// </summary>
public sealed class CsvReadPathTests
{
    private const string Header = "target,subject,value,unit,observedOn,source";

    // Mostly valid combinations, so rows reach the caches, with a few of every kind of fault among them.
    private static readonly Gen<string> TargetAndSubject = Gen.OneOfConst(
        $"{FiveG},", $"{FiveG},全省", $"{FiveG},全省", $" {FiveG} ,\"全省\"", $"{CareHomes},梅河口", $"{CareHomes},220581", $"{CareHomes},梅河口",
        $"{CareHomes},珲春", $"{CareHomes},\" 梅河口\"", $"{FiveG},梅河口", $"{CareHomes},", "jilin-2022-county-urbanization/68/t9,全省", $"{CareHomes},nowhere");

    private static readonly Gen<string> Values = Gen.OneOf(
        Gen.OneOfConst("78", "78.0", "78.50", "078.5", "0", "0.00", "1", "2.5", "100", "\"78\"", " 78 ", "78.5"),
        Gen.OneOfConst("-0", "1e2", ".5", "5.", "120", "-1", "99999999999999999.9", "123456789012345678", "1234567890123456789", "100000000000000000000", "", "x"));

    private static readonly Gen<string> Units = Gen.OneOfConst("%", "%", "%", "％", "percent", "所", "所", "所", "furlongs", "");

    private static readonly Gen<string> Dates = Gen.OneOf(
        Gen.Int[1, 28].Select(d => $"2025-02-{d:00}"),
        Gen.OneOfConst(" 2025-02-01", "\"2025-02-02\"", "2025-13-01", "1999-12-31", ""));

    private static readonly Gen<string> Sources = Gen.OneOfConst("", "省统计局", "省统计局", "\"a,b\"", "\"say \"\"x\"\"\"");

    private static readonly Gen<string> Days = Gen.Int[0, 364].Select(d => new NodaTime.LocalDate(2025, 1, 1).PlusDays(d).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));

    private static readonly Gen<string> ValidRows = Gen.OneOf(
        Gen.Select(Gen.OneOfConst(",", ",全省", ",\"全省\"", ", 全省 "), Gen.OneOfConst("78", "78.0", "78.50", "078.5", "0", "0.00", "\"78\"", " 78 "), Gen.OneOfConst("%", "％", "percent"), Days, Sources)
            .Select(r => $"{FiveG}{r.Item1},{r.Item2},{r.Item3},{r.Item4},{r.Item5}"),
        Gen.Select(Gen.OneOfConst("梅河口", "220581", "珲春", "通榆", "\"梅河口\""), Gen.OneOfConst("1", "2", "0", "3.0", "01"), Days, Sources)
            .Select(r => $"{CareHomes},{r.Item1},{r.Item2},所,{r.Item3},{r.Item4}"));

    private static readonly Gen<string> AnyRows =
        Gen.Select(TargetAndSubject, Values, Units, Dates, Sources).Select(r => $"{r.Item1},{r.Item2},{r.Item3},{r.Item4},{r.Item5}");

    // One row in twenty-five from anything, the rest valid: most files read several rows before any fault.
    private static readonly Gen<string> Rows = Gen.Int[0, 24].SelectMany(i => i == 0 ? AnyRows : ValidRows);

    [Fact]
    public void Mixed_rows_read_or_are_refused_at_a_row_and_the_same_file_from_a_stream_gives_the_same_outcome()
    {
        // A test that could not fail would be a defect: the generator must produce files that read, and files that do not.
        var (read, refused) = (0, 0);
        Rows.Array[1, 20].Sample(rows =>
        {
            var text = Header + "\n" + string.Join("\n", rows) + "\n";
            var outcome = Outcome(new StringReader(text));
            outcome.Should().Be(Outcome(new StreamReader(new OneWayStream(Encoding.UTF8.GetBytes(text)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16)));
            if (outcome.StartsWith("error", StringComparison.Ordinal))
            {
                outcome.Should().MatchRegex(@"^error at row \d+(, column [A-Z]+ \(\w+\))?: ");
                refused++;
            }
            else
            {
                read++;
            }
        }, iter: 1_000);

        read.Should().BeGreaterThan(100);
        refused.Should().BeGreaterThan(100);
    }

    [Theory]
    [InlineData("64.70", 6470, 2)]
    [InlineData("0.00", 0, 2)]
    [InlineData("007", 7, 0)]
    [InlineData("123456789012345678", 123456789012345678, 0)]
    [InlineData("12345678901234567.8", 123456789012345678, 1)]
    public void Plain_numbers_keep_their_digits_and_scale(string text, long digits, int scale)
    {
        PlainNumber.TryParse(text, out var value).Should().BeTrue();
        value.Scale.Should().Be((byte)scale);
        (value * (decimal)Math.Pow(10, scale)).Should().Be(digits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("1e3")]
    [InlineData("1234567890123456789")]
    [InlineData(" 1")]
    [InlineData("١٢")]
    public void Anything_but_a_plain_number_is_left_to_the_strict_parser(string text) =>
        PlainNumber.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void A_plain_number_is_the_strict_parsers_decimal_to_the_last_bit() =>
        Gen.Char["0123456789."].Array[1, 22].Select(c => new string(c)).Sample(text =>
        {
            if (PlainNumber.TryParse(text, out var fast))
            {
                StrictText.TryParseDecimal(text, out var strict).Should().BeTrue();
                decimal.GetBits(fast).Should().Equal(decimal.GetBits(strict));
            }
        }, iter: 20_000);

    [Fact]
    public void Equal_figures_written_with_more_decimals_keep_their_digits()
    {
        var log = TrackingLogReader.ReadObservationsCsv(Policies, new StringReader($"{Header}\n{FiveG},全省,78.5,%,2025-02-01,\n{FiveG},全省,78.50,%,2025-02-02,\n{FiveG},全省,78.5,%,2025-02-03,\n"));

        log.Observations.Select(o => o.Observation.Value.Value.ToString(CultureInfo.InvariantCulture)).Should().Equal("78.5", "78.50", "78.5");
        log.Observations[0].Observation.Value.Should().BeSameAs(log.Observations[2].Observation.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8191)]
    [InlineData(8192)]
    [InlineData(8193)]
    [InlineData(9216)]
    [InlineData(9217)]
    [InlineData(40_000)]
    public void The_whole_text_is_read_whatever_the_reader_and_its_size(int length)
    {
        // The text is a quoted note (commas, quotes, line breaks and surrogate pairs inside), between two marks that keep it untrimmed.
        var note = "<" + new string(Enumerable.Range(0, length).Select(i => "a名,\"\n😀"[i % 7]).ToArray()) + ">";
        var text = $"{Header},note\n{FiveG},全省,78,%,2025-02-01,省统计局,\"{note.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n";

        foreach (var reader in Readers(text))
        {
            using (reader)
            {
                TrackingLogReader.ReadObservationsCsv(Policies, reader).Observations.Single().Note.Should().Be(note);
            }
        }
    }

    [Fact]
    public void A_quoted_line_break_and_multi_byte_characters_across_the_first_buffer_read_as_from_a_string()
    {
        // The first guess of a non-seekable stream is 8,192 characters: put a quoted newline and 名 right across it.
        var head = $"{Header},note\n";
        var row = $"{FiveG},全省,78,%,2025-02-01,省统计局,";
        var filler = new string('名', 8192 - head.Length - row.Length - 3);
        var text = head + row + "\"" + filler + "\r\n名\"\n" + $"{FiveG},全省,79,%,2025-02-02,省统计局,\"名\n\"\n";

        var expected = TrackingLogReader.ReadObservationsCsv(Policies, new StringReader(text));
        foreach (var reader in Readers(text))
        {
            using (reader)
            {
                TrackingLogReader.ReadObservationsCsv(Policies, reader).Should().Be(expected);
            }
        }

        expected.Observations[0].Note.Should().Be(filler + "\r\n名");
    }

    private static IEnumerable<TextReader> Readers(string text)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        yield return new StringReader(text);
        yield return new StreamReader(new MemoryStream(utf8), Encoding.UTF8);
        yield return new StreamReader(new OneWayStream(utf8), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16);
        yield return new StreamReader(new MemoryStream(Encoding.Unicode.GetBytes(text)), Encoding.Unicode);
    }

    private static string Outcome(TextReader reader)
    {
        try
        {
            var log = TrackingLogReader.ReadObservationsCsv(Policies, reader);
            return string.Join("\n", log.Observations.Select(o =>
                $"{o.TargetId}|{o.Subject}|{o.Observation.Value.Value.ToString(CultureInfo.InvariantCulture)}|{o.Observation.Value.Unit.Symbol}|{o.Observation.ObservedOn}|{o.Source}|{o.Note}"));
        }
        catch (PolicyDataException e)
        {
            return $"error at {e.Location}: {e.Message}";
        }
    }

    /// <summary>A stream that cannot seek, so the reader cannot size its array from the length.</summary>
    private sealed class OneWayStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 7));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
