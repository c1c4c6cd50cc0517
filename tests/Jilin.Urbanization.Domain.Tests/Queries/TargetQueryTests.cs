using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Queries;

/// <summary>The fluent query over targets agrees with the catalog's single look-ups and with a plain filter.</summary>
public class FluentTargetQueryTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Fact]
    public void Filters_combine_and_keep_catalog_order()
    {
        var start = new LocalDate(2025, 1, 1);
        var end = new LocalDate(2025, 12, 31);

        var found = Catalog.QueryTargets().InDocument(DocumentId.CountyUrbanization2022).LedBy("住建厅").DueIn(start, end).ToList();

        var expected = Catalog.TargetsLedBy(DepartmentId.Parse("housing-urban-rural-development"))
            .Where(t => t.MeasureId.DocumentId == DocumentId.CountyUrbanization2022 && t.Deadline is { } d && d.Date >= start && d.Date <= end)
            .ToList();
        found.Should().Equal(expected).And.NotBeEmpty();
        Catalog.QueryTargets().DueIn(new DateInterval(start, end)).Should().BeEquivalentTo(Catalog.TargetsDueIn(start, end));
    }

    [Fact]
    public void Past_deadline_has_a_date_and_a_clock_form_that_agree()
    {
        var asOf = new LocalDate(2024, 6, 30);
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2024, 6, 30, 4, 0));

        Catalog.QueryTargets().PastDeadline(asOf).Should().Equal(Catalog.QueryTargets().PastDeadline(clock));
        Catalog.TargetsPastDeadline(asOf).Should().Equal(Catalog.TargetsPastDeadline(clock));
        Catalog.QueryTargets().PastDeadline(asOf).Should().OnlyContain(t => t.Deadline!.Date < asOf);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        FluentActions.Invoking(() => Catalog.QueryTargets().DueIn(new LocalDate(2025, 1, 1), new LocalDate(2024, 1, 1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Catalog.QueryTargets().LedBy("省宇航局")).Should().Throw<NameNotFoundException>();
        FluentActions.Invoking(() => Catalog.QueryTargets().InDocument(default)).Should().Throw<ArgumentException>();
        Catalog.QueryTargets().MeasuredIn(Unit.Percent).Should().OnlyContain(t => t.Unit.IsCompatibleWith(Unit.Percent));
    }
}
