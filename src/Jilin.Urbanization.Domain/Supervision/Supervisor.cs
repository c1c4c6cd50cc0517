using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// The supervision office (督查督办) over an <see cref="ImplementationTracker"/>: the pro-rata schedule (序时进度) of
/// every target, the lights (三色预警) of every target × subject and measure × responsible body, the notices
/// (督办单) due and their escalation, verification and closing (核查, 销号), scoring and ranking (考评), and each
/// body's calendar. Immutable: <see cref="Record(ISupervisionEntry)"/> returns a new supervisor. Every answer is a
/// pure function of the two logs, the rules and the days asked (as of, known on): no clock is read but the one passed.
/// </summary>
public sealed class Supervisor
{
    // The tracker's checks (who may report a measure), with their own caches, under their own lock.
    private readonly TrackingRules trackingRules;

    /// <summary>Creates a supervisor with the default rules (<see cref="LightRules.Default"/>).</summary>
    /// <param name="tracker">The tracker: the catalog and the figures and statuses reported.</param>
    /// <param name="log">The supervision log; <see cref="SupervisionLog.Empty"/> to start.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An entry of <paramref name="log"/> does not fit (see <see cref="Record(ISupervisionEntry)"/>); the message names it.</exception>
    public Supervisor(ImplementationTracker tracker, SupervisionLog log)
        : this(tracker, log, LightRules.Default)
    {
    }

    /// <summary>Creates a supervisor with an office's rules, checking every entry of <paramref name="log"/> in the order it was recorded.</summary>
    /// <param name="tracker">The tracker.</param>
    /// <param name="log">The supervision log.</param>
    /// <param name="rules">The office's rules.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An entry of <paramref name="log"/> does not fit (see <see cref="Record(ISupervisionEntry)"/>); the message names it.</exception>
    public Supervisor(ImplementationTracker tracker, SupervisionLog log, LightRules rules)
    {
        Tracker = Guard.Against.Null(tracker);
        Guard.Against.Null(log);
        Rules = Guard.Against.Null(rules);
        trackingRules = new TrackingRules(tracker.Catalog, tracker.Subjects);
        var ordered = log.Notices.Select((e, i) => (Entry: (ISupervisionEntry)e, Kind: 0, Index: i))
            .Concat(log.Replies.Select((e, i) => (Entry: (ISupervisionEntry)e, Kind: 1, Index: i)))
            .Concat(log.Verifications.Select((e, i) => (Entry: (ISupervisionEntry)e, Kind: 2, Index: i)))
            .Concat(log.Reopenings.Select((e, i) => (Entry: (ISupervisionEntry)e, Kind: 3, Index: i)))
            .OrderBy(e => e.Entry.RecordedOn).ThenBy(e => e.Entry.Day).ThenBy(e => e.Kind).ThenBy(e => e.Index);
        var built = SupervisionLog.Empty;
        foreach (var (entry, _, _) in ordered)
        {
            if (Check(entry, built) is { } error)
            {
                throw new ArgumentException($"{entry}: {error}", nameof(log));
            }

            built = built.With(entry);
        }

        Log = log;
    }

    private Supervisor(Supervisor before, SupervisionLog log)
    {
        trackingRules = before.trackingRules;
        Tracker = before.Tracker;
        Rules = before.Rules;
        Log = log;
    }

    /// <summary>The tracker.</summary>
    public ImplementationTracker Tracker { get; }

    /// <summary>The catalog.</summary>
    public PolicyCatalog Catalog => Tracker.Catalog;

    /// <summary>The supervision log.</summary>
    public SupervisionLog Log { get; }

    /// <summary>The office's rules.</summary>
    public LightRules Rules { get; }

    /// <summary>
    /// A supervisor with one more entry: a notice issued, a reply, a verification (核查, 销号) or a reopening. A notice
    /// needs a new number, a known body, at least one item and a reply deadline on or after its issue; a reply needs a
    /// notice recorded by then, issued on or before the reply, and no earlier reply; a verification needs the item met
    /// (a target's figure satisfies it) or completed (the body's latest status is 已完成) as of its day and as known on
    /// its recording day, and not already closed; a reopening needs the item closed. Every entry is recorded on or after
    /// its day, within 2000-01-01 to 2100-12-31.
    /// </summary>
    /// <param name="entry">The entry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentException">The entry does not fit; the message says why.</exception>
    public Supervisor Record(ISupervisionEntry entry)
    {
        Guard.Against.Null(entry);
        return Check(entry, Log) is { } error
            ? throw new ArgumentException($"{entry}: {error}", nameof(entry))
            : new Supervisor(this, Log.With(entry));
    }

