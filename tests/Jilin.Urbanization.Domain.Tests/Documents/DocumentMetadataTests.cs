using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Tests.Support;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Documents;

public class DocumentMetadataTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Fact]
    public void The_2022_document_has_its_title_preamble_and_the_pages_printed_date()
    {
        var d = Catalog.GetDocument(DocumentIds.CountyUrbanization2022);

        d.Year.Should().Be(2022);
        d.Title.Should().Be("吉林省关于推进以县城为重要载体的城镇化建设的若干举措");
        d.Label.Should().BeNull();
        d.Preamble.Should().ContainSingle().Which.Text.Should().StartWith("县城是推进工业化城镇化的重要空间").And.EndWith("制定落实举措如下。");
        d.Source.PrintedDate.Should().Be(new LocalDate(2022, 9, 19));
        d.Source.PrintedDateSpan!.Value.Slice(Seeds.TextOf(d.Id.ToString())).Should().Be("2022年09月19日");
        d.Source.SeedFile.Should().Be("000_01bf865551ff927a.txt");
    }

    [Fact]
    public void The_2021_document_is_an_attachment_with_a_two_line_title_and_a_closing_paragraph()
    {
        var d = Catalog.GetDocument(DocumentIds.UrbanizationTasks2021);

        d.Year.Should().Be(2021);
        d.Label!.Text.Should().Be("附件");
        d.TitleLines.Select(t => t.Text).Should().Equal("吉林省2021年新型城镇化建设", "和城乡融合发展重点任务");
        d.Title.Should().Be("吉林省2021年新型城镇化建设和城乡融合发展重点任务");
        d.Preamble.Should().ContainSingle().Which.Text.Should().StartWith("贯彻党的十九届五中全会精神");
        d.Closing.Should().ContainSingle().Which.Text.Should().StartWith("各地区各部门要高度重视").And.EndWith("确保取得实质性进展和成效。");
        d.Source.PrintedDate.Should().BeNull("the 2021 text prints no date");
        d.Source.Kind.Should().Be(DocumentSourceKind.PlainText);
    }

    [Theory]
    [InlineData(DocumentIds.CountyUrbanization2022, "000_01bf865551ff927a.txt")]
    [InlineData(DocumentIds.UrbanizationTasks2021, "003_45457a5d941c424b.txt")]
    public void The_source_hash_is_the_SHA256_of_the_repositorys_seed_file(string id, string file)
    {
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Seeds.Bytes(file)));

        Catalog.GetDocument(id).Source.Sha256.Should().Be(expected);
    }

    [Fact]
    public void Groups_without_measures_carry_body_text_and_groups_with_measures_carry_none()
    {
        var d = Catalog.GetDocument(DocumentIds.CountyUrbanization2022);

        var withBody = d.Groups.Where(g => g.Text is not null).Select(g => g.Number);
        withBody.Should().Equal(1, 2, 3, 4, 34, 35, 36, 37);
        d.Groups.Where(g => g.Text is not null).Should().OnlyContain(g => g.ChapterNumber == 1 || g.ChapterNumber == 8);
        d.Groups.Where(g => g.Text is null).Should().OnlyContain(g => d.MeasuresIn(g.Number).Any());
    }

    [Fact]
    public void A_heading_written_with_the_other_parenthesis_style_is_still_found()
    {
        var d = Catalog.GetDocument(DocumentIds.UrbanizationTasks2021);

        var group = d.GetGroup(13);
        group.Heading.Should().Be("(十三)建设低碳绿色城市");
        group.Title.Should().Be("建设低碳绿色城市");
        d.MeasuresIn(13).Select(m => m.Number).Should().Equal(30, 31, 32, 33, 34);
        d.GetGroup(12).Heading.Should().StartWith("（十二）");
    }

    [Fact]
    public void Measures_know_their_chapter_and_group()
    {
        var m = Catalog.GetMeasure("jilin-2022-county-urbanization/68");

        m.ChapterNumber.Should().Be(6);
        m.GroupNumber.Should().Be(27);
        m.Text.Should().StartWith("实施乡村新型基础设施建设行动").And.EndWith("到2025年行政村5G通达率达到80%。");
        m.Responsibility.Text.Should().Be("省通信管理局负责");
    }
}
