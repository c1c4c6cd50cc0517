using System.Globalization;
using System.Text;
using Jilin.Urbanization.Domain.Intake;
using static Jilin.Urbanization.Domain.Tests.Intake.IntakeFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Intake;

public class EncodingTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static string Text => $"指标编号,地区,完成值,单位,统计日期,备注\n{CareHomes},梅河口,2,所,2025-09-30,新建养老机构\n";

    public static TheoryData<string> Encodings() => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "gb18030"];

    private static byte[] Bytes(string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(Text),
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)],
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)],
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)],
        _ => Gb18030.GetBytes(Text),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_encoding_offices_save_in_is_detected(string encoding)
    {
        var result = ReadBytes(Bytes(encoding));

        result.Report.Problems.Should().BeEmpty();
        var figure = result.Log.Observations.Should().ContainSingle().Which;
        figure.Subject.Should().Be(Meihekou);
        figure.Note.Should().Be("新建养老机构");
    }

    [Fact]
    public void A_GB18030_file_named_by_the_caller_reads()
    {
        var result = ReadBytes(Bytes("gb18030"), options: IntakeOptions.Default with { Encoding = Gb18030 });

        result.Log.Observations.Should().ContainSingle().Which.Subject.Should().Be(Meihekou);
    }

    [Fact]
    public void GB18030_read_as_UTF_8_is_a_wrong_encoding_naming_GB18030_never_an_unknown_subject()
    {
        var result = ReadBytes(Bytes("gb18030"), options: IntakeOptions.Default with { Encoding = Encoding.UTF8 });

        result.Log.Count.Should().Be(0);
        var problem = result.Report.Problems.Should().ContainSingle().Which;
        problem.Message.Should().Contain("not UTF-8").And.Contain("GB18030").And.NotContain("subject");
    }

    [Fact]
    public void UTF_8_named_as_GB18030_is_a_wrong_encoding()
    {
        var result = ReadBytes(Bytes("utf-8"), options: IntakeOptions.Default with { Encoding = Gb18030 });

        result.Log.Count.Should().Be(0);
        result.Report.Problems.Should().ContainSingle().Which.Message.Should().Contain("UTF-8");
    }

    [Fact]
    public void Bytes_that_break_UTF_8_after_the_first_64_KB_are_reported_as_a_wrong_encoding()
    {
        var rows = new StringBuilder("指标编号,地区,完成值,单位,统计日期\n");
        var day = new NodaTime.LocalDate(2022, 1, 1);
        while (rows.Length < 80_000)
        {
            rows.Append(CultureInfo.InvariantCulture, $"{CareHomes},梅河口,1,所,{NodaTime.Text.LocalDatePattern.Iso.Format(day)}\n");
            day = day.PlusDays(1);
        }

        byte[] bytes = [.. Encoding.UTF8.GetBytes(rows.ToString()), .. Gb18030.GetBytes($"{CareHomes},梅河口,1,所,2030-01-01\n")];

        var result = ReadBytes(bytes);

        result.Report.Problems.Should().ContainSingle().Which.Message.Should().Contain("GB18030");
    }
}