    /// <summary>
    /// The schedule (序时进度) of a target for a subject as known on <paramref name="knownOn"/>, or null when the target
    /// has no deadline. Its <see cref="ExpectedProgress.Source"/> says which baseline was used.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="asOf">The day: the first figure is the earliest in force dated on or before it.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <exception cref="ArgumentException">The target or subject is default or unknown.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such target.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target does not bind the subject, or a day is outside 2000-01-01 to 2100-12-31.</exception>
    public ExpectedProgress? Schedule(TargetId target, Subject subject, LocalDate asOf, LocalDate knownOn)
    {
        SupervisionDays.Require(asOf, nameof(asOf));
        Tracker.Evaluate(target, subject, asOf, knownOn);   // the tracker's checks: known, binding
        var indicator = Catalog.GetTarget(target);
        return ExpectedProgress.For(indicator, Catalog.GetDocument(target.Measure.DocumentId).Year, FirstFigure(indicator.Id, subject, asOf, knownOn)?.Observation, null);
    }

    /// <summary>The deadline of a measure: the latest of its targets' deadlines, or null (the measure is expected to be ongoing, 常态化).</summary>
    /// <param name="measure">The measure.</param>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is default.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such measure.</exception>
    public LocalDate? DeadlineOf(MeasureId measure) => DeadlineOf(MeasureOf(measure));

    /// <summary>
    /// The status expected of a measure on <paramref name="asOf"/> from its deadline alone, for measures reported
    /// without figures: <see cref="MeasureStatus.Ongoing"/> without a deadline, <see cref="MeasureStatus.Completed"/>
    /// after it, <see cref="MeasureStatus.InProgress"/> until it.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The day.</param>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is default.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such measure.</exception>
    public MeasureStatus ExpectedStatus(MeasureId measure, LocalDate asOf) =>
        DeadlineOf(measure) is not { } deadline ? MeasureStatus.Ongoing
        : asOf > deadline ? MeasureStatus.Completed
        : MeasureStatus.InProgress;

    /// <summary>
    /// The lights (三色预警) of every open item of <paramref name="scope"/> as of <paramref name="asOf"/>, as known on
    /// <paramref name="knownOn"/> (only entries of either log recorded by then count), by the rules of
    /// <see cref="LightRules"/>, with roll-ups per county, department and chapter; closed items (销号) are listed apart.
    /// </summary>
    /// <param name="scope">What the lights cover (from <see cref="ImplementationTracker.Scope()"/>).</param>
    /// <param name="asOf">The day the lights describe.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> was made for another catalog.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside 2000-01-01 to 2100-12-31.</exception>
    public LightReport Lights(TrackingScope scope, LocalDate asOf, LocalDate knownOn)
    {
        RequireScope(scope);
        SupervisionDays.Require(asOf, nameof(asOf));
        return new LightEvaluator(this).Report(scope, asOf, knownOn);
    }

    /// <summary>The lights of <paramref name="scope"/> as of <paramref name="asOf"/>, as known on the last day either log recorded anything (or <paramref name="asOf"/> for empty logs).</summary>
    /// <param name="scope">What the lights cover.</param>
    /// <param name="asOf">The day the lights describe.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> was made for another catalog.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside 2000-01-01 to 2100-12-31.</exception>
    public LightReport Lights(TrackingScope scope, LocalDate asOf) => Lights(scope, asOf, KnownNow(asOf));

    /// <summary>The lights of everything as of <paramref name="asOf"/> (see <see cref="Lights(TrackingScope, LocalDate)"/>).</summary>
    /// <param name="asOf">The day the lights describe.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside 2000-01-01 to 2100-12-31.</exception>
    public LightReport Lights(LocalDate asOf) => Lights(Tracker.Scope(), asOf);

    /// <summary>The lights of <paramref name="scope"/> as of today in China Standard Time by <paramref name="clock"/>.</summary>
    /// <param name="scope">What the lights cover.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> was made for another catalog.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Today is outside 2000-01-01 to 2100-12-31.</exception>
    public LightReport Lights(TrackingScope scope, IClock clock)
    {
        Guard.Against.Null(clock);
        return Lights(scope, ComplianceCalendar.Today(clock));
    }

