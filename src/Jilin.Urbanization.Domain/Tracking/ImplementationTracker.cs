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
        var rules = new TrackingRules(catalog, Subjects);
        for (var i = 0; i < log.Observations.Count; i++)
        {
            if (rules.Check(log.Observations[i]) is { } error)
            {
                throw new ArgumentException($"Observation {i} ({log.Observations[i]}): {error}", nameof(log));
            }
        }

        for (var i = 0; i < log.StatusUpdates.Count; i++)
        {
            if (rules.Check(log.StatusUpdates[i]) is { } error)
            {
                throw new ArgumentException($"Status update {i} ({log.StatusUpdates[i]}): {error}", nameof(log));
            }
        }
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

    /// <summary>A tracker with one more observation.</summary>
    /// <param name="observation">The observation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The target is unknown; the subject does not fit the target's binding (a province-wide target takes the province's
    /// figure, a per-county target a county's); the value breaks <see cref="ObservationRule"/>; or the same target,
    /// subject and day are already observed.
    /// </exception>
    public ImplementationTracker Record(ProgressObservation observation)
    {
        Guard.Against.Null(observation);
        return new ImplementationTracker(Catalog, Log.WithObservation(observation));
    }

    /// <summary>A tracker with one more status update.</summary>
    /// <param name="update">The update.</param>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The measure is unknown; the reporter is a department not among the measure's responsible departments (the
    /// message names the measure and its departments), or a division where the document names no local implementer,
    /// or the province; or the same measure, reporter and day are already reported.
    /// </exception>
    public ImplementationTracker Record(StatusUpdate update)
    {
        Guard.Against.Null(update);
        return new ImplementationTracker(Catalog, Log.WithStatusUpdate(update));
    }

    /// <summary>Where one target stands for one subject as of <paramref name="asOf"/>.</summary>
    /// <param name="targetId">The target's id.</param>
    /// <param name="subject">The subject's canonical text or name (<c>梅河口</c>, <c>全省</c>).</param>
    /// <param name="asOf">The day of the question.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is default, or <paramref name="subject"/> is null, empty, whitespace or ambiguous.</exception>
    /// <exception cref="KeyNotFoundException">The target or the subject is unknown.</exception>
    public TargetResult Evaluate(TargetId targetId, string subject, LocalDate asOf) =>
        Result(Catalog.GetTarget(targetId), Subjects.Resolve(subject), asOf);

    /// <summary>Where one target stands for one subject as of <paramref name="asOf"/>.</summary>
    /// <param name="targetId">The target's id.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> or <paramref name="subject"/> is default or unknown to the registries.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such target.</exception>
    public TargetResult Evaluate(TargetId targetId, Subject subject, LocalDate asOf)
    {
        Subjects.Require(subject, nameof(subject));
        return Result(Catalog.GetTarget(targetId), subject, asOf);
    }

    /// <summary>A report as of <paramref name="asOf"/> over <paramref name="scope"/>.</summary>
    /// <param name="scope">What the report covers (from <see cref="Scope()"/>).</param>
    /// <param name="asOf">The day of the question.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> was made for another catalog.</exception>
    public ImplementationReport Report(TrackingScope scope, LocalDate asOf)
    {
        Guard.Against.Null(scope);
        if (!ReferenceEquals(scope.Catalog, Catalog))
        {
            throw new ArgumentException("The scope was made for another catalog; make it with this tracker's Scope().", nameof(scope));
        }

        return new ImplementationReportBuilder(this, scope, asOf).Build();
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

    /// <summary>The subjects a target is evaluated for: the province, or every 县(市) plus any county-level division that reported.</summary>
    internal IEnumerable<Subject> SubjectsFor(TargetIndicator target) =>
        target.Binding == TargetBinding.EachCounty
            ? Divisions.Counties.Where(d => d.Kind != DivisionKind.District).Select(d => Subject.OfDivision(d.Code))
                .Union(Log.SubjectsOf(target.Id)).Order()
            : [Subject.Province];

    internal TargetResult Result(TargetIndicator target, Subject subject, LocalDate asOf)
    {
        var latest = Log.Latest(target.Id, subject, asOf);
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
