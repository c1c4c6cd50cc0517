using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Testing;

namespace Jilin.Urbanization.Domain.Tests.Compliance;

public class EvaluationTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly TargetIndicator FiveG = Catalog.GetTarget("jilin-2022-county-urbanization/68/t1"); // 达到80% by 2025
    private static readonly LocalDate Deadline2025 = new(2025, 12, 31);

    private static Observation Percent(decimal value, LocalDate on) => new(value, Unit.Percent, on);

    [Fact]
    public void Seventy_eight_percent_on_the_deadline_day_is_pending_that_day_and_not_met_the_day_after()
    {
        var observation = Percent(78m, Deadline2025);

        var onTheDay = FiveG.Evaluate(observation, Deadline2025);
        var dayAfter = FiveG.Evaluate(observation, Deadline2025.PlusDays(1));

        onTheDay.Status.Should().Be(ComplianceStatus.Pending);
        dayAfter.Status.Should().Be(ComplianceStatus.NotMet);
        dayAfter.Margin.Should().Be(new Quantity(-2m, Unit.Percent));
        dayAfter.Explanation.Should().Contain("Reaches").And.Contain("does not satisfy").And.Contain("2025-12-31");
    }

    [Fact]
    public void Exactly_at_the_threshold_satisfies_with_zero_margin()
    {
        var result = FiveG.Evaluate(Percent(80m, Deadline2025), Deadline2025.PlusDays(1));

        result.Status.Should().Be(ComplianceStatus.Met);
        result.Margin.Value.Should().Be(0m);
    }

    [Fact]
    public void Before_the_deadline_a_met_target_is_on_track_and_an_unmet_one_pending()
    {
        var asOf = new LocalDate(2024, 6, 30);

        FiveG.Evaluate(Percent(81m, asOf), asOf).Status.Should().Be(ComplianceStatus.OnTrack);
        FiveG.Evaluate(Percent(60m, asOf), asOf).Status.Should().Be(ComplianceStatus.Pending);
    }

    [Fact]
    public void A_satisfying_observation_taken_after_the_deadline_is_met_late()
    {
        var late = new LocalDate(2026, 3, 1);

        FiveG.Evaluate(Percent(85m, late), late).Status.Should().Be(ComplianceStatus.MetLate);
    }

    [Fact]
    public void A_fraction_is_converted_to_percent()
    {
        var result = FiveG.Evaluate(new Observation(0.8m, Unit.Fraction, Deadline2025), Deadline2025.PlusDays(1));

        result.Observed.Should().Be(new Quantity(80m, Unit.Percent));
        result.Status.Should().Be(ComplianceStatus.Met);
    }

    [Fact]
    public void Ten_thousands_of_dwellings_are_converted_to_dwellings()
    {
        var shantyTowns = Catalog.GetTarget("jilin-2021-urbanization-tasks/26/t1"); // 1.58万套
        var result = shantyTowns.Evaluate(new Observation(1.6m, Unit.Parse("万套"), new LocalDate(2021, 12, 31)), new LocalDate(2022, 1, 1));

        result.Observed.Should().Be(new Quantity(16000m, Unit.Dwelling));
        result.Margin.Value.Should().Be(200m);
        result.Status.Should().Be(ComplianceStatus.Met);
        result.Commitment.Should().Be(CommitmentLevel.Planned);
    }

    [Fact]
    public void An_incompatible_unit_is_an_error_not_a_status()
    {
        var trainees = Catalog.GetTarget("jilin-2021-urbanization-tasks/10/t1"); // 3.6万人以上

        var act = () => trainees.Evaluate(new Observation(40000m, Unit.PersonTime, new LocalDate(2021, 12, 1)), new LocalDate(2021, 12, 1));

        act.Should().Throw<ArgumentException>().WithMessage("*人次*").WithMessage("*人 (people)*");
    }

    [Theory]
    [InlineData("285", true)] // 300 − 5 %
    [InlineData("315", true)] // 300 + 5 %
    [InlineData("284.9", false)]
    [InlineData("316", false)]
    public void Approximately_allows_five_percent_either_side(string observed, bool satisfied)
    {
        var enrolment = Catalog.GetTarget("jilin-2021-urbanization-tasks/9/t1"); // 约300人

        var result = enrolment.Evaluate(new Observation(decimal.Parse(observed, System.Globalization.CultureInfo.InvariantCulture), Unit.Person, new LocalDate(2021, 12, 31)), new LocalDate(2022, 1, 1));

        result.Satisfied.Should().Be(satisfied);
        result.Status.Should().Be(satisfied ? ComplianceStatus.Met : ComplianceStatus.NotMet);
        result.Explanation.Should().Contain("Approximately");
    }

    [Theory]
    [InlineData(3000, true, 0)]
    [InlineData(4000, true, 0)]
    [InlineData(3400, true, 400)]
    [InlineData(2999, false, -1)]
    [InlineData(4100, false, -100)]
    public void A_range_includes_both_ends_and_measures_the_margin_to_the_nearest_end(int households, bool satisfied, int margin)
    {
        var community = Catalog.GetTarget("jilin-2021-urbanization-tasks/45/t1"); // 每3000-4000户 (households per community)

        var result = community.Evaluate(new Observation(households, Unit.HouseholdPerCommunity, new LocalDate(2021, 6, 1)), new LocalDate(2022, 1, 1));

        (result.Satisfied, result.Margin.Value).Should().Be((satisfied, (decimal)margin));
    }

    [Fact]
    public void Strive_is_evaluated_like_firm_but_reports_its_level()
    {
        var strive = Catalog.GetTarget("jilin-2022-county-urbanization/67/t1"); // 力争达到全覆盖
        var firm = Catalog.GetTarget("jilin-2022-county-urbanization/73/t1"); // 实现全覆盖
        var observation = Percent(97m, Deadline2025);

        var striveResult = strive.Evaluate(observation, Deadline2025.PlusDays(1));
        var firmResult = firm.Evaluate(observation, Deadline2025.PlusDays(1));

        (striveResult.Status, striveResult.Margin).Should().Be((firmResult.Status, firmResult.Margin));
        striveResult.Status.Should().Be(ComplianceStatus.NotMet);
        striveResult.Commitment.Should().Be(CommitmentLevel.Strive);
        firmResult.Commitment.Should().Be(CommitmentLevel.Firm);
        striveResult.Explanation.Should().Contain("Strive");
    }

    [Fact]
    public void More_than_is_strict_at_the_threshold()
    {
        var target = Catalog.GetTarget("jilin-2021-urbanization-tasks/53/t1") with { Comparator = Comparator.MoreThan };

        var result = target.Evaluate(new Observation(30m, Unit.Route, new LocalDate(2021, 12, 31)), new LocalDate(2022, 1, 1));

        (result.Satisfied, result.Margin.Value, result.Status).Should().Be((false, 0m, ComplianceStatus.NotMet));
    }

    [Fact]
    public void Zero_accepts_a_count_of_what_is_left()
    {
        var classes = Catalog.GetTarget("jilin-2022-county-urbanization/40/t1"); // 基本消除大班额
        var asOf = new LocalDate(2023, 1, 1);

        classes.Evaluate(new Observation(0m, Unit.Item, new LocalDate(2022, 12, 31)), asOf).Status.Should().Be(ComplianceStatus.Met);
        classes.Evaluate(new Observation(12m, Unit.Item, new LocalDate(2022, 12, 31)), asOf).Status.Should().Be(ComplianceStatus.NotMet);
    }

    [Fact]
    public void An_undated_target_is_met_or_pending_and_never_overdue()
    {
        var funeralHomes = Catalog.GetTarget("jilin-2022-county-urbanization/51/t1"); // 至少有1个殡仪馆, no date
        var farFuture = new LocalDate(2099, 1, 1);

        funeralHomes.Evaluate(new Observation(1m, Unit.Item, farFuture), farFuture).Status.Should().Be(ComplianceStatus.Met);
        funeralHomes.Evaluate(new Observation(0m, Unit.Item, farFuture), farFuture).Status.Should().Be(ComplianceStatus.Pending);
    }

    [Fact]
    public void An_observation_after_the_day_of_the_question_or_before_the_period_is_refused()
    {
        FluentActions.Invoking(() => FiveG.Evaluate(Percent(80m, new LocalDate(2025, 2, 1)), new LocalDate(2025, 1, 1)))
            .Should().Throw<ArgumentException>().WithMessage("*after the day of the question*");
        var coats = Catalog.GetTarget("jilin-2021-urbanization-tasks/37/t1");
        FluentActions.Invoking(() => coats.Evaluate(new Observation(5m, Unit.Piece, new LocalDate(2020, 12, 31)), new LocalDate(2021, 3, 1)))
            .Should().Throw<ArgumentException>().WithMessage("*2021-01-01*");
        FluentActions.Invoking(() => FiveG.Evaluate(null!, Deadline2025)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_clock_overload_uses_the_date_in_china_standard_time()
    {
        // 2025-12-31T16:30Z is already 2026-01-01 00:30 in Jilin: the deadline has passed.
        var clock = new FakeClock(Instant.FromUtc(2025, 12, 31, 16, 30));

        FiveG.Evaluate(Percent(78m, Deadline2025), clock).Status.Should().Be(ComplianceStatus.NotMet);
        FiveG.Evaluate(Percent(78m, Deadline2025), new FakeClock(Instant.FromUtc(2025, 12, 31, 15, 59))).Status.Should().Be(ComplianceStatus.Pending);
    }

    [Fact]
    public void Readable_forms_name_the_essentials()
    {
        FiveG.ToString().Should().Contain("68/t1").And.Contain("Reaches").And.Contain("80 %").And.Contain("2025-12-31");
        FiveG.Evaluate(Percent(78m, Deadline2025), Deadline2025).ToString().Should().StartWith(FiveG.Id + ": Pending");
        Catalog.Conditions[0].ToString().Should().Contain("AtLeast");
    }
}