    /// <summary>The light of one item as of <paramref name="asOf"/>, as known on <paramref name="knownOn"/>, closed or not.</summary>
    /// <param name="item">The item.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentException">The office cannot supervise the item (unknown, or a subject the target does not bind, or a body not responsible for the measure).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside 2000-01-01 to 2100-12-31.</exception>
    public ItemLight Light(SupervisedItem item, LocalDate asOf, LocalDate knownOn)
    {
        Guard.Against.Null(item);
        SupervisionDays.Require(asOf, nameof(asOf));
        return ItemMisfit(item, asOf, knownOn) is { } misfit
            ? throw new ArgumentException($"{item}: {misfit}", nameof(item))
            : new LightEvaluator(this).Of(item, asOf, knownOn);
    }

    /// <summary>
    /// The notices (督办单) due on <paramref name="asOf"/> as known on <paramref name="knownOn"/>, one per responsible
    /// body with yellow or red items in <paramref name="scope"/>, red items first, numbered 督办〔year〕n号 after those
    /// the log holds for the year. A body awaiting the reply to its last notice gets none; the colour escalates as
    /// <see cref="NextNoticeLevel"/> says. Drafts: record each one (<see cref="Record(ISupervisionEntry)"/>) to issue it.
    /// </summary>
    /// <param name="scope">What the notices cover.</param>
    /// <param name="asOf">The issue day.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> was made for another catalog.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside 2000-01-01 to 2100-12-31, or its reply deadline would be.</exception>
    public ValueList<Notice> DraftNotices(TrackingScope scope, LocalDate asOf, LocalDate knownOn)
    {
        RequireScope(scope);
        SupervisionDays.Require(asOf, nameof(asOf));
        SupervisionDays.Require(asOf.PlusDays(Rules.ReplyWithinDays), nameof(asOf));
        return new NoticeDrafter(this).Draft(scope, asOf, knownOn);
    }

    /// <summary>The notices due over everything on <paramref name="asOf"/>, as known on <paramref name="knownOn"/>.</summary>
    /// <param name="asOf">The issue day.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside 2000-01-01 to 2100-12-31, or its reply deadline would be.</exception>
    public ValueList<Notice> DraftNotices(LocalDate asOf, LocalDate knownOn) => DraftNotices(Tracker.Scope(), asOf, knownOn);

    /// <summary>
    /// The colour of the next notice to <paramref name="body"/> on <paramref name="asOf"/>, as known on
    /// <paramref name="knownOn"/>, or null while the last notice's reply deadline has not passed: blue for the first
    /// notice and after a notice answered by its reply deadline; one colour above the last (blue → orange → red, red
    /// stays red) after a notice not answered by its reply deadline.
    /// </summary>
    /// <param name="body">The body.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <exception cref="ArgumentException"><paramref name="body"/> is default.</exception>
    public NoticeLevel? NextNoticeLevel(Subject body, LocalDate asOf, LocalDate knownOn) =>
        body.IsDefault ? throw new ArgumentException("A default Subject names no body.", nameof(body)) : new NoticeDrafter(this).NextLevel(body, asOf, knownOn);

    /// <summary>
    /// The scores (考评) of every county and department with items for <paramref name="period"/>, as known on
    /// <paramref name="knownOn"/>, by <paramref name="weights"/> (see <see cref="ScoreWeights"/>): the share of items
    /// reported on time (a report dated within the period and recorded by the period's end plus
    /// <see cref="LightRules.ReportDueDays"/>; a met or completed item needs none), the share green at the period's end,
    /// the overdue items, the notices answered late. Ranked best first: higher score, then fewer overdue items, then
    /// fewer late replies; rows equal on all three share a rank, and every row whose score equals another's says how.
    /// </summary>
    /// <param name="period">The period (a quarter).</param>
    /// <param name="weights">The weights (<see cref="ScoreWeights.Default"/>, or an office's file).</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period ends outside 2000-01-01 to 2100-12-31.</exception>
    public Ranking Rank(DateInterval period, ScoreWeights weights, LocalDate knownOn)
    {
        Guard.Against.Null(period);
        Guard.Against.Null(weights);
        SupervisionDays.Require(period.End, nameof(period));
        return new Scorer(this).Rank(period, weights, knownOn);
    }

    /// <summary>The ranking for <paramref name="period"/> with the default weights, as known on the period's end plus <see cref="LightRules.ReportDueDays"/>.</summary>
    /// <param name="period">The period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period ends outside 2000-01-01 to 2100-12-31.</exception>
    public Ranking Rank(DateInterval period)
    {
        Guard.Against.Null(period);
        SupervisionDays.Require(period.End, nameof(period));
        return Rank(period, ScoreWeights.Default, period.End.PlusDays(Rules.ReportDueDays));
    }

