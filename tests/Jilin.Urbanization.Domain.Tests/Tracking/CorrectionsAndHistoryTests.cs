using System.Text.Json;
using FluentAssertions;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using Xunit;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

/// <summary>Issue 22: the log never overwrites; corrections (更正) and withdrawals (撤回) are entries; any past knowledge can be asked for.</summary>
public class CorrectionsAndHistoryTests
{
    private static readonly Unit Institution = Unit.Parse("所");
    private static readonly LocalDate QuarterEnd = Day(2025, 9, 30);
    private static readonly LocalDate Sent = Day(2025, 10, 10);
    private static readonly LocalDate Corrected = Day(2025, 10, 20);
    private static readonly LocalDate Withdrawn = Day(2025, 10, 25);

    private static ProgressObservation Care(Subject county, decimal value, LocalDate recordedOn, string? reason = null) =>
        Figure(CareHomes, county, value, Institution, QuarterEnd) with { RecordedOn = recordedOn, RecordedBy = county, Reason = reason };

    [Fact]
    public void A_correction_supersedes_the_earlier_figure_from_its_recording_day_on()
    {
        var log = new TrackingLog([Care(Tongyu, 0m, Sent), Care(Tongyu, 1m, Corrected, "统计口径调整")], []);

        log.Latest(CareHomes, Tongyu, QuarterEnd, knownOn: Sent)!.Value.Value.Should().Be(0m);
        log.Latest(CareHomes, Tongyu, QuarterEnd, knownOn: Corrected.PlusDays(-1))!.Value.Value.Should().Be(0m);
        log.Latest(CareHomes, Tongyu, QuarterEnd, knownOn: Corrected)!.Value.Value.Should().Be(1m);
        log.Latest(CareHomes, Tongyu, QuarterEnd)!.Value.Value.Should().Be(1m, "without a knowledge day, everything recorded counts");
        log.Latest(CareHomes, Tongyu, QuarterEnd, knownOn: Sent.PlusDays(-1)).Should().BeNull("nothing was known before it was sent");
        log.Observations.Should().HaveCount(2, "the corrected figure is kept, never overwritten");
        log.History(CareHomes, Tongyu).Should().ContainSingle().Which.Value.Value.Should().Be(1m);

        var versions = log.Versions(CareHomes, Tongyu);
        versions.Select(v => v.Effect).Should().Equal(EntryEffect.New, EntryEffect.Correction);
        versions[1].Entry.Reason.Should().Be("统计口径调整");
        versions[1].Entry.RecordedBy.Should().Be(Tongyu);
        versions[1].Previous.Should().Be(log.Observations[0]);
    }

    [Fact]
    public void A_withdrawal_removes_a_figure_from_later_knowledge_without_deleting_it()
    {
        var earlier = Figure(CareHomes, Tongyu, 0m, Institution, Day(2025, 6, 30)) with { RecordedOn = Day(2025, 7, 5) };
        var log = new TrackingLog([earlier, Care(Tongyu, 1m, Sent)], [], [new Withdrawal(Care(Tongyu, 1m, Sent).Key, Withdrawn, Tongyu, "填报错误")]);

        log.Latest(CareHomes, Tongyu, QuarterEnd, knownOn: Withdrawn.PlusDays(-1))!.Value.Value.Should().Be(1m);
        log.Latest(CareHomes, Tongyu, QuarterEnd, knownOn: Withdrawn).Should().Be(earlier, "the withdrawn day falls back to the day before it");
        log.Observations.Should().HaveCount(2);
        log.Withdrawals.Should().ContainSingle();
        log.Versions(CareHomes, Tongyu).Select(v => v.Effect).Should().Equal(EntryEffect.New, EntryEffect.New, EntryEffect.Withdrawal);
    }

