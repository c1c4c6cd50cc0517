using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using DocumentId = Jilin.Urbanization.Domain.Documents.DocumentId;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// What a report covers: documents, chapters, groups, measures, targets, a lead or involved department, subjects.
/// Conditions combine with <em>and</em>; within one kind (two documents, two departments) with <em>or</em>. Names are
/// resolved when the condition is added, with the catalog's one rule for names, so an unknown name fails at once.
/// Immutable: each method returns a new scope. <see cref="Everything(PolicyCatalog)"/> starts one.
/// </summary>
public sealed record TrackingScope
{
    private TrackingScope(PolicyCatalog catalog) => Catalog = catalog;

    /// <summary>The catalog names are resolved against.</summary>
    public PolicyCatalog Catalog { get; }

    /// <summary>The documents, or empty for all.</summary>
    public ValueList<DocumentId> Documents { get; private init; } = ValueList<DocumentId>.Empty;

    /// <summary>The chapters as (document, number), or empty for all.</summary>
    public ValueList<(DocumentId Document, int Chapter)> Chapters { get; private init; } = ValueList<(DocumentId, int)>.Empty;

    /// <summary>The groups as (document, number), or empty for all.</summary>
    public ValueList<(DocumentId Document, int Group)> Groups { get; private init; } = ValueList<(DocumentId, int)>.Empty;

    /// <summary>The measures, or empty for all.</summary>
    public ValueList<MeasureId> Measures { get; private init; } = ValueList<MeasureId>.Empty;

    /// <summary>The targets' ids, or empty for all.</summary>
    public ValueList<TargetId> Targets { get; private init; } = ValueList<TargetId>.Empty;

    /// <summary>Departments one of which must lead (牵头部门) the measure, or empty.</summary>
    public ValueList<Department> LeadDepartments { get; private init; } = ValueList<Department>.Empty;

    /// <summary>Departments one of which must be responsible for the measure in any role, or empty.</summary>
    public ValueList<Department> InvolvedDepartments { get; private init; } = ValueList<Department>.Empty;

    /// <summary>The subjects (counties, prefectures, the province, departments) reported on, or empty for all.</summary>
    public ValueList<Subject> Subjects { get; private init; } = ValueList<Subject>.Empty;

    /// <summary>A scope over everything in <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static TrackingScope Everything(PolicyCatalog catalog) => new(Guard.Against.Null(catalog));

    /// <summary>Narrows to a document.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is default.</exception>
    /// <exception cref="KeyNotFoundException">No document has the id.</exception>
    public TrackingScope InDocument(DocumentId documentId) => this with { Documents = Plus(Documents, Catalog.DocumentArgument(documentId, nameof(documentId)).Id) };

    /// <summary>Narrows to a chapter (一、…) of a document.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <param name="chapter">The chapter's number.</param>
    /// <returns>The narrower scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No such document.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such chapter.</exception>
    public TrackingScope InChapter(DocumentId documentId, int chapter)
    {
        var document = Catalog.DocumentArgument(documentId, nameof(documentId));
        document.GetChapter(chapter);
        return this with { Chapters = Plus(Chapters, (document.Id, chapter)) };
    }

    /// <summary>Narrows to a measure group ((一)…) of a document.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <param name="group">The group's number.</param>
    /// <returns>The narrower scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No such document.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such group.</exception>
    public TrackingScope InGroup(DocumentId documentId, int group)
    {
        var document = Catalog.DocumentArgument(documentId, nameof(documentId));
        document.GetGroup(group);
        return this with { Groups = Plus(Groups, (document.Id, group)) };
    }

    /// <summary>Narrows to a measure.</summary>
    /// <param name="measure">The measure's id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is default.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such measure.</exception>
    public TrackingScope ForMeasure(MeasureId measure) => this with { Measures = Plus(Measures, Catalog.GetMeasure(measure).Id) };

    /// <summary>Narrows to a target.</summary>
    /// <param name="targetId">The target's id.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is default.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such target.</exception>
    public TrackingScope ForTarget(TargetId targetId) => this with { Targets = Plus(Targets, Catalog.GetTarget(targetId).Id) };

    /// <summary>Narrows to measures led (牵头) by a department: its id or any of its names.</summary>
    /// <param name="department">The department's id or name.</param>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace.</exception>
    /// <exception cref="DepartmentNotFoundException">No department has the id or name.</exception>
    public TrackingScope LedBy(string department) => this with { LeadDepartments = Plus(LeadDepartments, Catalog.FindDepartment(department)) };

