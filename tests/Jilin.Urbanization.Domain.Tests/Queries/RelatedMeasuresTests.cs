using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Queries;

namespace Jilin.Urbanization.Domain.Tests.Queries;

public class RelatedMeasuresTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Theory]
    [InlineData(40, 29, "老旧小区改造")]
    [InlineData(50, 88, "农村集体经营性建设用地入市")]
    [InlineData(55, 72, "县管校聘")]
    [InlineData(18, 17, "综合客运枢纽")]
    public void A_2021_task_leads_first_to_the_2022_measure_that_continues_it(int task, int measure, string sharedPhrase)
    {
        var source = Catalog.GetMeasure(new MeasureId(DocumentId.UrbanizationTasks2021, task));
        var expected = Catalog.GetMeasure(new MeasureId(DocumentId.CountyUrbanization2022, measure));
        source.CorrectedText.Should().Contain(sharedPhrase);
        expected.CorrectedText.Should().Contain(sharedPhrase);

        var related = Catalog.RelatedTo(source.Id, DocumentId.CountyUrbanization2022, top: 3);

        related[0].Measure.Should().Be(expected);
        var start = sharedPhrase.Substring(0, 3);
        related[0].Reasons.Should().Contain(r => r.Kind == RelatednessKind.SharedTerm && r.Value.Contains(start));
    }

    [Fact]
    public void Shared_places_relate_the_pilot_county_tasks()
    {
        var source = MeasureId.Parse("jilin-2021-urbanization-tasks/20");
        var related = Catalog.RelatedTo(source, DocumentId.CountyUrbanization2022, top: 1).Single();
        var shared = Catalog.PlacesIn(source).Intersect(Catalog.PlacesIn(related.Measure)).Select(p => p.Name);

        related.Id.Should().Be(MeasureId.Parse("jilin-2022-county-urbanization/76"));
        related.Reasons.Where(r => r.Kind == RelatednessKind.SharedPlace).Select(r => r.Value).Should().BeEquivalentTo(shared).And.HaveCount(4);
    }

    [Fact]
    public void Every_reason_is_true_and_the_score_is_the_sum_of_the_points()
    {
        foreach (var id in new[] { "jilin-2021-urbanization-tasks/51", "jilin-2022-county-urbanization/30", "jilin-2021-urbanization-tasks/16" })
        {
            var source = Catalog.GetMeasure(id);
            var related = Catalog.RelatedTo(id, top: 20);
            related.Should().NotBeEmpty().And.BeInDescendingOrder(r => r.Score).And.NotContain(r => r.Measure == source);
            foreach (var result in related)
            {
                var target = result.Measure;
                result.Score.Should().BeApproximately(result.Reasons.Sum(r => r.Points), 0.011);
                result.Reasons.Should().OnlyContain(r => r.Points > 0);
                foreach (var reason in result.Reasons)
                {
                    var holds = reason.Kind switch
                    {
                        RelatednessKind.SharedPlace => Catalog.PlacesIn(source).Any(p => p.Name == reason.Value) && Catalog.PlacesIn(target).Any(p => p.Name == reason.Value),
                        RelatednessKind.SameLead => source.Responsibility.Lead?.Name == reason.Value && target.Responsibility.Lead?.Name == reason.Value,
                        RelatednessKind.SharedDepartment => source.Responsibility.Departments.Any(d => d.Department.Name == reason.Value)
                            && target.Responsibility.Departments.Any(d => d.Department.Name == reason.Value),
                        _ => source.CorrectedText.Contains(reason.Value, StringComparison.Ordinal) && target.CorrectedText.Contains(reason.Value, StringComparison.Ordinal)
                            && Catalog.Measures.Count(m => m.CorrectedText.Contains(reason.Value, StringComparison.Ordinal)) <= 8,
                    };
                    holds.Should().BeTrue($"{id} → {target.Id}: {reason}");
                }
            }
        }
    }

    [Fact]
    public void The_document_filter_and_top_limit_apply()
    {
        var related = Catalog.RelatedTo("jilin-2022-county-urbanization/76", DocumentId.UrbanizationTasks2021, top: 4);

        related.Should().HaveCount(4).And.OnlyContain(r => r.Measure.DocumentId == DocumentId.UrbanizationTasks2021);
        Catalog.RelatedTo("jilin-2022-county-urbanization/76", top: 200).Count.Should().BeLessThan(Catalog.Measures.Count);
    }

    [Fact]
    public void Bad_arguments_fail_clearly()
    {
        Catalog.Invoking(c => c.RelatedTo("jilin-2021-urbanization-tasks/1", top: 0)).Should().Throw<ArgumentException>().WithParameterName("top");
        Catalog.Invoking(c => c.RelatedTo("jilin-2021-urbanization-tasks/1", DocumentId.Parse("no-such-document"))).Should().Throw<KeyNotFoundException>();
        Catalog.Invoking(c => c.RelatedTo("jilin-2021-urbanization-tasks/99")).Should().Throw<KeyNotFoundException>();
        Catalog.Invoking(c => c.RelatedTo("not an id")).Should().Throw<FormatException>();
        Catalog.Invoking(c => c.RelatedTo(default(MeasureId))).Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void Results_print_their_id_score_and_reasons()
    {
        var top = Catalog.RelatedTo("jilin-2021-urbanization-tasks/40", DocumentId.CountyUrbanization2022, top: 1)[0];

        top.ToString().Should().StartWith("jilin-2022-county-urbanization/29 score ").And.Contain("SharedTerm 城镇老旧小区 +");
    }
}
