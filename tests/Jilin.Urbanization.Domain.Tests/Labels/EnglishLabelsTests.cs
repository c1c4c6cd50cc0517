using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Labels;

public class EnglishLabelsTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Fact]
    public void Every_document_chapter_and_group_has_an_english_title_for_exactly_its_chinese_title()
    {
        var chapters = 0;
        var groups = 0;
        foreach (var document in Catalog.Documents)
        {
            Catalog.Labels.Of(document).Chinese.Should().Be(document.Title);
            Catalog.Labels.For(document.Id).Chapters.Should().HaveCount(document.Chapters.Count);
            Catalog.Labels.For(document.Id).Groups.Should().HaveCount(document.Groups.Count);
            foreach (var chapter in document.Chapters)
            {
                Catalog.Labels.Of(chapter).Chinese.Should().Be(chapter.CorrectedTitle, $"chapter {chapter.Number} of {document.Id}");
                chapters++;
            }

            foreach (var group in document.Groups)
            {
                Catalog.Labels.Of(group).Chinese.Should().Be(group.CorrectedTitle, $"group {group.Number} of {document.Id}");
                groups++;
            }
        }

        chapters.Should().Be(14);
        groups.Should().Be(59);
    }

    [Fact]
    public void Every_english_label_is_marked_unofficial_and_is_plain_english()
    {
        var all = Catalog.Labels.Documents.SelectMany(d => d.Chapters.Concat(d.Groups).Prepend(d.Title))
            .Concat(Catalog.Departments.All.Select(Catalog.Labels.Of))
            .Concat(Catalog.Places.All.Select(Catalog.Labels.Of))
            .ToList();

        all.Should().HaveCount(2 + 14 + 59 + Catalog.Departments.Count + Catalog.Places.Count);
        all.Should().OnlyContain(l => !l.IsOfficial);
        all.Should().OnlyContain(l => l.English.Length > 0 && l.English.All(c => c < 0x3000), "English labels hold no CJK characters");
        all[0].ToString().Should().Contain("unofficial").And.Contain(all[0].Chinese);
        UnofficialTranslation.Notice.Should().Contain("Chinese text is the authority");
    }

    [Fact]
    public void Department_names_come_from_the_registry()
    {
        var housing = Catalog.Departments.Resolve("省住房城乡建设厅");

        Catalog.Labels.Of(housing).Should().Be(new UnofficialTranslation(housing.Name, housing.EnglishName));
    }

    [Fact]
    public void Unknown_documents_and_numbers_fail_clearly()
    {
        Catalog.Labels.Invoking(l => l.For(DocumentId.Parse("no-such-document"))).Should().Throw<KeyNotFoundException>().WithMessage("*no-such-document*");
        Catalog.Labels.Invoking(l => l.ChapterTitle(DocumentId.UrbanizationTasks2021, 7)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "number" && e.Message.Contains("1 to 6"));
        Catalog.Labels.Invoking(l => l.GroupTitle(DocumentId.CountyUrbanization2022, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
        Catalog.Labels.Invoking(l => l.Of((Chapter)null!)).Should().Throw<ArgumentNullException>().WithParameterName("chapter");
    }

    [Fact]
    public void A_label_file_numbered_out_of_order_is_refused_with_its_location()
    {
        var json = """
            {"version":1,"notice":"n","documents":[{"id":"d","chinese":"中","english":"E",
             "chapters":[{"number":2,"chinese":"一","english":"One"}],"groups":[]}]}
            """u8.ToArray();

        FluentActions.Invoking(() => EmbeddedData.ReadLabels(json, "labels.json")).Should().Throw<PolicyDataException>()
            .Where(e => e.Location.Contains("chapters[0]"));
    }

    [Fact]
    public void The_curated_labels_file_in_the_repository_is_the_embedded_one()
    {
        var path = Path.Combine(Seeds.Directory, "..", "src", "Jilin.Urbanization.Domain", "Resources", "labels.json");

        EmbeddedData.ReadLabels(File.ReadAllBytes(path), path).Documents.Should().Equal(Catalog.Labels.Documents);
    }
}
