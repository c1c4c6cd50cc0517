using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using TargetId = Jilin.Urbanization.Domain.Targets.TargetId;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// What makes a tracking entry fit the catalog, in one place for the tracker and the readers: each check answers
/// null (fits) or what is wrong, so the tracker can throw <see cref="ArgumentException"/> and readers
/// <see cref="PolicyDataException"/> with the same words.
/// </summary>
internal sealed class TrackingRules(PolicyCatalog catalog, SubjectDirectory subjects)
{
    // One figure per target, subject and day: each (target, subject) pair gets a number, and a day of a pair is one
    // long in a set (16 bytes an entry instead of a tuple holding the id, the subject and the day).
    private readonly Dictionary<(TargetIndicator Target, Subject Subject), int> pairs = new(PairComparer.Instance);
    private readonly HashSet<long> observed = [];
    private readonly HashSet<(MeasureId, Subject, LocalDate)> reported = [];

    public string? Check(ProgressObservation o)
    {
        if (!catalog.TryGetTarget(o.TargetId, out var target))
        {
            return $"no target has the id '{o.TargetId}'; ids are '<measure-id>/t<n>', e.g. 'jilin-2022-county-urbanization/68/t1'.";
        }

        if (!Known(o.Subject))
        {
            return $"the subject {o.Subject} is no division of Jilin and no department.";
        }

        var fits = target.Binding == TargetBinding.EachCounty
            ? o.Subject.Kind == SubjectKind.County
            : o.Subject.Kind == SubjectKind.Province;
        if (!fits)
        {
            return target.Binding == TargetBinding.EachCounty
                ? $"target {target.Id} binds each county ({target.Quote}); report each county's figure with a county-level division as subject, not {o.Subject}."
                : $"target {target.Id} binds the province as a whole ({target.Quote}); report the province's figure (subject {Subject.Province}), not {o.Subject}.";
        }

        if (!ObservationRule.TryCheck(target, o.Observation, out var error))
        {
            return error;
        }

        if (!pairs.TryGetValue((target, o.Subject), out var pair))
        {
            pairs[(target, o.Subject)] = pair = pairs.Count;
        }

        var day = o.Observation.ObservedOn;
        return observed.Add(((long)pair << 32) | (uint)((day.Year << 9) | (day.Month << 5) | day.Day))
            ? null
            : $"target {o.TargetId} already has a figure for {o.Subject} on {LocalDatePattern.Iso.Format(o.Observation.ObservedOn)}; one figure per target, subject and day.";
    }

    public string? Check(StatusUpdate u)
    {
        if (!catalog.TryGetMeasure(u.Measure, out var measure))
        {
            return $"no measure has the id '{u.Measure}'.";
        }

        if (!Known(u.Reporter))
        {
            return $"the reporter {u.Reporter} is no division of Jilin and no department.";
        }

        var document = catalog.GetDocument(measure.DocumentId);
        switch (u.Reporter.Kind)
        {
            case SubjectKind.Department when !measure.Responsibility.Involves(u.Reporter.DepartmentId!.Value):
                return $"{subjects.NameOf(u.Reporter)} is not responsible for measure {measure.Id}; its departments are {string.Join("、", measure.Responsibility.Departments.Select(d => d.Department.Name))}.";
            case SubjectKind.County or SubjectKind.Prefecture when document.ImplicitImplementer is null:
                return $"measure {measure.Id} names no local government as implementer; its departments are {string.Join("、", measure.Responsibility.Departments.Select(d => d.Department.Name))}.";
            case SubjectKind.Province:
                return $"the province as a whole does not report; a responsible department does ({string.Join("、", measure.Responsibility.Departments.Select(d => d.Department.Name))}).";
        }

        return reported.Add((u.Measure, u.Reporter, u.ReportedOn))
            ? null
            : $"{u.Reporter} already reported on {u.Measure} on {LocalDatePattern.Iso.Format(u.ReportedOn)}; one update per measure, reporter and day.";
    }

    private bool Known(Subject subject) =>
        subject.Kind == SubjectKind.Department
            ? catalog.Departments.TryGet(subject.DepartmentId!.Value, out _)
            : subjects.Divisions.TryGet(subject.Division!.Value, out _);

    /// <summary>Targets by reference (the catalog holds one instance per id), subjects by value.</summary>
    private sealed class PairComparer : IEqualityComparer<(TargetIndicator Target, Subject Subject)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((TargetIndicator Target, Subject Subject) x, (TargetIndicator Target, Subject Subject) y) =>
            ReferenceEquals(x.Target, y.Target) && x.Subject == y.Subject;

        public int GetHashCode((TargetIndicator Target, Subject Subject) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Target), obj.Subject);
    }
}
