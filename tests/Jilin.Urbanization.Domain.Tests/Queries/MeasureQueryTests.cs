using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Places;
using Jilin.Urbanization.Domain.Queries;

namespace Jilin.Urbanization.Domain.Tests.Queries;

public class MeasureQueryTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Fact]
    public void An_empty_query_yields_every_measure_in_catalog_order()
    {
        Catalog.Query().Should().Equal(Catalog.Measures);
        Catalog.Query().Count().Should().Be(146);
    }

    [Fact]
    public void The_starting_query_is_one_shared_value_that_narrowing_never_changes()
    {
        var start = Catalog.Query();
        var narrowed = start.InDocument(DocumentId.CountyUrbanization2022).WithTargets();

        Catalog.Query().Should().BeSameAs(start);
        start.Filters.Should().BeEmpty();
        start.Count().Should().Be(Catalog.Measures.Count);
        narrowed.Should().OnlyContain(m => m.DocumentId == DocumentId.CountyUrbanization2022 && m.Targets.Count > 0).And.NotBeEmpty();
    }

    [Fact]
    public void In_document_keeps_that_documents_measures_in_order()
    {
        var document = Catalog.GetDocument(DocumentIds.CountyUrbanization2022);

        Catalog.Query().InDocument(document.Id).Should().Equal(document.Measures);
        Catalog.Query().InDocument(document.Id).Ids().Should().Equal(document.Measures.Select(m => m.Id));
    }

    [Theory]
    [InlineData(DocumentIds.UrbanizationTasks2021, 4)]
    [InlineData(DocumentIds.CountyUrbanization2022, 2)]
    [InlineData(DocumentIds.CountyUrbanization2022, 8)]
    public void In_chapter_keeps_the_measures_of_that_chapter_of_that_document(string documentId, int chapter)
    {
        var expected = Catalog.GetDocument(documentId).Measures.Where(m => m.ChapterNumber == chapter);

        Catalog.Query().InChapter(DocumentId.Parse(documentId), chapter).Should().Equal(expected);
        Catalog.Query().InChapter(Catalog.GetDocument(documentId).GetChapter(chapter)).Should().Equal(expected);
    }

    [Fact]
    public void In_group_keeps_the_measures_of_that_group()
    {
        var document = Catalog.GetDocument(DocumentIds.CountyUrbanization2022);
        var group = document.GetGroup(15);

        Catalog.Query().InGroup(group).Should().NotBeEmpty().And.Equal(document.MeasuresIn(15));
        Catalog.Query().InGroup(document.Id, 1).Should().BeEmpty("group 1 carries body text, no measures");
    }

    [Fact]
    public void Department_filters_agree_with_the_department_indexes()
    {
        foreach (var department in Catalog.Departments.All)
        {
            Catalog.Query().LedBy(department.Id).Should().Equal(Catalog.MeasuresLedBy(department.Id), department.Id.ToString());
            Catalog.Query().Involving(department.Name).Should().Equal(Catalog.MeasuresInvolving(department.Id), department.Id.ToString());
        }
    }

    [Fact]
    public void Keywords_search_the_corrected_text_so_stray_spaces_do_not_hide_a_word()
    {
        var expected = Catalog.Measures.Where(m => m.CorrectedText.Contains("优质", StringComparison.Ordinal)).ToList();
        expected.Should().Contain(m => !m.Text.Contains("优质", StringComparison.Ordinal), "the scraped 2022 text writes 优 质");

        Catalog.Query().Containing("优质").Should().Equal(expected);
        Catalog.Query().Containing(" 优质 ").Should().Equal(expected);
    }

    [Theory]
    [InlineData("\u3000优质\u3000")] // the ideographic space of Chinese text
    [InlineData("优质\t")]
    [InlineData("\n优质")]
    [InlineData("\u00A0优质\u2003")]
    public void Keywords_are_trimmed_of_white_space_at_either_end(string keyword)
    {
        var query = Catalog.Query().ContainingAll(keyword, "建设");

        query.Filters.Single().Description.Should().Be("text contains all of '优质', '建设'");
        query.Ids().Should().Equal(Catalog.Query().ContainingAll("优质", "建设").Ids()).And.NotBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u3000")]
    [InlineData(" \t\u3000\u00A0 ")]
    [InlineData("\u2028")]
    public void A_blank_keyword_is_refused_and_named(string keyword) =>
        Catalog.Query().Invoking(q => q.ContainingAny("县城", keyword)).Should().Throw<ArgumentException>()
            .WithParameterName("keywords").WithMessage("*Keyword 1 is*");

    [Fact]
    public void The_quick_blank_test_agrees_with_char_IsWhiteSpace_for_every_code_unit()
    {
        var disagreements = Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => MeasureQuery.IsBlank(c) != char.IsWhiteSpace(c))
            .Select(c => $"U+{(int)c:X4}");

        disagreements.Should().BeEmpty();
    }

    [Fact]
    public void All_and_any_keyword_matches_are_intersection_and_union()
    {
        static HashSet<MeasureId> With(string term) =>
            Catalog.Measures.Where(m => m.CorrectedText.Contains(term, StringComparison.Ordinal)).Select(m => m.Id).ToHashSet();
        var a = With("老旧小区");
        var b = With("改造");

        Catalog.Query().ContainingAll("老旧小区", "改造").Ids().Should().BeEquivalentTo(a.Intersect(b)).And.NotBeEmpty();
        Catalog.Query().ContainingAny("老旧小区", "冷链").Ids().Should().BeEquivalentTo(a.Union(With("冷链")));
        Catalog.Query().Containing(KeywordMatch.Any, ["不存在的词"]).Should().BeEmpty();
        Catalog.Query().ContainingAny("冷链").Ids().Should().BeInAscendingOrder();
    }

    [Fact]
    public void Place_filter_uses_the_place_index_and_can_include_group_text()
    {
        Catalog.Query().MentioningPlace("长吉接合片区").Should().Equal(Catalog.MeasuresMentioning("长吉接合片区"));

        var withGroups = Catalog.Query().MentioningPlace("长吉接合片区", includeGroupText: true).Ids();
        var task57 = MeasureId.Parse("jilin-2021-urbanization-tasks/57");
        Catalog.GetMeasure(task57).CorrectedText.Should().NotContain("长吉", "the task names only 试验区; its group title names the area");
        withGroups.Should().Contain(task57).And.Contain(Catalog.MeasuresMentioning("长吉接合片区").Select(m => m.Id));
        Catalog.Query().MentioningPlace("吉林市").Should().NotContain(m => m.Number == 10 && m.DocumentId == DocumentId.CountyUrbanization2022);
    }

    [Fact]
    public void Filters_combine_as_and_and_keep_document_order()
    {
        var query = Catalog.Query()
            .InDocument(DocumentId.CountyUrbanization2022)
            .Involving("省住房和城乡建设厅")
            .ContainingAny("管网", "污水");
        var expected = Catalog.Measures.Where(m => m.DocumentId == DocumentId.CountyUrbanization2022
            && m.Responsibility.Involves("housing-urban-rural-development")
            && (m.CorrectedText.Contains("管网", StringComparison.Ordinal) || m.CorrectedText.Contains("污水", StringComparison.Ordinal)));

        query.Should().NotBeEmpty().And.Equal(expected);
        Catalog.Query().MentioningPlace("梅河口市").InDocument(DocumentId.UrbanizationTasks2021).LedBy("省农业农村厅").Ids()
            .Should().Equal(MeasureId.Parse("jilin-2021-urbanization-tasks/51"));
    }

    [Fact]
    public void Queries_are_immutable_and_reusable()
    {
        var documents2022 = Catalog.Query().InDocument(DocumentId.CountyUrbanization2022);
        var narrowed = documents2022.Containing("县城");

        documents2022.Count().Should().Be(88);
        narrowed.Count().Should().BeLessThan(88);
        documents2022.Filters.Should().HaveCount(1);
        narrowed.Filters.Should().HaveCount(2);
    }

    [Fact]
    public void Linq_query_syntax_works_and_stays_fluent()
    {
        var ids = from m in Catalog.Query().InDocument(DocumentId.UrbanizationTasks2021)
                  where m.Responsibility.Mode == ResponsibilityMode.Respectively
                  select m.Id;

        ids.Should().Equal(Catalog.Measures.Where(m => m.DocumentId == DocumentId.UrbanizationTasks2021 && m.Responsibility.Mode == ResponsibilityMode.Respectively).Select(m => m.Id));
        Catalog.Query().Where(m => m.Number == 1).Should().HaveCount(2).And.BeOfType<MeasureQuery>();
    }

    [Fact]
    public void A_custom_filter_plugs_in_as_the_extension_point()
    {
        Catalog.Query().Where(new OddNumbers()).Should().OnlyContain(m => m.Number % 2 == 1);
        Catalog.Query().Where(new OddNumbers()).ToString().Should().StartWith("MeasureQuery [odd numbers]: 73 measure(s)");
    }

    [Fact]
    public void Bad_arguments_fail_clearly_naming_the_parameter()
    {
        var query = Catalog.Query();
        query.Invoking(q => q.InDocument(DocumentId.Parse("no-such-document"))).Should().Throw<KeyNotFoundException>().WithMessage("*no-such-document*");
        query.Invoking(q => q.InChapter(DocumentId.UrbanizationTasks2021, 9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
        query.Invoking(q => q.LedBy("省不存在厅")).Should().Throw<DepartmentNotFoundException>();
        query.Invoking(q => q.Containing(" ")).Should().Throw<ArgumentException>().WithParameterName("keyword");
        query.Invoking(q => q.ContainingAll()).Should().Throw<ArgumentException>().WithParameterName("keywords");
        query.Invoking(q => q.ContainingAny("县城", null!)).Should().Throw<ArgumentException>().WithParameterName("keywords").WithMessage("*Keyword 1 is null*");
        query.Invoking(q => q.Containing((KeywordMatch)9, ["x"])).Should().Throw<System.ComponentModel.InvalidEnumArgumentException>().WithParameterName("match");
        query.Invoking(q => q.MentioningPlace("吉林")).Should().Throw<ArgumentException>().WithParameterName("idOrName");
        query.Invoking(q => q.MentioningPlace("上海")).Should().Throw<PlaceNotFoundException>();
        query.Invoking(q => q.Where((MeasureFilter)null!)).Should().Throw<ArgumentNullException>().WithParameterName("filter");
    }

    [Fact]
    public void A_query_prints_its_conditions_and_count()
    {
        Catalog.Query().LedBy("省教育厅").InDocument(DocumentId.CountyUrbanization2022).ToString()
            .Should().Be($"MeasureQuery [lead = 省教育厅 and document = {DocumentId.CountyUrbanization2022}]: {Catalog.MeasuresLedBy("省教育厅", DocumentId.CountyUrbanization2022).Count} measure(s)");
    }

    private sealed class OddNumbers : MeasureFilter
    {
        public override string Description => "odd numbers";

        public override bool Matches(Measure measure) => measure.Number % 2 == 1;
    }
}