    [Fact]
    public void A_file_may_withdraw_what_an_earlier_file_reported_but_the_tracker_refuses_a_withdrawal_of_nothing()
    {
        var json = "{\"version\": 2, \"withdrawals\": [{\"target\": \"jilin-2022-county-urbanization/43/t1\", \"subject\": \"通榆县\", \"observedOn\": \"2025-09-30\", \"recordedOn\": \"2025-10-25\", \"reason\": \"填报错误\"}]}";
        var file = TrackingLogReader.ReadJson(Policies, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        var stored = new ImplementationTracker(Policies, new TrackingLog([Care(Tongyu, 1m, Sent)], []));

        stored.Record(file).Effects.Should().Equal(EntryEffect.Withdrawal);
        var nothing = () => new ImplementationTracker(Policies, TrackingLog.Empty).Record(file);
        nothing.Should().Throw<ArgumentException>().WithMessage("*withdraws nothing*");
        var direct = () => new ImplementationTracker(Policies, file);
        direct.Should().Throw<ArgumentException>().WithMessage("*withdraws nothing*");
        new ImplementationTracker(Policies, new TrackingLog([Care(Tongyu, 1m, Sent)], []).Merge(file)).Log.Withdrawals.Should().ContainSingle();
    }

    [Fact]
    public void Recording_the_same_file_twice_is_a_no_op_reported_as_duplicate()
    {
        var file = new TrackingLog([Care(Tongyu, 0m, Sent), Care(Meihekou, 1m, Sent)], []);
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty).Record(file).Tracker;

        var again = tracker.Record(file);

        again.Effects.Should().OnlyContain(e => e == EntryEffect.Duplicate);
        again.Tracker.Log.Should().Be(tracker.Log);
        (again.Tracker.Log == tracker.Log).Should().BeTrue();
        again.Tracker.Log.Count.Should().Be(2);
    }

    [Fact]
    public void A_re_sent_file_with_two_figures_corrected_says_what_each_entry_did()
    {
        var first = new TrackingLog([Care(Tongyu, 0m, Sent), Care(Meihekou, 1m, Sent), Care(Hunchun, 0m, Sent)], []);
        var resent = new TrackingLog([Care(Tongyu, 1m, Corrected, "已投用"), Care(Meihekou, 1m, Corrected), Care(Hunchun, 1m, Corrected, "补报")], []);
        var tracker = new ImplementationTracker(Policies, first);

        var result = tracker.Record(resent);

        result.Effects.Should().Equal(EntryEffect.Correction, EntryEffect.Unchanged, EntryEffect.Correction);
        result.CountOf(EntryEffect.Correction).Should().Be(2);
        result.ToString().Should().Contain("2 corrected").And.Contain("1 unchanged");
        tracker.Log.Count.Should().Be(3, "the tracker recorded into is not changed");
    }

    [Fact]
    public void Two_different_figures_of_one_key_recorded_on_the_same_day_in_one_file_are_refused_naming_both_rows()
    {
        var csv = """
            target,subject,value,unit,observedOn,recordedOn
            jilin-2022-county-urbanization/43/t1,通榆县,0,所,2025-09-30,2025-10-10
            jilin-2022-county-urbanization/43/t1,梅河口,1,所,2025-09-30,2025-10-10
            jilin-2022-county-urbanization/43/t1,通榆县,1,所,2025-09-30,2025-10-10
            """;

        var act = () => TrackingLogReader.ReadObservationsCsv(Policies, new StringReader(csv));

        var error = act.Should().Throw<PolicyDataException>().Which;
        error.Location.Should().Be("row 4");
        error.Message.Should().Contain("(the other entry is at row 2)").And.Contain("recorded on the same day");
    }

    [Fact]
    public void Readers_take_the_recording_day_and_body_from_columns_or_the_files_defaults_and_withdraw_by_action()
    {
        var csv = """
            指标编号,subject,value,unit,observedOn,填报日期,填报单位,更正原因,操作
            jilin-2022-county-urbanization/43/t1,通榆县,0,所,2025-09-30,,,,
            jilin-2022-county-urbanization/43/t1,通榆县,1,所,2025-09-30,2025-10-20,省民政厅,统计口径调整,
            jilin-2022-county-urbanization/43/t1,梅河口,1,所,2025-09-30,2025-10-20,,,
            jilin-2022-county-urbanization/43/t1,梅河口,,,2025-09-30,2025-10-25,,填报错误,撤回
            """.Replace("指标编号", "target", StringComparison.Ordinal);
        var civilAffairs = Subject.OfDepartment(Policies.FindDepartment("省民政厅").Id);

        var log = TrackingLogReader.ReadObservationsCsv(Policies, new StringReader(csv), new TrackingReadOptions { RecordedOn = Sent, RecordedBy = civilAffairs });

        log.Observations[0].RecordedOn.Should().Be(Sent);
        log.Observations[0].RecordedBy.Should().Be(civilAffairs);
        log.Observations[1].RecordedOn.Should().Be(Corrected);
        log.Observations[1].Reason.Should().Be("统计口径调整");
        log.Withdrawals.Should().ContainSingle().Which.Reason.Should().Be("填报错误");
        log.Latest(CareHomes, Meihekou, QuarterEnd).Should().BeNull();
        log.Latest(CareHomes, Tongyu, QuarterEnd)!.Value.Value.Should().Be(1m);
    }

