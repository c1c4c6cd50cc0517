using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Compliance;

/// <summary>Issue 22 point 5: the 1.x single-figure report is a view over the tracking model, not a second model.</summary>
public class ProgressReportViewTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly List<TargetIndicator> ProvinceTargets = Catalog.Targets.Where(t => t.Binding == TargetBinding.Province).ToList();

    [Fact]
    public void Evaluate_gives_what_the_tracker_gives_for_the_same_figures_as_the_provinces_entries()
    {
        var asOf = new LocalDate(2026, 1, 1);
        // Seeded, so a failure names its round and reproduces.
        var random = new Random(22);
        for (var round = 0; round < 60; round++)
        {
            var entries = ProvinceTargets.OrderBy(_ => random.Next()).Take(random.Next(0, 13)).Select(target =>
            {
                var day = Max(target.Period?.Start ?? new LocalDate(2021, 1, 1), asOf.PlusDays(-random.Next(0, 2000)));
                return new ProgressEntry(target.Id, new Observation(random.Next(0, 10001) / 100m, target.Unit, day));
            }).ToList();
            var report = new ProgressReport(entries);

            var view = report.Evaluate(Catalog, asOf);
            var tracker = new ImplementationTracker(Catalog, report.ToTrackingLog(Catalog));

            foreach (var entry in entries)
            {
                var byTracker = tracker.Evaluate(entry.TargetId, Subject.Province, asOf);
                view.Results.Single(r => r.TargetId == entry.TargetId).Should().Be(byTracker.Evaluation);
            }

            view.Unreported.Should().BeEquivalentTo(Catalog.Targets.Select(t => t.Id).Except(entries.Select(e => e.TargetId)));
            view.Overdue.Select(t => t.Id).Should().BeEquivalentTo(Catalog.Targets
                .Where(t => entries.Any(e => e.TargetId == t.Id)
                    ? tracker.Evaluate(t.Id, Subject.Province, asOf).IsOverdue
                    : t.Deadline is { } d && d.HasPassed(asOf))
                .Select(t => t.Id), $"round {round}");
        }
    }

    [Fact]
    public void A_report_becomes_the_provinces_entries_of_a_tracking_log_recorded_on_the_day_they_are_about()
    {
        var target = ProvinceTargets[0];
        var observation = new Observation(1m, target.Unit, new LocalDate(2025, 9, 30));

        var log = new ProgressReport([new ProgressEntry(target.Id, observation)]).ToTrackingLog(Catalog);

        var entry = log.Observations.Single();
        entry.Subject.Should().Be(Subject.Province);
        entry.Observation.Should().Be(observation);
        entry.RecordedOn.Should().Be(observation.ObservedOn);
    }

    [Fact]
    public void A_province_figure_for_a_target_that_binds_each_county_is_refused_naming_the_target()
    {
        var perCounty = Catalog.Targets.First(t => t.Binding == TargetBinding.EachCounty);
        var report = new ProgressReport([new ProgressEntry(perCounty.Id, new Observation(1m, perCounty.Unit, new LocalDate(2025, 9, 30)))]);

        FluentActions.Invoking(() => report.Evaluate(Catalog, new LocalDate(2025, 12, 31)))
            .Should().Throw<ArgumentException>().WithMessage($"*{perCounty.Id} binds each county*per county*");
    }

    [Fact]
    public void A_figure_about_a_day_after_the_question_is_refused_not_dropped()
    {
        var target = ProvinceTargets[0];
        var report = new ProgressReport([new ProgressEntry(target.Id, new Observation(1m, target.Unit, new LocalDate(2026, 3, 31)))]);

        FluentActions.Invoking(() => report.Evaluate(Catalog, new LocalDate(2025, 12, 31)))
            .Should().Throw<ArgumentException>().WithMessage($"*{target.Id}*2026-03-31*after*2025-12-31*");
    }

    [Fact]
    public void A_figure_the_tracker_refuses_is_refused_by_the_view_with_the_trackers_reason()
    {
        var share = ProvinceTargets.First(t => t.Unit == Unit.Percent);
        var report = new ProgressReport([new ProgressEntry(share.Id, new Observation(141m, Unit.Percent, new LocalDate(2025, 9, 30)))]);

        FluentActions.Invoking(() => report.Evaluate(Catalog, new LocalDate(2025, 12, 31)))
            .Should().Throw<ArgumentException>().WithMessage($"*{share.Id}*141 %*at most 100 %*")
            .Which.Message.Should().NotContain("Parameter 'log'");
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
}
