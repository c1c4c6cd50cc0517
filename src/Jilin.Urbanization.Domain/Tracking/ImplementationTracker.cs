using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// The entry point of implementation tracking (督查督办): a catalog and a <see cref="TrackingLog"/>, checked against
/// each other, answering "where does each target stand per county, which department is behind" as of a day. The
/// catalog stays the data root; the tracker takes it, as NodaTime's patterns take a provider. Immutable:
/// <c>Record</c> returns a new tracker.
/// </summary>
public sealed class ImplementationTracker
{
    private static readonly ConditionalWeakTable<PolicyCatalog, SubjectDirectory> Directories = new();

    // The catalog checks; shared by the trackers Record makes from one another (its caches are the catalog's facts), under its own lock.
    private readonly TrackingRules rules;

    /// <summary>Creates a tracker, checking every entry of <paramref name="log"/> against <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="log">The progress data; <see cref="TrackingLog.Empty"/> to start.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An entry does not fit the catalog (see <see cref="Record(ProgressObservation)"/> and <see cref="Record(StatusUpdate)"/>); the message names it.</exception>
    public ImplementationTracker(PolicyCatalog catalog, TrackingLog log)
    {
        Catalog = Guard.Against.Null(catalog);
        Log = Guard.Against.Null(log);
        Subjects = DirectoryFor(catalog);
        rules = new TrackingRules(catalog, Subjects);
        var entries = log.EntriesInOrder();
        for (var i = 0; i < entries.Count; i++)
        {
            if ((Check(entries[i]) ?? (entries[i] is Withdrawal w ? log.Withdraws(w) : null)) is { } error)
            {
                throw new ArgumentException($"Entry {i} ({entries[i]}): {error}", nameof(log));
            }
        }
    }

    // Record's path: the log grew by entries already checked with these rules, so nothing is checked again.
    private ImplementationTracker(ImplementationTracker before, TrackingLog log)
    {
        Catalog = before.Catalog;
        Subjects = before.Subjects;
        rules = before.rules;
        Log = log;
    }

    /// <summary>The catalog.</summary>
    public PolicyCatalog Catalog { get; }

    /// <summary>The progress data.</summary>
    public TrackingLog Log { get; }

    /// <summary>Resolves subjects' names (<c>梅河口</c>, <c>住建厅</c>, <c>全省</c>).</summary>
    public SubjectDirectory Subjects { get; }

    /// <summary>The divisions of Jilin (<see cref="DivisionRegistry.Default"/>).</summary>
    public DivisionRegistry Divisions => Subjects.Divisions;

    /// <summary>A scope over everything, to narrow with its methods.</summary>
    public TrackingScope Scope() => TrackingScope.Everything(Catalog);

    /// <summary>A tracker with one more observation (a first figure, a correction 更正, or a re-sent one); amortised O(1) when this is the newest tracker of its line.</summary>
    /// <param name="observation">The observation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The target is unknown; the subject does not fit the target's binding (a province-wide target takes the province's
    /// figure, a per-county target a county's); the value breaks <see cref="ObservationRule"/>; a day is outside
    /// 2000-01-01 to 2100-12-31; or another figure of the same target, subject and day was recorded on the same day
    /// (a conflict: a correction is recorded on a later day); or the entry's 填报单位 may not report it
    /// (<see cref="ReportingRights"/>: a county reports its own figures, a department those of its measures' targets).
    /// </exception>
    public ImplementationTracker Record(ProgressObservation observation) => Record((ITrackingEntry)Guard.Against.Null(observation));

    /// <summary>A tracker with one more status update (see <see cref="Record(ProgressObservation)"/>).</summary>
    /// <param name="update">The update.</param>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The measure is unknown; the reporter is a department not among the measure's responsible departments (the
    /// message names the measure and its departments), or a division where the document names no local implementer,
    /// or the province; a day is out of range; or another update of the same measure, reporter and day was recorded on
    /// the same day; or its 填报单位 is not the reporter (<see cref="ReportingRights"/>).
    /// </exception>
    public ImplementationTracker Record(StatusUpdate update) => Record((ITrackingEntry)Guard.Against.Null(update));

