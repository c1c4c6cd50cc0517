using CsCheck;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Supervision;

/// <summary>Properties of the lights over random figures, statuses, rules and days.</summary>
public class SupervisionPropertyTests
{
    private static readonly LocalDate Origin = new(2022, 1, 1);

    private static readonly Gen<LightRules> Rules = Gen.Select(Gen.Int[0, 120], Gen.Int[0, 40], Gen.OneOfConst(1, 3, 6, 12), Gen.Int[0, 30])
        .Select((near, points, months, due) => new LightRules { YellowWithinDays = near, YellowBehindPoints = points, ReportEveryMonths = months, ReportDueDays = due });

    // 5G figures (province, %), 梅河口's care homes (所), and 梅河口's status on the care-home measure, each with a recording delay.
    private static readonly Gen<(int Kind, int Day, decimal Value, int Delay)> Entries =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 365 * 4], Gen.Int[0, 100].Select(v => (decimal)v), Gen.Int[0, 200]);

    private static readonly MeasureStatus[] Statuses = Enum.GetValues<MeasureStatus>();

    private static readonly SupervisedItem[] Items =
    [
        SupervisedItem.OfTarget(FiveG, Subject.Province),
        SupervisedItem.OfTarget(CareHomes, Meihekou),
        SupervisedItem.OfMeasure(CareHomes.Measure, Meihekou),
    ];

    [Fact]
    public void A_light_never_improves_when_only_time_passes_and_nothing_is_reported() =>
        Gen.Select(Entries.Array[0, 12], Rules, Gen.Int[0, 900], Gen.Int[0, 900]).Sample((entries, rules, gap1, gap2) =>
        {
            var tracker = Build(entries, delays: false);
            var last = tracker.Log.Entries.Select(e => e.Key.Day).DefaultIfEmpty(Origin).Max();
            var first = last.PlusDays(gap1);
            var later = first.PlusDays(gap2);
            var supervisor = new Supervisor(tracker, SupervisionLog.Empty, rules);
            foreach (var item in Items)
            {
                var before = supervisor.Light(item, first, LocalDate.MaxIsoValue).Light;
                var after = supervisor.Light(item, later, LocalDate.MaxIsoValue).Light;
                Severity(after).Should().BeGreaterThanOrEqualTo(Severity(before), $"{item} was {before} on {first} and is {after} on {later} with no report in between ({rules})");
            }
        }, iter: 150);

    [Fact]
    public void Lights_as_known_on_a_day_are_reproduced_from_the_entries_recorded_by_then() =>
        Gen.Select(Entries.Array[0, 15], Gen.Int[0, 365 * 5], Gen.Int[0, 365 * 5]).Sample((entries, asOfDays, knownDays) =>
        {
            var full = Build(entries, delays: true);
            var asOf = Origin.PlusDays(asOfDays);
            var knownOn = Origin.PlusDays(knownDays);
            var scope = full.Scope().ForTarget(FiveG).ForTarget(CareHomes);
            var later = new Supervisor(full, SupervisionLog.Empty).Lights(scope, asOf, knownOn);
            var then = new ImplementationTracker(Policies, full.Log.AsKnownOn(knownOn));

            new Supervisor(then, SupervisionLog.Empty).Lights(then.Scope().ForTarget(FiveG).ForTarget(CareHomes), asOf, knownOn).Should().Be(later);
        }, iter: 60);

    /// <summary>Green, yellow, grey, red: grey (nothing reported) only ever turns red, green never turns grey.</summary>
    private static int Severity(Light light) => light switch
    {
        Light.Green => 0,
        Light.Yellow => 1,
        Light.Grey => 2,
        _ => 3,
    };

    private static ImplementationTracker Build((int Kind, int Day, decimal Value, int Delay)[] entries, bool delays)
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty);
        foreach (var (kind, day, value, delay) in entries)
        {
            var on = Origin.PlusDays(day);
            var recorded = delays ? on.PlusDays(delay) : on;
            ITrackingEntry entry = kind switch
            {
                0 => Figure(FiveG, Subject.Province, value, Unit.Percent, on) with { RecordedOn = recorded },
                1 => Figure(CareHomes, Meihekou, value % 3, Unit.Institution, on) with { RecordedOn = recorded },
                _ => new StatusUpdate(CareHomes.Measure, Meihekou, on, Statuses[(int)value % Statuses.Length], "进展") { RecordedOn = recorded },
            };
            try
            {
                tracker = entry is ProgressObservation o ? tracker.Record(o) : tracker.Record((StatusUpdate)entry);
            }
            catch (EntryConflictException)
            {
                // Two random entries of one key on one recording day: the log refuses the second, as it should.
            }
        }

        return tracker;
    }
}
