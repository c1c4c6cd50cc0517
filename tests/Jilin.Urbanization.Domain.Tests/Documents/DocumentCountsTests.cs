using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Tests.Documents;

public class DocumentCountsTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Theory]
    [InlineData(DocumentIds.CountyUrbanization2022, 8, 37, 88)]
    [InlineData(DocumentIds.UrbanizationTasks2021, 6, 22, 58)]
    public void Each_document_has_its_chapters_groups_and_measures(string id, int chapters, int groups, int measures)
    {
        var document = Catalog.GetDocument(id);

        document.Chapters.Should().HaveCount(chapters);
        document.Groups.Should().HaveCount(groups);
        document.Measures.Should().HaveCount(measures);
        document.Chapters.Select(c => c.Number).Should().Equal(Enumerable.Range(1, chapters));
        document.Groups.Select(g => g.Number).Should().Equal(Enumerable.Range(1, groups));
        document.Measures.Select(m => m.Number).Should().Equal(Enumerable.Range(1, measures));
    }

    [Fact]
    public void The_catalog_holds_146_measures_oldest_document_first()
    {
        Catalog.Measures.Should().HaveCount(146);
        Catalog.Documents.Select(d => d.Id).Should().Equal(DocumentId.Parse(DocumentIds.UrbanizationTasks2021), DocumentId.Parse(DocumentIds.CountyUrbanization2022));
    }
}