    [Fact]
    public void Everything_the_library_writes_it_reads_back_to_an_equal_log()
    {
        var log = new TrackingLog(
            [Care(Tongyu, 0m, Sent), Care(Tongyu, 1m, Corrected, "统计口径调整"), Care(Meihekou, 1m, Sent)],
            [new StatusUpdate(WaterSupply, Housing, QuarterEnd, MeasureStatus.InProgress, "新建水厂12座") { RecordedOn = Sent }],
            [new Withdrawal(Care(Meihekou, 1m, Sent).Key, Withdrawn, Meihekou, "填报错误")]);
        var options = DomainJson.CreateOptions(Policies);

        var json = JsonSerializer.SerializeToUtf8Bytes(log, options);
        var back = JsonSerializer.Deserialize<TrackingLog>(json, options)!;
        var read = TrackingLogReader.ReadJson(Policies, new MemoryStream(json));

        (back == log).Should().BeTrue();
        (read == log).Should().BeTrue();
        back.GetHashCode().Should().Be(log.GetHashCode());
        JsonSerializer.SerializeToUtf8Bytes(back, options).Should().Equal(json);
    }

    [Fact]
    public void Deserializing_a_file_with_a_conflict_is_refused_as_the_reader_refuses_it()
    {
        var options = DomainJson.CreateOptions(Policies);
        var one = JsonSerializer.SerializeToNode(new TrackingLog([Care(Tongyu, 0m, Sent)], []), options)!;
        var other = JsonSerializer.SerializeToNode(new TrackingLog([Care(Tongyu, 1m, Sent)], []), options)!;
        one["observations"]!.AsArray().Add(other["observations"]![0]!.DeepClone());
        var bytes = JsonSerializer.SerializeToUtf8Bytes(one);

        var deserialize = () => JsonSerializer.Deserialize<TrackingLog>(bytes, options);
        var read = () => TrackingLogReader.ReadJson(Policies, new MemoryStream(bytes));

        deserialize.Should().Throw<JsonException>().WithMessage("*conflicts with*");
        read.Should().Throw<PolicyDataException>().WithMessage("*conflicts with*$.observations[0]*");
        var merge = () => new TrackingLog([Care(Tongyu, 0m, Sent)], []).Merge(new TrackingLog([Care(Tongyu, 1m, Sent)], []));
        merge.Should().Throw<ArgumentException>().WithMessage("*conflicts with*");
    }

