using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Queries;

public class TargetQueryFilterTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Fact]
    public void WithTargets_keeps_exactly_the_measures_that_state_a_target()
    {
        var measures = Catalog.Query().WithTargets().ToList();

        measures.Should().Equal(Catalog.Measures.Where(m => m.Targets.Count > 0));
        measures.Select(m => m.Id).Should().Contain(Catalog.Targets.Select(t => t.MeasureId).Distinct());
    }

    [Fact]
    public void WithTargetsDueBetween_keeps_measures_with_a_target_due_in_the_range_both_days_included()
    {
        var from = new LocalDate(2022, 12, 31);
        var to = new LocalDate(2023, 12, 31);

        var ids = Catalog.Query().DueIn(from, to).Ids();

        ids.Select(i => i.ToString()).Should().BeEquivalentTo("jilin-2022-county-urbanization/40", "jilin-2022-county-urbanization/43", "jilin-2022-county-urbanization/62");
        ids.Should().Equal(Catalog.Measures.Where(m => m.Targets.Any(t => t.Deadline is { } d && d.Date >= from && d.Date <= to)).Select(m => m.Id));
    }

    [Fact]
    public void Target_filters_combine_with_the_others()
    {
        var housing2025 = Catalog.Query()
            .InDocument(DocumentId.Parse("jilin-2022-county-urbanization"))
            .DueIn(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31))
            .Involving("省住房和城乡建设厅")
            .ToList();

        housing2025.Should().NotBeEmpty();
        housing2025.Should().OnlyContain(m => m.Responsibility.Involves("housing-urban-rural-development") && m.Targets.Any(t => t.Deadline!.Date.Year == 2025));
    }

    [Fact]
    public void A_reversed_range_is_refused()
    {
        var act = () => Catalog.Query().DueIn(new LocalDate(2025, 1, 1), new LocalDate(2024, 1, 1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to");
    }
}