    /// <summary>Narrows to measures a department is responsible for in any role: its id or any of its names.</summary>
    /// <param name="department">The department's id or name.</param>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace.</exception>
    /// <exception cref="DepartmentNotFoundException">No department has the id or name.</exception>
    public TrackingScope Involving(string department) => this with { InvolvedDepartments = Plus(InvolvedDepartments, Catalog.FindDepartment(department)) };

    /// <summary>Narrows to a subject: its canonical text or name (<c>梅河口</c>, <c>220581</c>, <c>住建厅</c>, <c>全省</c>).</summary>
    /// <param name="subject">The subject's text.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is null, empty or whitespace, or ambiguous.</exception>
    /// <exception cref="SubjectNotFoundException">The text names no subject.</exception>
    public TrackingScope ForSubject(string subject) => ForSubject(ImplementationTracker.DirectoryFor(Catalog).Resolve(subject));

    /// <summary>Narrows to a subject.</summary>
    /// <param name="subject">The subject.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is default or unknown.</exception>
    public TrackingScope ForSubject(Subject subject)
    {
        ImplementationTracker.DirectoryFor(Catalog).Require(subject, nameof(subject));
        return this with { Subjects = Plus(Subjects, subject) };
    }

    /// <summary>True when <paramref name="measure"/> is in scope.</summary>
    /// <param name="measure">The measure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public bool Covers(Measure measure)
    {
        Guard.Against.Null(measure);
        return (Documents.Count == 0 || Documents.Contains(measure.DocumentId))
            && (Chapters.Count == 0 || Chapters.Contains((measure.DocumentId, measure.ChapterNumber)))
            && (Groups.Count == 0 || Groups.Contains((measure.DocumentId, measure.GroupNumber)))
            && (Measures.Count == 0 || Measures.Contains(measure.Id))
            && (LeadDepartments.Count == 0 || (measure.Responsibility.Lead is { } lead && LeadDepartments.Any(d => d.Id == lead.Id)))
            && (InvolvedDepartments.Count == 0 || InvolvedDepartments.Any(d => measure.Responsibility.Involves(d.Id)))
            && (Targets.Count == 0 || measure.Targets.Any(t => Targets.Contains(t.Id)));
    }

    /// <summary>True when <paramref name="target"/> is in scope (its measure is, and the target list allows it).</summary>
    /// <param name="target">The target.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public bool Covers(TargetIndicator target)
    {
        Guard.Against.Null(target);
        return (Targets.Count == 0 || Targets.Contains(target.Id)) && Covers(Catalog.GetMeasure(target.MeasureId));
    }

    /// <summary>True when <paramref name="subject"/> is in scope.</summary>
    /// <param name="subject">The subject.</param>
    public bool Covers(Subject subject) => Subjects.Count == 0 || Subjects.Contains(subject);

    /// <summary>Readable form: the conditions.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Documents.Count > 0) parts.Add("documents " + string.Join("/", Documents));
        if (Chapters.Count > 0) parts.Add("chapters " + string.Join("/", Chapters.Select(c => $"{c.Document}#{c.Chapter}")));
        if (Groups.Count > 0) parts.Add("groups " + string.Join("/", Groups.Select(g => $"{g.Document}#{g.Group}")));
        if (Measures.Count > 0) parts.Add("measures " + string.Join("/", Measures));
        if (Targets.Count > 0) parts.Add("targets " + string.Join("/", Targets));
        if (LeadDepartments.Count > 0) parts.Add("led by " + string.Join("/", LeadDepartments.Select(d => d.Name)));
        if (InvolvedDepartments.Count > 0) parts.Add("involving " + string.Join("/", InvolvedDepartments.Select(d => d.Name)));
        if (Subjects.Count > 0) parts.Add("subjects " + string.Join("/", Subjects.Select(s => $"{ImplementationTracker.DirectoryFor(Catalog).NameOf(s)} ({s})")));
        return parts.Count == 0 ? "everything" : string.Join("; ", parts);
    }

    private static ValueList<T> Plus<T>(ValueList<T> list, T item) => ValueList<T>.From(list.AsImmutableArray().Add(item));

    /// <inheritdoc/>
    public bool Equals(TrackingScope? other) =>
        other is not null && ReferenceEquals(Catalog, other.Catalog) && Documents.Equals(other.Documents) && Chapters.Equals(other.Chapters)
        && Groups.Equals(other.Groups) && Measures.Equals(other.Measures) && Targets.Equals(other.Targets)
        && LeadDepartments.Equals(other.LeadDepartments) && InvolvedDepartments.Equals(other.InvolvedDepartments) && Subjects.Equals(other.Subjects);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Documents, Measures, Targets, Subjects);
}
