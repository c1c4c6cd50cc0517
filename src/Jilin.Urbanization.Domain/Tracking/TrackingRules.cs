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
    // Each (target id, subject) pair that fits gets its target once, so a million entries over a few hundred pairs look
    // the target up, check the subject and the binding a few hundred times. One version per key and recording day is
    // the ledger's rule (Ledger), not this class's: these checks are about the catalog only.
    private readonly Dictionary<(TargetId Target, Subject Subject), TargetIndicator> pairs = [];

    /// <summary>The first day an entry may be dated or recorded on (the readers' and the tracker's one range).</summary>
    public static readonly LocalDate Earliest = new(2000, 1, 1);

    /// <summary>The last day an entry may be dated or recorded on.</summary>
    public static readonly LocalDate Latest = new(2100, 12, 31);

    /// <summary>The range in messages.</summary>
    public const string RangeText = "2000-01-01 to 2100-12-31";

    /// <summary>Null when the figure fits the catalog (target, binding, unit and range, days); otherwise what is wrong.</summary>
    public string? Check(ProgressObservation o) =>
        CheckPlace(o, out var target) ?? (ObservationRule.TryCheck(target, o.Value, o.ObservedOn, out var error) ? null : error);

    /// <summary>
    /// <see cref="Check(ProgressObservation)"/> without the value rule, for a reader that applied <see cref="ObservationRule"/>
    /// itself (to point at the field that breaks it): target and binding, days, reporting body.
    /// </summary>
    public string? CheckPlace(ProgressObservation o, out TargetIndicator target)
    {
        if (!pairs.TryGetValue((o.TargetId, o.Subject), out target!))
        {
            if (Fits(o.TargetId, o.Subject, out target) is { } misfit)
            {
                return misfit;
            }

            pairs[(o.TargetId, o.Subject)] = target;
        }

        return Dated(o) ?? By(o);
    }

    /// <summary>Null when the withdrawn key fits the catalog (as its figure or status would) and its days are in range; otherwise what is wrong.</summary>
    public string? Check(Withdrawal w)
    {
        var key = w.Entry;
        if (key.Kind == EntryKind.Figure)
        {
            if (!pairs.ContainsKey((key.Target, key.Subject)) && Fits(key.Target, key.Subject, out var target) is { } misfit)
            {
                return misfit;
            }
        }
        else if (Responsible(key.Measure, key.Subject) is { } irresponsible)
        {
            return irresponsible;
        }

        return Dated(w) ?? By(w);
    }

    /// <summary>Null when an entry's days (the day it is about, the day it was recorded) are within the range every reader accepts.</summary>
    public static string? Dated(ITrackingEntry entry)
    {
        var day = entry.Key.Day;
        if (day < Earliest || day > Latest)
        {
            return $"{LocalDatePattern.Iso.Format(day)} is out of range: entries are dated {RangeText}.";
        }

        return entry.RecordedOn > Latest
            ? $"recorded on {LocalDatePattern.Iso.Format(entry.RecordedOn)}, out of range: entries are recorded {RangeText}."
            : null;
    }

    public string? Check(StatusUpdate u) =>
        Responsible(u.Measure, u.Reporter) ?? Dated(u) ?? By(u);

    /// <summary>Null when the body that recorded the entry is a division of Jilin or a department.</summary>
    private string? By(ITrackingEntry entry) =>
        Known(entry.RecordedBy) ? null : $"the reporting body {entry.RecordedBy} is no division of Jilin and no department.";

    /// <summary>
    /// Null when <paramref name="reporter"/> may report the status of <paramref name="measureId"/>: a responsible
    /// department, or a county or city government where the document makes local governments implementers (the one
    /// check behind the tracker, the readers and "may this body report this").
    /// </summary>
    public string? Responsible(MeasureId measureId, Subject reporter)
    {
        if (!catalog.TryGetMeasure(measureId, out var measure))
        {
            return $"no measure has the id '{measureId}'.";
        }

        if (!Known(reporter))
        {
            return $"the reporter {reporter} is no division of Jilin and no department.";
        }

        var document = catalog.GetDocument(measure.DocumentId);
        return reporter.Kind switch
        {
            SubjectKind.Department when !measure.Responsibility.Involves(reporter.DepartmentId!.Value) =>
                $"{subjects.NameOf(reporter)} is not responsible for measure {measure.Id}; its departments are {string.Join("、", measure.Responsibility.Departments.Select(d => d.Department.Name))}.",
            SubjectKind.County or SubjectKind.Prefecture when document.ImplicitImplementer is null =>
                $"measure {measure.Id} names no local government as implementer; its departments are {string.Join("、", measure.Responsibility.Departments.Select(d => d.Department.Name))}.",
            SubjectKind.Province =>
                $"the province as a whole does not report; a responsible department does ({string.Join("、", measure.Responsibility.Departments.Select(d => d.Department.Name))}).",
            _ => null,
        };
    }

    /// <summary>
    /// Null when <paramref name="caller"/> may report <paramref name="entry"/> (the rule <see cref="ReportingRights"/>
    /// states); otherwise why not. The tracker asks it of each entry's 填报单位, an application of its caller.
    /// </summary>
    public string? Refusal(Subject caller, ITrackingEntry entry)
    {
        if (caller.IsDefault || !Known(caller))
        {
            return $"the reporting body {(caller.IsDefault ? "(none)" : caller.ToString())} is no division of Jilin and no department.";
        }

        if (caller == Subject.Province)
        {
            return null; // the provincial office reports everything
        }

        var name = subjects.NameOf(caller);
        if (entry.RecordedBy != caller)
        {
            return $"{name} ({caller}) reports only in its own name; the entry's 填报单位 (recordedBy) is {entry.RecordedBy}.";
        }

        var key = entry.Key;
        if (key.Kind == EntryKind.Status)
        {
            // A status is reported by its reporter, who must be responsible for the measure (the tracker's status check).
            return key.Subject != caller
                ? $"{name} ({caller}) reports only its own status of a measure, not that of {Named(key.Subject)}."
                : Responsible(key.Measure, caller);
        }

        if (caller.Kind == SubjectKind.Department)
        {
            if (!catalog.TryGetMeasure(key.Target.Measure, out var measure))
            {
                return $"no target has the id '{key.Target}'.";
            }

            return measure.Responsibility.Involves(caller.DepartmentId!.Value) ? null
                : $"{name} is not responsible for measure {measure.Id}, so it does not report the figures of target {key.Target}; its departments are {string.Join("、", measure.Responsibility.Departments.Select(d => d.Department.Name))}.";
        }

        return key.Subject == caller ? null
            : $"{name} ({caller}) reports only its own figures, not those of {Named(key.Subject)}.";
    }

    /// <summary>A day of a numbered pair as one long: the pair above, the packed date below.</summary>
    internal static long Key(long pair, LocalDate day) => ((long)pair << 32) | (uint)((day.Year << 9) | (day.Month << 5) | day.Day);

    /// <summary>
    /// Null when the target exists, the subject is known and the target binds it; otherwise what is wrong. The one
    /// binding check of <c>Record</c>, the readers and <c>Evaluate</c>.
    /// </summary>
    public string? Fits(TargetId targetId, Subject subject, out TargetIndicator target)
    {
        if (!catalog.TryGetTarget(targetId, out target!))
        {
            return $"no target has the id '{targetId}'; ids are '<measure-id>/t<n>', e.g. 'jilin-2022-county-urbanization/68/t1'.";
        }

        if (!Known(subject))
        {
            return $"the subject {subject} is no division of Jilin and no department.";
        }

        var fits = target.Binding == TargetBinding.EachCounty
            ? subject.Kind == SubjectKind.County
            : subject.Kind == SubjectKind.Province;
        return fits ? null
            : target.Binding == TargetBinding.EachCounty
                ? $"target {target.Id} binds each county ({target.Quote}); report each county's figure with a county-level division as subject, not {Named(subject)}."
                : $"target {target.Id} binds the province as a whole ({target.Quote}); report the province's figure (subject {Named(Subject.Province)}), not {Named(subject)}.";
    }

    /// <summary>A subject in a message: its name with its code beside it (<c>梅河口市 (220581)</c>), or its code when unknown.</summary>
    private string Named(Subject subject) => Known(subject) ? $"{subjects.NameOf(subject)} ({subject})" : subject.ToString();

    public bool Known(Subject subject) =>
        subject.Kind == SubjectKind.Department
            ? catalog.Departments.TryGet(subject.DepartmentId!.Value, out _)
            : subjects.Divisions.TryGet(subject.Division!.Value, out _);
}