    /// <summary>
    /// What is due when for <paramref name="body"/> within <paramref name="range"/>, as an iCalendar file (RFC 5545,
    /// UTF-8 text; save it as <c>.ics</c>) that office calendars import: the report due days of every reporting
    /// period (when the body has items), the deadlines of its open items, and the reply deadlines of its notices, each
    /// an all-day event with a stable UID. DTSTAMP is <paramref name="clock"/>'s now.
    /// </summary>
    /// <param name="body">The county or department.</param>
    /// <param name="range">The days covered.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <param name="clock">The clock for DTSTAMP.</param>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="body"/> is default or unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within 2000-01-01 to 2100-12-31.</exception>
    public string Calendar(Subject body, DateInterval range, LocalDate knownOn, IClock clock)
    {
        Guard.Against.Null(range);
        Guard.Against.Null(clock);
        Tracker.Subjects.Require(body, nameof(body));
        SupervisionDays.Require(range.Start, nameof(range));
        SupervisionDays.Require(range.End, nameof(range));
        return new SupervisionCalendar(this).For(body, range, knownOn, clock.GetCurrentInstant());
    }

    /// <summary>Readable form: the catalog, the logs and the rules.</summary>
    public override string ToString() => $"Supervisor over {Catalog}; {Tracker.Log}; {Log}; {Rules}";

    /// <summary>The default day of knowledge: the last day either log recorded anything, else <paramref name="asOf"/>.</summary>
    internal LocalDate KnownNow(LocalDate asOf)
    {
        var tracked = Tracker.Log.LastRecordedOn;
        var supervised = Log.LastRecordedOn;
        return tracked is null && supervised is null ? asOf : LocalDate.Max(tracked ?? LocalDate.MinIsoValue, supervised ?? LocalDate.MinIsoValue);
    }

    internal void RequireScope(TrackingScope scope)
    {
        Guard.Against.Null(scope);
        if (!ReferenceEquals(scope.Catalog, Catalog))
        {
            throw new ArgumentException("The scope was made for another catalog; make it with the tracker's Scope().", nameof(scope));
        }
    }

    private Measure MeasureOf(MeasureId measure)
    {
        if (measure == default)
        {
            throw new ArgumentException("A default MeasureId names no measure.", nameof(measure));
        }

        return Catalog.GetMeasure(measure);
    }

    private static LocalDate? DeadlineOf(Measure measure) =>
        measure.Targets.Select(t => t.Deadline?.Date).Max();

    /// <summary>The earliest figure in force as known on <paramref name="knownOn"/>, dated on or before <paramref name="asOf"/>.</summary>
    private ProgressObservation? FirstFigure(TargetId target, Subject subject, LocalDate asOf, LocalDate knownOn)
    {
        var days = Tracker.Log.Versions(target, subject).Where(v => v.Entry.RecordedOn <= knownOn && v.Entry.Key.Day <= asOf).Select(v => v.Entry.Key.Day).Distinct().Order();
        foreach (var day in days)
        {
            if (Tracker.Log.Latest(target, subject, day, knownOn) is { } figure)
            {
                return figure;
            }
        }

        return null;
    }

    private string? Check(ISupervisionEntry entry, SupervisionLog log)
    {
        if (entry.Day < TrackingRules.Earliest || entry.Day > TrackingRules.Latest || entry.RecordedOn > TrackingRules.Latest)
        {
            return $"a day is outside {TrackingRules.RangeText}";
        }

        if (entry.RecordedOn < entry.Day)
        {
            return $"recorded on {SupervisionDays.Iso(entry.RecordedOn)}, before the day it is about ({SupervisionDays.Iso(entry.Day)})";
        }

        if (!Tracker.Subjects.TryResolve(entry.RecordedBy.ToString(), out _))
        {
            return $"the recording body {entry.RecordedBy} is not known";
        }

        return entry switch
        {
            Notice n => CheckNotice(n, log),
            NoticeReply r => CheckReply(r, log),
            Verification v => CheckVerification(v, log),
            Reopening o => CheckReopening(o, log),
            _ => $"{entry.GetType().Name} is not a supervision entry",
        };
    }

