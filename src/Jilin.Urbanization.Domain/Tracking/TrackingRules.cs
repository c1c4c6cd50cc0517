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
    // One figure per target, subject and day: each (target id, subject) pair that fits gets a number once, with its
    // target (so a million entries over a few hundred pairs look the target up, check the subject and the binding a
    // few hundred times), and a day of a pair is one long in a set (16 bytes an entry instead of a tuple holding the
    // id, the subject and the day).
    private readonly Dictionary<(TargetId Target, Subject Subject), (TargetIndicator Target, int Number)> pairs = [];
    private readonly HashSet<long> observed = new(SpreadKeys.Instance);
    private readonly HashSet<(MeasureId, Subject, LocalDate)> reported = [];

    /// <summary>Makes room for <paramref name="observations"/> more observations, so a large log's duplicate set does not grow step by step.</summary>
    public void Reserve(int observations) => observed.EnsureCapacity(observed.Count + observations);

    public string? Check(ProgressObservation o)
    {
        if (!pairs.TryGetValue((o.TargetId, o.Subject), out var pair))
        {
            if (Fits(o, out var target) is { } misfit)
            {
                return misfit;
            }

            pairs[(o.TargetId, o.Subject)] = pair = (target, pairs.Count);
        }

        if (!ObservationRule.TryCheck(pair.Target, o.Value, o.ObservedOn, out var error))
        {
            return error;
        }

        var day = o.ObservedOn;
        return observed.Add(Key(pair.Number, day))
            ? null
            : $"target {o.TargetId} already has a figure for {o.Subject} on {LocalDatePattern.Iso.Format(o.ObservedOn)}; one figure per target, subject and day.";
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

    /// <summary>A day of a numbered (target, subject) pair as one long: the pair above, the packed date below.</summary>
    internal static long Key(int pair, LocalDate day) => ((long)pair << 32) | (uint)((day.Year << 9) | (day.Month << 5) | day.Day);

    /// <summary>Null when the target exists, the subject is known and the target binds it; otherwise what is wrong.</summary>
    private string? Fits(ProgressObservation o, out TargetIndicator target)
    {
        if (!catalog.TryGetTarget(o.TargetId, out target!))
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
        return fits ? null
            : target.Binding == TargetBinding.EachCounty
                ? $"target {target.Id} binds each county ({target.Quote}); report each county's figure with a county-level division as subject, not {o.Subject}."
                : $"target {target.Id} binds the province as a whole ({target.Quote}); report the province's figure (subject {Subject.Province}), not {o.Subject}.";
    }

    private bool Known(Subject subject) =>
        subject.Kind == SubjectKind.Department
            ? catalog.Departments.TryGet(subject.DepartmentId!.Value, out _)
            : subjects.Divisions.TryGet(subject.Division!.Value, out _);

    /// <summary>
    /// Hashes a (pair, day) key over all its bits. <see cref="long.GetHashCode"/> XORs the halves, and the pair number
    /// (low bits of the high half) lands on the month and day (low bits of the low half): a million daily figures
    /// shared about 4,600 hash codes, and every insertion walked a chain of hundreds.
    /// </summary>
    internal sealed class SpreadKeys : IEqualityComparer<long>
    {
        public static readonly SpreadKeys Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => unchecked((int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32));
    }
}
