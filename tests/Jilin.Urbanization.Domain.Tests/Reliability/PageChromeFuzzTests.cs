using CsCheck;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Parsing;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// Text after a page footer (返回列表, 版权声明, …): page chrome there is skipped, as the real 2022 seed's copyright
/// notice and registration number are; a line that reads as policy content — a chapter heading (九、…), a group heading
/// ((三十八)…) or a numbered item (89.…) — is refused with a <see cref="PolicyDataException"/> at its line instead of
/// vanishing.
/// </summary>
public class PageChromeFuzzTests
{
    private static readonly SeedEntry Seed = SeedManifest.Entries.Single(e => e.FileName == "000_01bf865551ff927a.txt");
    private static readonly string[] Lines = Seeds.Text(Seed.FileName).Split('\n');
    private static readonly int Footer = Array.FindIndex(Lines, l => l.Trim() == "返回列表");
    private static readonly PolicyDocument Original = PolicyTextParser.Parse(Seeds.Bytes(Seed.FileName), PolicyTextParserFuzzTests.Options(Seed));

    private static readonly Gen<string> Title = Gen.Int[0x4E00, 0x9FA5].Select(c => (char)c).Array[1, 20].Select(c => new string(c));

    private static readonly Gen<string> PolicyContent = Gen.OneOf(
        from n in Gen.OneOfConst("一", "二", "七", "八", "九", "十", "十一", "二十")
        from t in Title
        select $"{n}、{t}",
        from open in Gen.OneOfConst("(", "（")
        from n in Gen.OneOfConst("一", "三十八", "十")
        from t in Title
        select $"{open}{n}{(open == "(" ? ")" : "）")}{t}",
        from n in Gen.Int[1, 9999]
        from dot in Gen.OneOfConst(".", "．")
        from t in Title
        select $"{n}{dot}{t}（省发展改革委负责）");

    private static readonly Gen<string> Chrome = Gen.OneOf(
        Gen.OneOfConst(
            "版权声明:本网站所刊内容未经本网站及作者本人许可,不得下载、转载或建立镜像等", "渝公网安备 50010602503057号", "吉ICP备05002019号",
            "网站标识码：2200000001", "2022-09-19", "2022.09.19", "打印本页", "关闭窗口", "上一篇：关于印发的通知", "【打印】 【关闭】", string.Empty),
        Title,
        from ws in Gen.OneOfConst(HostileInputs.Whitespace)
        from t in Title
        select ws + t);

    [Fact]
    public void The_real_seed_has_chrome_after_its_footer_and_parses_as_before()
    {
        Footer.Should().BePositive();
        Lines.Skip(Footer + 1).Should().Contain(l => l.Contains("版权声明", StringComparison.Ordinal));
        Original.Measures.Should().HaveCount(88);
    }

    [Fact]
    public void Policy_content_after_a_page_footer_is_refused_at_its_line() => ContentAfterFooterIsRefused(iter: 200);

    [Fact]
    public void Page_chrome_after_a_page_footer_leaves_the_document_as_it_was() => ChromeAfterFooterIsSkipped(iter: 100);

    internal static void ContentAfterFooterIsRefused(int iter)
    {
        var gen = from chrome in Chrome.Array[0, 3]
                  from content in PolicyContent
                  from indent in Gen.OneOfConst(string.Empty, " ", "\u3000", "\t")
                  from at in Gen.Int[Footer + 1, Lines.Length]
                  select (chrome, line: indent + content, at);

        Documented.WithinTimeLimitFor(iter, () => gen.Sample(
            x =>
            {
                var lines = Lines.ToList();
                lines.InsertRange(x.at, [.. x.chrome, x.line]);
                var lineNumber = x.at + x.chrome.Sum(c => c.Count('\n') + 1) + 1; // a chrome element may hold a line break
                var parse = () => PolicyTextParser.Parse(string.Join('\n', lines), PolicyTextParserFuzzTests.Options(Seed));
                parse.Should().ThrowExactly<PolicyDataException>().WithMessage("*page footer*")
                    .Which.Location.Should().StartWith($"{Seed.FileName}:{lineNumber}:");
            },
            iter: iter,
            print: x => $"line {x.at + 1}: {string.Join(" / ", x.chrome)} / {x.line}"));
    }

    internal static void ChromeAfterFooterIsSkipped(int iter)
    {
        var gen = from chrome in Chrome.Array[1, 4]
                  from at in Gen.Int[Footer + 1, Lines.Length]
                  select (chrome, at);

        Documented.WithinTimeLimitFor(iter, () => gen.Sample(
            x =>
            {
                var lines = Lines.ToList();
                lines.InsertRange(x.at, x.chrome);
                var document = PolicyTextParser.Parse(string.Join('\n', lines), PolicyTextParserFuzzTests.Options(Seed));
                document.Measures.Should().Equal(Original.Measures);
                document.Groups.Should().Equal(Original.Groups);
                document.Closing.Should().Equal(Original.Closing);
            },
            iter: iter,
            print: x => $"line {x.at + 1}: {string.Join(" / ", x.chrome)}"));
    }
}
