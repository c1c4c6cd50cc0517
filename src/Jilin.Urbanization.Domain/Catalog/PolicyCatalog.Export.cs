using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Catalog;

public sealed partial class PolicyCatalog
{
    /// <summary>Measures as a table to export (CSV, JSON, Markdown): every measure, or the ones given (e.g. a query), in the order given.</summary>
    /// <param name="measures">The measures, or null for every measure of the catalog.</param>
    /// <exception cref="ArgumentNullException">A measure is null.</exception>
    /// <exception cref="KeyNotFoundException">A measure is not in this catalog.</exception>
    public MeasureTable ExportMeasures(IEnumerable<Measure>? measures = null) => MeasureTable.From(this, measures ?? Measures);

    /// <summary>Every department, with its workload, as a table to export.</summary>
    /// <param name="documentId">Count only this document's measures, or null for every document.</param>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No document has id <paramref name="documentId"/>.</exception>
    public DepartmentTable ExportDepartments(DocumentId? documentId = null) => DepartmentTable.From(this, documentId);

    /// <summary>Every place, with the measures that name it, as a table to export.</summary>
    public PlaceTable ExportPlaces() => PlaceTable.From(this);

    /// <summary>Target indicators as a table to save as CSV, JSON or Markdown.</summary>
    /// <param name="targets">The targets to export (e.g. <c>TargetsDueBy(...)</c>); null for every target of the catalog.</param>
    /// <exception cref="ArgumentNullException">A target is null.</exception>
    /// <exception cref="KeyNotFoundException">A target's measure is not in this catalog.</exception>
    public TargetTable ExportTargets(IEnumerable<TargetIndicator>? targets = null) => TargetTable.From(this, targets ?? Targets);
}
