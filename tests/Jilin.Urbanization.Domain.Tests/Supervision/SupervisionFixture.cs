using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Supervision;

/// <summary>Trackers and supervisors the supervision tests share: the catalog's real targets and measures.</summary>
internal static class SupervisionFixture
{
    /// <summary>The 5G target (68/t1: 到2025年行政村5G通达率达到80%), province-wide, with a first figure of 72 % on 2025-01-01.</summary>
    public static ImplementationTracker FiveGFrom72(params (decimal Value, LocalDate On)[] later)
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty).Record(Figure(FiveG, Subject.Province, 72m, Unit.Percent, Day(2025, 1, 1)));
        foreach (var (value, on) in later)
        {
            tracker = tracker.Record(Figure(FiveG, Subject.Province, value, Unit.Percent, on));
        }

        return tracker;
    }

    public static Supervisor Supervise(ImplementationTracker tracker, LightRules? rules = null) => new(tracker, SupervisionLog.Empty, rules ?? LightRules.Default);

    public static SupervisedItem FiveGItem => SupervisedItem.OfTarget(FiveG, Subject.Province);

    public static SupervisedItem CareHomesIn(Subject county) => SupervisedItem.OfTarget(CareHomes, county);

    public static ItemLight LightOf(Supervisor supervisor, SupervisedItem item, LocalDate asOf) => supervisor.Light(item, asOf, LocalDate.MaxIsoValue);

    public static Observation Percent(decimal value, LocalDate on) => new(value, Unit.Percent, on);
}