    /// <summary>A tracker with one more withdrawal (撤回).</summary>
    /// <param name="withdrawal">The withdrawal.</param>
    /// <exception cref="ArgumentNullException"><paramref name="withdrawal"/> is null.</exception>
    /// <exception cref="ArgumentException">The key does not fit the catalog (as its figure or status would not); no version of it was recorded before the withdrawal; another version was recorded on the same day; or its 填报单位 may not report the key (<see cref="ReportingRights"/>).</exception>
    public ImplementationTracker Record(Withdrawal withdrawal) => Record((ITrackingEntry)Guard.Against.Null(withdrawal));

    /// <summary>
    /// A tracker with every entry of <paramref name="entries"/> recorded (a county's file, a re-sent file), all or
    /// none, and what each entry did: new, corrected (更正), withdrawn (撤回), unchanged (重报) or a duplicate.
    /// </summary>
    /// <param name="entries">The entries, e.g. a file read by <see cref="TrackingLogReader"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry does not fit the catalog or conflicts (see <see cref="Record(ProgressObservation)"/>); nothing is recorded and the message names it.</exception>
    public RecordResult Record(TrackingLog entries)
    {
        Guard.Against.Null(entries);
        var batch = entries.EntriesInOrder();
        lock (rules)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (Check(batch[i]) is { } error)
                {
                    throw new ArgumentException($"Entry {i} ({batch[i]}): {error}", nameof(entries));
                }
            }
        }

        var (log, effects) = Log.AppendChecked(batch, nameof(entries), withdrawnMustExist: true);
        return new RecordResult { Tracker = new ImplementationTracker(this, log), Entries = batch.ToValueList(), Effects = effects.ToValueList() };
    }

    /// <summary>Where one target stands for one subject as of <paramref name="asOf"/>.</summary>
    /// <param name="targetId">The target's id.</param>
    /// <param name="subject">The subject's canonical text or name (<c>梅河口</c>, <c>全省</c>).</param>
    /// <param name="asOf">The day of the question.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is default, or <paramref name="subject"/> is null, empty, whitespace or ambiguous.</exception>
    /// <exception cref="KeyNotFoundException">The target or the subject is unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target does not bind the subject (a department, or a county for a province-wide target).</exception>
    public TargetResult Evaluate(TargetId targetId, string subject, LocalDate asOf) => Evaluate(targetId, Subjects.Resolve(subject), asOf);

    /// <summary>Where one target stands for one subject as of <paramref name="asOf"/>.</summary>
    /// <param name="targetId">The target's id.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> or <paramref name="subject"/> is default or unknown to the registries.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such target.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target does not bind the subject (the rule <c>Record</c> applies).</exception>
    public TargetResult Evaluate(TargetId targetId, Subject subject, LocalDate asOf) => Evaluate(targetId, subject, asOf, LocalDate.MaxIsoValue);

    /// <summary>Where one target stood for one subject as of <paramref name="asOf"/>, as known on <paramref name="knownOn"/> (only entries recorded by then count).</summary>
    /// <param name="targetId">The target's id.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> or <paramref name="subject"/> is default or unknown to the registries.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such target.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target does not bind the subject (the rule <c>Record</c> applies).</exception>
    public TargetResult Evaluate(TargetId targetId, Subject subject, LocalDate asOf, LocalDate knownOn)
    {
        Subjects.Require(subject, nameof(subject));
        var target = Catalog.GetTarget(targetId);
        string? misfit;
        lock (rules)
        {
            misfit = rules.Fits(targetId, subject, out _);
        }

        return misfit is null ? Result(target, subject, asOf, knownOn) : throw new ArgumentOutOfRangeException(nameof(subject), subject, misfit);
    }

    /// <summary>A report as of <paramref name="asOf"/> over <paramref name="scope"/>.</summary>
    /// <param name="scope">What the report covers (from <see cref="Scope()"/>).</param>
    /// <param name="asOf">The day of the question.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> was made for another catalog.</exception>
    public ImplementationReport Report(TrackingScope scope, LocalDate asOf) => Report(scope, asOf, Log.LastRecordedOn ?? asOf);

    /// <summary>
    /// A report as of <paramref name="asOf"/> over <paramref name="scope"/>, as it could be issued on
    /// <paramref name="knownOn"/>: only entries recorded on or before that day count, so a report issued once is
    /// reproduced exactly later, whatever was corrected or withdrawn since. The report states both days.
    /// </summary>
    /// <param name="scope">What the report covers (from <see cref="Scope()"/>).</param>
    /// <param name="asOf">The day the report describes.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> was made for another catalog.</exception>
    public ImplementationReport Report(TrackingScope scope, LocalDate asOf, LocalDate knownOn)
    {
        Guard.Against.Null(scope);
        if (!ReferenceEquals(scope.Catalog, Catalog))
        {
            throw new ArgumentException("The scope was made for another catalog; make it with this tracker's Scope().", nameof(scope));
        }

        return new ImplementationReportBuilder(this, scope, asOf, knownOn).Build();
    }

    /// <summary>
    /// What changed between two days of knowledge (the quarter's "since the last report"): every entry recorded after
    /// <paramref name="after"/> and on or before <paramref name="through"/> in <paramref name="scope"/>, with what it
    /// did, and every target and subject whose status as of <paramref name="asOf"/> changed as a result.
    /// </summary>
    /// <param name="scope">What the changes cover.</param>
    /// <param name="asOf">The day the statuses are evaluated for.</param>
    /// <param name="after">The earlier day of knowledge (the last report's).</param>
    /// <param name="through">The later day of knowledge.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> was made for another catalog, or <paramref name="through"/> is before <paramref name="after"/>.</exception>
    public ChangeReport Changes(TrackingScope scope, LocalDate asOf, LocalDate after, LocalDate through)
    {
        Guard.Against.Null(scope);
        if (!ReferenceEquals(scope.Catalog, Catalog))
        {
            throw new ArgumentException("The scope was made for another catalog; make it with this tracker's Scope().", nameof(scope));
        }

        // The scope is asked once per pair (target × subject, measure × reporter), found by its rank in the log, not by
        // hashing each entry's key; the figures' pairs are the only results that can have changed. Ranks follow key
        // order, so the touched pairs come out in target and subject order.
        var (all, pairs) = Log.ChangesWithPairs(after, through);
        var covered = new sbyte[Log.PairCount];
        List<EntryVersion>? kept = null; // made at the first change outside the scope; until then, all are kept
        var touched = new List<int>();
        for (var i = 0; i < all.Length; i++)
        {
            ref var covers = ref covered[pairs[i]];
            if (covers == 0)
            {
                covers = Covers(scope, all[i].Entry.Key) ? (sbyte)1 : (sbyte)-1;
                if (covers > 0 && all[i].Entry.Key.Kind == EntryKind.Figure)
                {
                    touched.Add(pairs[i]);
                }
            }

            if (covers < 0)
            {
                kept ??= [.. all.AsSpan(0, i)];
            }
            else
            {
                kept?.Add(all[i]);
            }
        }

        var entries = kept is null ? ValueList<EntryVersion>.From(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(all)) : kept.ToValueList();
        var statuses = new List<StatusChange>();
        touched.Sort();
        foreach (var pair in touched)
        {
            // A result is a function of the figure in force: where both days of knowledge see the same one, nothing
            // changed and neither needs evaluating.
            var versions = Log.PairVersions(pair);
            var latestBefore = TrackingLog.LatestInForce(versions, asOf, after) as ProgressObservation;
            var latestNow = TrackingLog.LatestInForce(versions, asOf, through) as ProgressObservation;
            if (ReferenceEquals(latestBefore, latestNow))
            {
                continue;
            }

            var key = versions[0].Key;
            var target = Catalog.GetTarget(key.Target);
            var before = Result(target, key.Subject, asOf, latestBefore);
            var now = Result(target, key.Subject, asOf, latestNow);
            if (before.Status != now.Status || before.IsOverdue != now.IsOverdue)
            {
                statuses.Add(new StatusChange { Before = before, After = now });
            }
        }

        return new ChangeReport { Scope = scope, AsOf = asOf, After = after, Through = through, Entries = entries, Statuses = statuses.ToValueList() };
    }

    /// <summary>A report as of today in China Standard Time by <paramref name="clock"/> (see <see cref="Report(TrackingScope, LocalDate)"/>).</summary>
    /// <param name="scope">What the report covers.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> was made for another catalog.</exception>
    public ImplementationReport Report(TrackingScope scope, IClock clock)
    {
        Guard.Against.Null(clock);
        return Report(scope, ComplianceCalendar.Today(clock));
    }

    /// <summary>A report over everything as of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The day of the question.</param>
    public ImplementationReport Report(LocalDate asOf) => Report(Scope(), asOf);

    /// <summary>Readable form: the log's counts.</summary>
    public override string ToString() => $"ImplementationTracker over {Catalog}; {Log}";

    /// <summary>The subjects a target is evaluated for: the province, or every 县(市) plus any county-level division that reported by <paramref name="knownOn"/>.</summary>
    internal IEnumerable<Subject> SubjectsFor(TargetIndicator target, LocalDate knownOn) =>
        target.Binding == TargetBinding.EachCounty
            ? Divisions.Counties.Where(d => d.Kind != DivisionKind.District).Select(d => Subject.OfDivision(d.Code))
                .Union(Log.SubjectsOf(target.Id, knownOn)).Order()
            : [Subject.Province];

    private ImplementationTracker Record(ITrackingEntry entry)
    {
        string? error;
        lock (rules)
        {
            error = Check(entry);
        }

        return error is null
            ? new ImplementationTracker(this, Log.AppendChecked([entry], nameof(entry), withdrawnMustExist: true).Log)
            : throw new ArgumentException($"{entry}: {error}", nameof(entry));
    }

    // The catalog's checks, then whether the entry's 填报单位 may report it (ReportingRights: the rule an app's authorisation asks too).
    private string? Check(ITrackingEntry entry) => (entry switch
    {
        ProgressObservation o => rules.Check(o),
        StatusUpdate u => rules.Check(u),
        _ => rules.Check((Withdrawal)entry),
    }) ?? rules.Refusal(entry.RecordedBy, entry);

    private static bool Covers(TrackingScope scope, EntryKey key) =>
        key.Kind == EntryKind.Figure
            ? scope.Covers(scope.Catalog.GetTarget(key.Target)) && scope.Covers(key.Subject)
            : scope.Covers(scope.Catalog.GetMeasure(key.Measure)) && scope.Covers(key.Subject);

    internal TargetResult Result(TargetIndicator target, Subject subject, LocalDate asOf, LocalDate knownOn) =>
        Result(target, subject, asOf, Log.Latest(target.Id, subject, asOf, knownOn));

    private static TargetResult Result(TargetIndicator target, Subject subject, LocalDate asOf, ProgressObservation? latest)
    {
        var evaluation = latest is null ? null : target.Evaluate(latest.Observation, asOf);
        var status = evaluation?.Status ?? ComplianceStatus.Unreported;
        return new TargetResult
        {
            Target = target,
            Subject = subject,
            Status = status,
            Evaluation = evaluation,
            Latest = latest,
            IsOverdue = target.Deadline is { } deadline && deadline.HasPassed(asOf) && status is ComplianceStatus.NotMet or ComplianceStatus.Unreported,
        };
    }

    internal static SubjectDirectory DirectoryFor(PolicyCatalog catalog) =>
        Directories.GetValue(catalog, c => new SubjectDirectory(DivisionRegistry.Default, c.Departments));
}
