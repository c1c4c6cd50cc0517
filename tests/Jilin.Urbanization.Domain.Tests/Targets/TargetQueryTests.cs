using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Testing;

namespace Jilin.Urbanization.Domain.Tests.Targets;

public class TargetQueryTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Fact]
    public void Targets_due_by_the_end_of_2025_are_every_dated_target_in_deadline_order()
    {
        var due = Catalog.TargetsDueBy(new LocalDate(2025, 12, 31));

        due.Should().HaveCount(Catalog.Targets.Count(t => t.Deadline is not null)).And.HaveCount(40);
        due.Select(t => t.Deadline!.Date).Should().BeInAscendingOrder();
        due.Select(t => t.Id).Should().Contain(TargetId.Parse("jilin-2022-county-urbanization/68/t1")).And.NotContain(TargetId.Parse("jilin-2022-county-urbanization/71/t1"));
    }

    [Fact]
    public void Targets_due_in_a_period_include_both_ends()
    {
        var in2025 = Catalog.TargetsDueIn(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));
        var october2021 = Catalog.TargetsDueIn(new DateInterval(new LocalDate(2021, 10, 31), new LocalDate(2021, 10, 31)));

        in2025.Should().HaveCount(11).And.OnlyContain(t => t.Deadline!.Date == new LocalDate(2025, 12, 31));
        october2021.Select(t => t.Id).Should().Equal(TargetId.Parse("jilin-2021-urbanization-tasks/40/t2"), TargetId.Parse("jilin-2021-urbanization-tasks/40/t3"));
    }

    [Fact]
    public void Targets_past_their_deadline_exclude_those_due_that_very_day()
    {
        var onDeadlineDay = new FakeClock(Instant.FromUtc(2022, 12, 31, 4, 0)); // noon in Jilin
        var past = Catalog.TargetsPastDeadline(onDeadlineDay);

        past.Should().OnlyContain(t => t.Deadline!.Date.Year == 2021);
        past.Should().HaveCount(26);
        Catalog.TargetsPastDeadline(new FakeClock(Instant.FromUtc(2023, 1, 1, 4, 0))).Should().HaveCount(28);
    }

    [Fact]
    public void Targets_by_measure_department_and_unit()
    {
        Catalog.TargetsOf(new MeasureId(DocumentId.CountyUrbanization2022, 63)).Should().HaveCount(2);
        Catalog.TargetsLedBy("communications-administration").Select(t => t.Id).Should().Equal(TargetId.Parse("jilin-2022-county-urbanization/68/t1"));
        var civil = Catalog.TargetsLedBy("civil-affairs");
        civil.Should().NotBeEmpty().And.OnlyContain(t => Catalog.GetMeasure(t.MeasureId).Responsibility.Lead!.Id.ToString() == "civil-affairs");
        var housing = Catalog.TargetsInvolving("housing-urban-rural-development");
        housing.Should().OnlyContain(t => Catalog.GetMeasure(t.MeasureId).Responsibility.Involves("housing-urban-rural-development"));
        housing.Count.Should().BeGreaterThan(Catalog.TargetsLedBy("housing-urban-rural-development").Count);
        Catalog.TargetsMeasuredIn(Unit.Parse("万套")).Select(t => t.Id)
            .Should().Equal(TargetId.Parse("jilin-2021-urbanization-tasks/26/t1"), TargetId.Parse("jilin-2021-urbanization-tasks/26/t3"));
        Catalog.TargetsMeasuredIn(Unit.Fraction).Should().OnlyContain(t => t.Unit == Unit.Percent);
    }

    [Fact]
    public void Bad_query_arguments_are_refused()
    {
        FluentActions.Invoking(() => Catalog.TargetsLedBy("no-such-department")).Should().Throw<DepartmentNotFoundException>();
        FluentActions.Invoking(() => Catalog.TargetsLedBy(" ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Catalog.GetTarget("jilin-2022-county-urbanization/68/t2")).Should().Throw<KeyNotFoundException>().WithMessage("*t<n>*");
        FluentActions.Invoking(() => Catalog.TargetsDueIn(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Catalog.TargetsPastDeadline(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Catalog.TargetsMeasuredIn(null!)).Should().Throw<ArgumentNullException>();
        Catalog.TryGetTarget(null, out _).Should().BeFalse();
    }
}
