using FluentAssertions;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using Xunit;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// Issue 23 causes 6, 7 and 9 on generated input: the tracker and the readers share one set of entry rules (the days a
/// reader accepts, the subjects a target binds), and the guards of an entry's ids can fail.
/// </summary>
public class TrackerRuleFuzzTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    private static readonly Subject[] Subjects =
    [
        Subject.Province,
        .. DivisionRegistry.Default.All.Where(d => d.Code != DivisionCode.Jilin).Take(20).Select(d => Subject.OfDivision(d.Code)),
        .. Catalog.Departments.All.Take(10).Select(d => Subject.OfDepartment(d.Id)),
    ];

    [Fact]
    public void The_tracker_accepts_a_day_exactly_when_the_reader_does()
    {
        var random = new Random(23);
        var target = Catalog.GetTarget("jilin-2022-county-urbanization/68/t1");
        var tracker = new ImplementationTracker(Catalog, TrackingLog.Empty);
        var outcomes = new HashSet<bool>();
        for (var i = 0; i < 300; i++)
        {
            var day = new LocalDate(random.Next(1, 10000), random.Next(1, 13), random.Next(1, 29));
            var csv = $"target,value,unit,observedOn\n{target.Id},50,%,{day:yyyy-MM-dd}\n";
            var read = TrackingLogReader.TryReadObservationsCsv(Catalog, new StringReader(csv), out _, out _);
            var record = () => tracker.Record(new ProgressObservation(target.Id, Subject.Province, new Observation(50m, target.Unit, day)));

            if (read)
            {
                record.Should().NotThrow($"the reader accepts {day}");
            }
            else
            {
                record.Should().Throw<ArgumentException>($"the reader refuses {day}").WithMessage("*out of range*");
            }

            outcomes.Add(read);
        }

        outcomes.Should().BeEquivalentTo([true, false], "the draw covers days in and out of range");
    }

    [Fact]
    public void Evaluate_answers_for_exactly_the_subjects_Record_accepts()
    {
        var random = new Random(9);
        var tracker = new ImplementationTracker(Catalog, TrackingLog.Empty);
        var asOf = new LocalDate(2025, 12, 31);
        var outcomes = new HashSet<bool>();
        for (var i = 0; i < 400; i++)
        {
            var target = Catalog.Targets[random.Next(Catalog.Targets.Count)];
            var subject = Subjects[random.Next(Subjects.Length)];
            var value = target.Unit.Symbol == "%" ? 50m : 1m;
            var recorded = Accepts(() => tracker.Record(new ProgressObservation(target.Id, subject, new Observation(value, target.Unit, target.Period?.Start ?? asOf))));
            var evaluated = Accepts(() => tracker.Evaluate(target.Id, subject, asOf));

            evaluated.Should().Be(recorded, $"{target.Id} ({target.Binding}) for {subject}");
            outcomes.Add(recorded);
        }

        outcomes.Should().BeEquivalentTo([true, false], "the draw covers subjects a target binds and subjects it does not");
    }

    [Fact]
    public void An_entry_with_a_default_id_is_refused_naming_the_parameter()
    {
        var day = new LocalDate(2025, 9, 30);
        foreach (var reporter in Subjects)
        {
            var status = () => new StatusUpdate(default, reporter, day, MeasureStatus.InProgress, "…");
            status.Should().Throw<ArgumentException>().WithParameterName("measure");
        }

        var figure = () => new ProgressObservation(default, Subject.Province, new Observation(1m, Jilin.Urbanization.Domain.Targets.Unit.Percent, day));
        figure.Should().Throw<ArgumentException>().WithParameterName("targetId");
        var key = () => EntryKey.Status(default, Subject.Province, day);
        key.Should().Throw<ArgumentException>().WithParameterName("measure");
        var withdrawal = () => new Withdrawal(default, day, Subject.Province);
        withdrawal.Should().Throw<ArgumentException>().WithParameterName("entry");
    }

    private static bool Accepts(Action act)
    {
        try
        {
            act();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
