using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>Departments as a table: names (English unofficial), kind, and how many measures each leads and is involved in.</summary>
public sealed class DepartmentTable : ExportTable<DepartmentRow>
{
    private static readonly ValueList<TableColumn<DepartmentRow>> AllColumns = new TableColumn<DepartmentRow>[]
    {
        new("id", r => r.Id),
        new("name", r => r.Name),
        new("fullName", r => r.FullName),
        new("unofficialEnglishName", r => r.UnofficialEnglishName),
        new("kind", r => r.Kind),
        new("led", r => r.Led.ToString(CultureInfo.InvariantCulture)),
        new("involved", r => r.Involved.ToString(CultureInfo.InvariantCulture)),
        new("aliases", r => JoinList(r.Aliases)),
    }.ToValueList();

    private DepartmentTable(IEnumerable<DepartmentRow> rows)
        : base(rows)
    {
    }

    /// <inheritdoc/>
    public override ValueList<TableColumn<DepartmentRow>> Columns => AllColumns;

    /// <inheritdoc/>
    public override string Name => "departments";

    /// <inheritdoc/>
    protected override JsonTypeInfo<IReadOnlyList<DepartmentRow>> JsonTypeInfo => ExportJsonContext.Readable.IReadOnlyListDepartmentRow;

    /// <summary>Every department of a catalog's registry, in registry order, with its counts.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="documentId">Count only this document's measures, or null for every document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No document has id <paramref name="documentId"/>.</exception>
    public static DepartmentTable From(PolicyCatalog catalog, DocumentId? documentId = null)
    {
        Guard.Against.Null(catalog);
        catalog.DocumentArgument(documentId, nameof(documentId));
        return new DepartmentTable(catalog.Departments.All.Select(d => new DepartmentRow(
            d.Id.ToString(),
            d.Name,
            d.FullName,
            d.EnglishName,
            d.Kind.ToString(),
            catalog.MeasuresLedBy(d.Id.ToString(), documentId).Count,
            catalog.MeasuresInvolving(d.Id.ToString(), documentId).Count,
            d.Aliases)).ToList());
    }
}
