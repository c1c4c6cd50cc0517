using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Queries;

namespace Jilin.Urbanization.Domain.Catalog;

public sealed partial class PolicyCatalog
{
    /// <summary>
    /// Finds a department by what a user writes: id (<c>housing-urban-rural-development</c>), any name the documents
    /// use (<c>省住房城乡建设厅</c>, <c>吉林省住房和城乡建设厅</c>), a curated abbreviation (<c>住建厅</c>) or the English
    /// name; see <see cref="DepartmentRegistry.Resolve"/>.
    /// </summary>
    /// <param name="idOrName">A department id or name.</param>
    /// <exception cref="ArgumentException"><paramref name="idOrName"/> is null, empty or whitespace.</exception>
    /// <exception cref="DepartmentNotFoundException">Neither an id nor a name; the message lists the nearest names.</exception>
    public Department FindDepartment(string idOrName)
    {
        Guard.Against.NullOrWhiteSpace(idOrName);
        return Departments.TryGet(idOrName, out var byId) ? byId : Departments.Resolve(idOrName);
    }

    /// <summary>The measures a department leads (牵头部门), in catalog order; an index hit, not a scan.</summary>
    /// <param name="department">A department id or name.</param>
    /// <param name="documentId">Only this document's measures, or null for every document.</param>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace, or <paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="DepartmentNotFoundException">No such department.</exception>
    /// <exception cref="KeyNotFoundException">No document has id <paramref name="documentId"/>.</exception>
    public IReadOnlyList<Measure> MeasuresLedBy(string department, DocumentId? documentId = null)
    {
        // A registered id is never blank, so a hit skips the whitespace scan of the guard (look-ups by id are hot).
        if (department is not null && indexes.TryGetByDepartmentId(department, out var hit))
        {
            return InDocument(hit.Led, documentId);
        }

        Guard.Against.NullOrWhiteSpace(department);
        return InDocument(indexes.LedBy(FindDepartment(department).Id.ToString()), documentId);
    }

    /// <summary>The measures a department leads (牵头部门), in catalog order; an index hit, not a scan.</summary>
    /// <param name="department">A department id.</param>
    /// <param name="documentId">Only this document's measures, or null for every document.</param>
    /// <returns>The measures.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is <c>default</c>, or <paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="DepartmentNotFoundException">No department has that id.</exception>
    /// <exception cref="KeyNotFoundException">No document has id <paramref name="documentId"/>.</exception>
    public IReadOnlyList<Measure> MeasuresLedBy(DepartmentId department, DocumentId? documentId = null) =>
        // No hashing for a registered id: the id carries its hash (a default id is in no table, so it reaches Get and its exception).
        indexes.TryGetByDepartmentId(department, out var hit)
            ? InDocument(hit.Led, documentId)
            : MeasuresLedBy(Departments.Get(department).Id.ToString(), documentId);

    /// <summary>The measures that list a department in any role (lead or not), in catalog order.</summary>
    /// <param name="department">A department id.</param>
    /// <param name="documentId">Only this document's measures, or null for every document.</param>
    /// <returns>The measures.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is <c>default</c>, or <paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="DepartmentNotFoundException">No department has that id.</exception>
    /// <exception cref="KeyNotFoundException">No document has id <paramref name="documentId"/>.</exception>
    public IReadOnlyList<Measure> MeasuresInvolving(DepartmentId department, DocumentId? documentId = null) =>
        indexes.TryGetByDepartmentId(department, out var hit)
            ? InDocument(hit.Involving, documentId)
            : MeasuresInvolving(Departments.Get(department).Id.ToString(), documentId);

    /// <summary>The measures that list a department in any role (lead or not), in catalog order.</summary>
    /// <param name="department">A department id or name.</param>
    /// <param name="documentId">Only this document's measures, or null for every document.</param>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace, or <paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="DepartmentNotFoundException">No such department.</exception>
    /// <exception cref="KeyNotFoundException">No document has id <paramref name="documentId"/>.</exception>
    public IReadOnlyList<Measure> MeasuresInvolving(string department, DocumentId? documentId = null)
    {
        // A registered id is never blank, so a hit skips the whitespace scan of the guard (look-ups by id are hot).
        if (department is not null && indexes.TryGetByDepartmentId(department, out var hit))
        {
            return InDocument(hit.Involving, documentId);
        }

        Guard.Against.NullOrWhiteSpace(department);
        return InDocument(indexes.Involving(FindDepartment(department).Id.ToString()), documentId);
    }

    /// <summary>
    /// Departments ranked by the number of measures they lead, then by the number they are involved in, then by id.
    /// Departments listed by no measure are left out.
    /// </summary>
    /// <param name="documentId">Only this document's measures, or null for every document.</param>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No document has id <paramref name="documentId"/>.</exception>
    public IReadOnlyList<DepartmentWorkload> RankDepartments(DocumentId? documentId = null)
    {
        var document = DocumentArgument(documentId, nameof(documentId));
        return Departments.All
            .Select(d => new DepartmentWorkload(d, InDocument(indexes.LedBy(d.Id.ToString()), document).Count, InDocument(indexes.Involving(d.Id.ToString()), document).Count))
            .Where(w => w.Involved > 0)
            .OrderByDescending(w => w.Led)
            .ThenByDescending(w => w.Involved)
            .ThenBy(w => w.Department.Id)
            .ToValueList();
    }

    /// <summary>The departments that most often share measures with <paramref name="department"/>, most first, then by id.</summary>
    /// <param name="department">A department id or name.</param>
    /// <param name="documentId">Only this document's measures, or null for every document.</param>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace, or <paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="DepartmentNotFoundException">No such department.</exception>
    /// <exception cref="KeyNotFoundException">No document has id <paramref name="documentId"/>.</exception>
    public IReadOnlyList<DepartmentPartner> PartnersOf(string department, DocumentId? documentId = null)
    {
        Guard.Against.NullOrWhiteSpace(department);
        var self = FindDepartment(department);
        return MeasuresInvolving(self.Id.ToString(), documentId)
            .SelectMany(m => m.Responsibility.Departments.Select(x => x.Department).Where(d => d.Id != self.Id).DistinctBy(d => d.Id))
            .GroupBy(d => d.Id)
            .Select(g => new DepartmentPartner(g.First(), g.Count()))
            .OrderByDescending(p => p.SharedMeasures)
            .ThenBy(p => p.Department.Id)
            .ToValueList();
    }

    private ValueList<Measure> InDocument(ValueList<Measure> measures, DocumentId? documentId) =>
        InDocument(measures, DocumentArgument(documentId, nameof(documentId)));

    // The filtering lambda lives in a method of its own: a captured local makes C# allocate its closure on entry to
    // the scope that declares it, so every look-up without a document paid 24 bytes for a closure it never used.
    private static ValueList<Measure> InDocument(ValueList<Measure> measures, PolicyDocument? document) =>
        document is null ? measures : OfDocument(measures, document.Id);

    private static ValueList<Measure> OfDocument(ValueList<Measure> measures, DocumentId id) =>
        measures.Where(m => m.DocumentId == id).ToValueList();
}