    private string? CheckNotice(Notice notice, SupervisionLog log)
    {
        if (log.Notices.Any(n => n.Number == notice.Number))
        {
            return $"the number {notice.Number} was issued before; every notice has its own number";
        }

        if (!Tracker.Subjects.TryResolve(notice.Body.ToString(), out _))
        {
            return $"the body {notice.Body} is not known";
        }

        if (notice.ReplyBy < notice.IssuedOn)
        {
            return $"the reply deadline {SupervisionDays.Iso(notice.ReplyBy)} is before the issue day {SupervisionDays.Iso(notice.IssuedOn)}";
        }

        if (notice.ReplyBy > TrackingRules.Latest)
        {
            return $"the reply deadline is outside {TrackingRules.RangeText}";
        }

        if (notice.Items.Count == 0)
        {
            return "a notice names at least one item";
        }

        if (notice.Follows is { } follows && !log.Notices.Any(n => n.Number == follows && n.Body == notice.Body))
        {
            return $"it follows {follows}, which is not a notice to the same body in the log";
        }

        return notice.Items.Select(i => i is null ? "an item is null" : ItemMisfit(i.Item, notice.IssuedOn, notice.RecordedOn)).FirstOrDefault(e => e is not null);
    }

    private static string? CheckReply(NoticeReply reply, SupervisionLog log)
    {
        var notice = log.Notices.FirstOrDefault(n => n.Number == reply.Notice);
        if (notice is null || notice.RecordedOn > reply.RecordedOn)
        {
            return $"no notice {reply.Notice} was recorded by {SupervisionDays.Iso(reply.RecordedOn)}";
        }

        if (reply.RepliedOn < notice.IssuedOn)
        {
            return $"replied on {SupervisionDays.Iso(reply.RepliedOn)}, before the notice was issued ({SupervisionDays.Iso(notice.IssuedOn)})";
        }

        return log.Replies.Any(r => r.Notice == reply.Notice) ? $"the notice {reply.Notice} already has a reply" : null;
    }

    private string? CheckVerification(Verification verification, SupervisionLog log)
    {
        if (ItemMisfit(verification.Item, verification.VerifiedOn, verification.RecordedOn) is { } misfit)
        {
            return misfit;
        }

        if (SameDay(verification.Item, verification.VerifiedOn, log))
        {
            return "the item already has a verification or reopening on that day";
        }

        if (log.IsClosed(verification.Item, verification.VerifiedOn, verification.RecordedOn))
        {
            return "the item is already closed (销号) on that day";
        }

        return IsDone(verification.Item, verification.VerifiedOn, verification.RecordedOn)
            ? null
            : $"the item is not {(verification.Item.Kind == SupervisedItemKind.Target ? "met (no figure satisfying the target" : "completed (no status 已完成")} as of {SupervisionDays.Iso(verification.VerifiedOn)}, as known on {SupervisionDays.Iso(verification.RecordedOn)}); only a met target or a completed measure is closed";
    }

    private string? CheckReopening(Reopening reopening, SupervisionLog log)
    {
        if (ItemMisfit(reopening.Item, reopening.ReopenedOn, reopening.RecordedOn) is { } misfit)
        {
            return misfit;
        }

        if (SameDay(reopening.Item, reopening.ReopenedOn, log))
        {
            return "the item already has a verification or reopening on that day";
        }

        return log.IsClosed(reopening.Item, reopening.ReopenedOn, reopening.RecordedOn) ? null : "the item is not closed on that day; only a closed item is reopened";
    }

    private static bool SameDay(SupervisedItem item, LocalDate day, SupervisionLog log) =>
        log.Verifications.Any(v => v.Item == item && v.VerifiedOn == day) || log.Reopenings.Any(r => r.Item == item && r.ReopenedOn == day);

    /// <summary>Null when the item is one the office can supervise; else why not.</summary>
    private string? ItemMisfit(SupervisedItem item, LocalDate asOf, LocalDate knownOn)
    {
        if (!Catalog.TryGetMeasure(item.Measure, out var measure))
        {
            return $"the catalog has no measure {item.Measure}";
        }

        if (!Tracker.Subjects.TryResolve(item.Subject.ToString(), out _))
        {
            return $"the subject {item.Subject} is not known";
        }

        if (item.Target is { } target)
        {
            try
            {
                Tracker.Evaluate(target, item.Subject, asOf, knownOn);
                return null;
            }
            catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
            {
                return e.Message;
            }
        }

        // The tracker's rule of who may report a measure's status: a department it names, or a county or city where
        // the document makes local governments implementers.
        lock (trackingRules)
        {
            return trackingRules.Responsible(measure.Id, item.Subject);
        }
    }

    private bool IsDone(SupervisedItem item, LocalDate asOf, LocalDate knownOn) =>
        item.Target is { } target
            ? Tracker.Result(Catalog.GetTarget(target), item.Subject, asOf, knownOn).Evaluation?.Satisfied == true
            : Tracker.Log.LatestStatus(item.Measure, item.Subject, asOf, knownOn)?.Status == MeasureStatus.Completed;
}
