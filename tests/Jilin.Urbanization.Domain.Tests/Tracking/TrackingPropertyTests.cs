using System.Globalization;
using CsCheck;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

/// <summary>
/// Random progress rows, valid and hostile: whatever a reader accepts, the tracker takes and reports on without
/// error; whatever it refuses, it refuses with a <see cref="PolicyDataException"/>, nothing else.
/// </summary>
public class TrackingPropertyTests
{
    private static readonly string[] Units = ["%", "％", "fraction", "percent", "所", "万所", "人", "万人", "户/社区", "平方米/百户", "套", "", " ", "\u200B%", "%\0"];

    private static readonly Gen<decimal> Values = Gen.OneOf(
        Gen.Decimal[-1m, 200m],
        Gen.Const(decimal.MaxValue),
        Gen.Const(decimal.MinValue),
        Gen.Const(79_228_162_514_264_337_593_543_950m),
        Gen.Const(0.0000000000000000000000000001m),
        Gen.Const(ObservationRule.MaximumValue),
        Gen.Const(ObservationRule.MaximumValue + 1m),
        Gen.Decimal);

    private static readonly Gen<string> Subjects = Gen.OneOfConst("", "全省", "梅河口", "220581", "222404", "住建厅", "省住房和城乡建设厅", "吉林", "220000", "department:housing-urban-rural-development", "\t梅河口 ");

    private static readonly Gen<(string Target, string Subject, decimal Value, string Unit, LocalDate On)> Rows =
        Gen.Select(
            Gen.Int[0, Policies.Targets.Count - 1].Select(i => Policies.Targets[i].Id.ToString()),
            Subjects,
            Values,
            Gen.Int[0, Units.Length - 1].Select(i => Units[i]),
            Gen.Int[0, 365 * 8].Select(d => new LocalDate(2020, 1, 1).PlusDays(d)));

    [Fact]
    public void Whatever_a_reader_accepts_the_tracker_reports_on_without_error() =>
        Rows.Array[1, 20].Sample(rows =>
        {
            var csv = "target,subject,value,unit,observedOn\n" + string.Concat(rows.Select(r =>
                $"{r.Target},\"{r.Subject}\",{r.Value.ToString(CultureInfo.InvariantCulture)},{r.Unit},{r.On:uuuu-MM-dd}\n"));
            if (!TrackingLogReader.TryReadObservationsCsv(Policies, new StringReader(csv), out var log, out var error))
            {
                error.Location.Should().NotBeNullOrEmpty();
                return;
            }

            var tracker = new ImplementationTracker(Policies, log);
            var latest = log.Observations.Max(o => o.Observation.ObservedOn);
            foreach (var asOf in new[] { latest, latest.PlusYears(3) })
            {
                var report = tracker.Report(asOf);
                report.Targets.Should().HaveCount(Policies.Targets.Count);
                _ = Jilin.Urbanization.Domain.Export.TargetProgressTable.From(report).ToCsv();
            }
        }, iter: 300);

    [Fact]
    public void Every_value_the_rule_accepts_evaluates_and_every_value_it_refuses_Evaluate_refuses_too() =>
        Gen.Select(Gen.Int[0, Policies.Targets.Count - 1], Values, Gen.Int[0, Unit.Known.Count - 1]).Sample((index, value, unitIndex) =>
        {
            var target = Policies.Targets[index];
            var observation = new Observation(value, Unit.Known[unitIndex], target.Period?.Start ?? new LocalDate(2022, 6, 1));
            var asOf = observation.ObservedOn.PlusYears(1);
            if (ObservationRule.TryCheck(target, observation, out _))
            {
                target.Evaluate(observation, asOf).Should().NotBeNull();
            }
            else
            {
                FluentActions.Invoking(() => target.Evaluate(observation, asOf)).Should().Throw<ArgumentException>();
            }
        }, iter: 2000);
}