    [Fact]
    public void A_same_day_conflict_is_an_entry_conflict_naming_both_entries_so_a_server_can_answer_409()
    {
        var tracker = new ImplementationTracker(Policies, new TrackingLog([Care(Tongyu, 0m, Sent)], []));

        var act = () => tracker.Record(new TrackingLog([Care(Tongyu, 1m, Sent)], []));

        var conflict = act.Should().Throw<EntryConflictException>().Which;
        conflict.Entry.Should().Be(Care(Tongyu, 1m, Sent));
        conflict.Existing.Should().Be(Care(Tongyu, 0m, Sent));
        conflict.ParamName.Should().Be("entries");
        var unknownTarget = () => tracker.Record(new Withdrawal(EntryKey.Figure(CareHomes, Hunchun, QuarterEnd), Withdrawn, Hunchun));
        unknownTarget.Should().Throw<ArgumentException>().Which.Should().NotBeOfType<EntryConflictException>("withdrawing nothing is a bad argument, not a conflict");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Any_order_of_the_same_entries_gives_the_same_log(int seed)
    {
        var random = new Random(seed);
        var entries = RandomHistory(random);
        var figures = entries.OfType<ProgressObservation>().ToList();
        var withdrawals = entries.OfType<Withdrawal>().ToList();
        var reference = new TrackingLog(figures, [], withdrawals);

        var shuffled = new TrackingLog(figures.OrderBy(_ => random.Next()), [], withdrawals.OrderBy(_ => random.Next()));
        var halves = figures.OrderBy(_ => random.Next()).ToList();
        var merged = new TrackingLog(halves.Skip(halves.Count / 2), []).Merge(new TrackingLog(halves.Take(halves.Count / 2), []))
            .Merge(new TrackingLog(figures, [], withdrawals)).Merge(new TrackingLog(figures.Take(3), []));

        (shuffled == reference).Should().BeTrue();
        (merged == reference).Should().BeTrue("merging is a set union: order and repeats do not matter");
        shuffled.GetHashCode().Should().Be(reference.GetHashCode());
        foreach (var subject in new[] { Tongyu, Meihekou, Hunchun })
        {
            foreach (var day in Enumerable.Range(0, 40).Select(d => Sent.PlusDays(d)))
            {
                merged.Latest(CareHomes, subject, QuarterEnd, day).Should().Be(reference.Latest(CareHomes, subject, QuarterEnd, day));
            }
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Replaying_the_entries_recorded_by_a_day_gives_that_days_report(int seed)
    {
        var entries = RandomHistory(new Random(seed));
        var log = new TrackingLog(entries.OfType<ProgressObservation>(), [], entries.OfType<Withdrawal>());
        var tracker = new ImplementationTracker(Policies, log);
        var options = DomainJson.CreateOptions(Policies);
        var asOf = Day(2025, 12, 31);

        foreach (var knownOn in entries.Select(e => e.RecordedOn).Distinct().Order())
        {
            var replayed = new ImplementationTracker(Policies, log.AsKnownOn(knownOn));
            var asKnown = tracker.Report(tracker.Scope(), asOf, knownOn);
            var fromReplay = replayed.Report(replayed.Scope(), asOf, knownOn);

            JsonSerializer.Serialize(fromReplay, options).Should().Be(JsonSerializer.Serialize(asKnown, options), $"known on {knownOn}");
            log.AsKnownOn(knownOn).Entries.Should().OnlyContain(e => e.RecordedOn <= knownOn);
        }
    }

    [Fact]
    public void A_report_issued_once_is_reproduced_byte_for_byte_after_later_corrections_and_withdrawals()
    {
        var first = new TrackingLog([Care(Tongyu, 0m, Sent), Care(Meihekou, 1m, Sent), Care(Hunchun, 0m, Sent)], []);
        var tracker = new ImplementationTracker(Policies, first);
        var asOf = Day(2025, 9, 30);
        var issued = tracker.Report(tracker.Scope(), asOf);
        var issuedCsv = TargetProgressTable.From(issued).ToCsv();
        var issuedJson = JsonSerializer.Serialize(issued, DomainJson.CreateOptions(Policies));
        issued.KnownOn.Should().Be(Sent, "a report without a knowledge day states the log's latest recording day");

        var later = tracker
            .Record(new TrackingLog([Care(Tongyu, 1m, Corrected, "已投用")], [], []))
            .Tracker.Record(new Withdrawal(Care(Meihekou, 1m, Sent).Key, Withdrawn, Meihekou, "填报错误"))
            .Record(Care(Hunchun, 1m, Withdrawn));
        var again = later.Report(later.Scope(), asOf, issued.KnownOn);

        TargetProgressTable.From(again).ToCsv().Should().Be(issuedCsv);
        JsonSerializer.Serialize(again, DomainJson.CreateOptions(Policies)).Should().Be(issuedJson);
        TargetProgressTable.From(later.Report(later.Scope(), asOf)).ToCsv().Should().NotBe(issuedCsv, "as known now, the corrections show");
        issued.ToString().Should().Contain("as known on 2025-10-10");
    }

    [Fact]
    public void Changes_between_two_knowledge_days_list_each_entry_and_the_statuses_it_changed()
    {
        var tracker = new ImplementationTracker(Policies, new TrackingLog([Care(Tongyu, 0m, Sent), Care(Meihekou, 1m, Sent)], []))
            .Record(Care(Tongyu, 1m, Corrected, "已投用"))
            .Record(new Withdrawal(Care(Meihekou, 1m, Sent).Key, Withdrawn, Meihekou, "填报错误"))
            .Record(Care(Hunchun, 1m, Corrected));

        var changes = tracker.Changes(tracker.Scope(), QuarterEnd, after: Sent, through: Withdrawn);

        changes.Entries.Select(v => (v.Entry.Key.Subject, v.Effect)).Should().Equal(
            (Tongyu, EntryEffect.Correction), (Hunchun, EntryEffect.New), (Meihekou, EntryEffect.Withdrawal));
        changes.Statuses.Select(s => (s.After.Subject, s.Before.Status, s.After.Status)).Should().Equal(
            (Meihekou, ComplianceStatus.MetLate, ComplianceStatus.Unreported),
            (Tongyu, ComplianceStatus.NotMet, ComplianceStatus.MetLate),
            (Hunchun, ComplianceStatus.Unreported, ComplianceStatus.MetLate));
        var table = ChangeTable.From(changes);
        table.Rows.Should().HaveCount(6);
        table.ToCsv().Should().Contain("correction").And.Contain("已投用").And.Contain("通榆县").And.Contain("statusChanged");
        var chinese = table.ToMarkdown(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"));
        chinese.Should().Contain("| 更正 |").And.Contain("| 新增 |").And.Contain("| 撤回 |").And.Contain("| 状态变化 |");
        chinese.Should().NotContain("correction").And.NotContain("statusChanged", "an office reads what each entry did in Chinese");
        tracker.Changes(tracker.Scope(), QuarterEnd, Withdrawn, Withdrawn.PlusDays(30)).Entries.Should().BeEmpty();
    }

    [Fact]
    public void Recording_from_an_older_tracker_leaves_the_newer_ones_as_they_were()
    {
        var start = new ImplementationTracker(Policies, TrackingLog.Empty).Record(Care(Tongyu, 0m, Sent));
        var a = start.Record(Care(Meihekou, 1m, Sent));
        var b = start.Record(Care(Hunchun, 1m, Sent));
        var c = a.Record(Care(Hunchun, 0m, Sent));

        start.Log.Count.Should().Be(1);
        a.Log.Count.Should().Be(2);
        b.Log.Observations.Select(o => o.Subject).Should().Equal(Tongyu, Hunchun);
        c.Log.Observations.Select(o => o.Subject).Should().Equal(Tongyu, Meihekou, Hunchun);
        c.Log.Latest(CareHomes, Hunchun, QuarterEnd)!.Value.Value.Should().Be(0m);
        b.Log.Latest(CareHomes, Hunchun, QuarterEnd)!.Value.Value.Should().Be(1m);
    }

    [Fact]
    public void The_tracker_refuses_what_the_readers_refuse_days_out_of_range_and_subjects_the_target_does_not_bind()
    {
        var tracker = new ImplementationTracker(Policies, TrackingLog.Empty);

        foreach (var day in new[] { new LocalDate(1, 1, 1), Day(1999, 12, 31), new LocalDate(9999, 12, 31) })
        {
            var figure = () => tracker.Record(Figure(FiveG, Subject.Province, 70m, Unit.Percent, day));
            figure.Should().Throw<ArgumentException>().WithMessage("*out of range*");
        }

        var status = () => tracker.Record(new StatusUpdate(WaterSupply, Housing, default, MeasureStatus.InProgress, "…"));
        status.Should().Throw<ArgumentException>().WithMessage("*out of range*");
        var defaultMeasure = () => new StatusUpdate(default, Housing, QuarterEnd, MeasureStatus.InProgress, "…");
        defaultMeasure.Should().Throw<ArgumentException>().WithParameterName("measure");
        var department = () => tracker.Evaluate(CareHomes, Housing, QuarterEnd);
        department.Should().Throw<ArgumentException>().WithMessage("*binds each county*");
        var county = () => tracker.Evaluate(FiveG, Meihekou, QuarterEnd);
        county.Should().Throw<ArgumentException>().WithMessage("*binds the province*");
        var early = () => Care(Tongyu, 1m, QuarterEnd.PlusDays(-1));
        early.Should().Throw<ArgumentException>().WithMessage("*before the day it is about*");
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void Changes_are_every_entry_recorded_in_the_range_by_recording_day_then_key_whatever_the_order_added(int seed)
    {
        // Figures of several targets, subjects and days, and status updates, many recorded on one day, added in a random order.
        var random = new Random(seed);
        var entries = new List<ITrackingEntry>();
        var keys = new List<Func<decimal, LocalDate, ITrackingEntry>>();
        foreach (var county in new[] { Tongyu, Meihekou, Hunchun })
        {
            foreach (var day in new[] { Day(2025, 6, 30), QuarterEnd })
            {
                keys.Add((v, on) => Figure(CareHomes, county, v, Institution, day) with { RecordedOn = on, RecordedBy = county });
            }
        }

        foreach (var day in new[] { Day(2025, 3, 31), Day(2025, 6, 30), QuarterEnd })
        {
            keys.Add((v, on) => Figure(FiveG, Subject.Province, 70m + v, Unit.Percent, day) with { RecordedOn = on });
            keys.Add((v, on) => Figure(NursingBeds, Subject.Province, 50m + v, Unit.Percent, day) with { RecordedOn = on });
            keys.Add((v, on) => new StatusUpdate(WaterSupply, Housing, day, v > 1 ? MeasureStatus.Completed : MeasureStatus.InProgress, $"进展{v}") { RecordedOn = on });
        }

        foreach (var version in keys)
        {
            var on = Sent;
            for (var n = random.Next(1, 5); n > 0; n--)
            {
                on = on.PlusDays(random.Next(0, 3) + 1);
                entries.Add(version(random.Next(0, 3), on));
            }
        }

        var log = new TrackingLog(entries.OfType<ProgressObservation>().OrderBy(_ => random.Next()), entries.OfType<StatusUpdate>().OrderBy(_ => random.Next()));
        var after = Sent.PlusDays(random.Next(0, 4));
        var through = after.PlusDays(random.Next(2, 8));

        var changes = log.Changes(after, through);

        var expected = log.Entries.Where(e => e.RecordedOn > after && e.RecordedOn <= through).OrderBy(e => e.RecordedOn).ThenBy(e => e.Key).ToList();
        changes.Select(v => v.Entry).Should().Equal(expected);
        var versions = log.Entries.Select(e => e.Key).Distinct()
            .SelectMany(k => k.Kind == EntryKind.Figure ? log.Versions(k.Target, k.Subject) : log.Versions(k.Measure, k.Subject))
            .Distinct().ToDictionary(v => v.Entry);
        changes.Should().OnlyContain(v => versions[v.Entry] == v, "each change is described as its key's history describes it");

        var tracker = new ImplementationTracker(Policies, log);
        var report = tracker.Changes(tracker.Scope(), QuarterEnd, after, through);
        report.Entries.Should().Equal(changes);
        var expectedStatuses = expected.Where(e => e.Key.Kind == EntryKind.Figure).Select(e => (e.Key.Target, e.Key.Subject)).Distinct().Order()
            .Select(p => (Before: tracker.Evaluate(p.Target, p.Subject, QuarterEnd, after), After: tracker.Evaluate(p.Target, p.Subject, QuarterEnd, through)))
            .Where(p => p.Before.Status != p.After.Status || p.Before.IsOverdue != p.After.IsOverdue)
            .Select(p => (p.After.Target.Id, p.After.Subject, p.Before.Status, p.After.Status));
        report.Statuses.Select(c => (c.After.Target.Id, c.After.Subject, c.Before.Status, c.After.Status)).Should().Equal(expectedStatuses);
        report.Statuses.Should().NotBeEmpty("these seeds move figures across the target, so the comparison above is not vacuous");

        // A narrower scope keeps exactly the changes it covers, in the same order.
        var narrow = tracker.Scope().ForTarget(CareHomes).ForSubject(Meihekou);
        var narrowed = tracker.Changes(narrow, QuarterEnd, after, through);
        narrowed.Entries.Should().Equal(changes.Where(v => v.Entry.Key.Target == CareHomes && v.Entry.Key.Subject == Meihekou));
        narrowed.Statuses.Should().Equal(report.Statuses.Where(c => c.After.Target.Id == CareHomes && c.After.Subject == Meihekou));
    }

    // Figures of three counties over a month of recording days: firsts, corrections, re-sends, and withdrawals.
    private static List<ITrackingEntry> RandomHistory(Random random)
    {
        var entries = new List<ITrackingEntry>();
        foreach (var county in new[] { Tongyu, Meihekou, Hunchun })
        {
            var day = Sent;
            for (var version = 0; version < random.Next(1, 6); version++)
            {
                day = day.PlusDays(random.Next(1, 8));
                if (version > 0 && random.Next(4) == 0)
                {
                    entries.Add(new Withdrawal(EntryKey.Figure(CareHomes, county, QuarterEnd), day, county, "撤回"));
                }
                else
                {
                    entries.Add(Care(county, random.Next(0, 3), day, version > 0 ? "更正" : null));
                }
            }
        }

        return entries;
    }
}
