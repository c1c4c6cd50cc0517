using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>Measures as a table: id, position, group title (Chinese and unofficial English), text, responsibility, lead, departments, places.</summary>
public sealed class MeasureTable : ExportTable<MeasureRow>
{
    private static readonly ValueList<TableColumn<MeasureRow>> AllColumns = new TableColumn<MeasureRow>[]
    {
        new("id", r => r.Id),
        new("documentId", r => r.DocumentId),
        new("number", r => r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("chapter", r => r.Chapter.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("group", r => r.Group.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("groupTitle", r => r.GroupTitle),
        new("groupTitleUnofficialEnglish", r => r.GroupTitleUnofficialEnglish),
        new("text", r => r.Text),
        new("responsibility", r => r.Responsibility),
        new("mode", r => r.Mode),
        new("leadId", r => r.LeadId ?? string.Empty),
        new("lead", r => r.Lead ?? string.Empty),
        new("departments", r => JoinList(r.Departments)),
        new("places", r => JoinList(r.Places)),
    }.ToValueList();

    private MeasureTable(IEnumerable<MeasureRow> rows)
        : base(rows)
    {
    }

    /// <inheritdoc/>
    public override ValueList<TableColumn<MeasureRow>> Columns => AllColumns;

    /// <inheritdoc/>
    public override string Name => "measures";

    /// <inheritdoc/>
    protected override JsonTypeInfo<IReadOnlyList<MeasureRow>> JsonTypeInfo => ExportJsonContext.Readable.IReadOnlyListMeasureRow;

    /// <summary>A table of measures of a catalog, in the order given.</summary>
    /// <param name="catalog">The catalog the measures belong to (for group titles, labels and places).</param>
    /// <param name="measures">The measures, e.g. a <c>MeasureQuery</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or a measure is null.</exception>
    /// <exception cref="KeyNotFoundException">A measure is not in <paramref name="catalog"/>.</exception>
    public static MeasureTable From(PolicyCatalog catalog, IEnumerable<Measure> measures)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(measures);
        return new MeasureTable(measures.Select(measure =>
        {
            Guard.Against.Null(measure, nameof(measures));
            var group = catalog.GetDocument(measure.DocumentId).GetGroup(measure.GroupNumber);
            var responsibility = measure.Responsibility;
            return new MeasureRow(
                measure.Id.ToString(),
                measure.DocumentId.ToString(),
                measure.Number,
                measure.ChapterNumber,
                measure.GroupNumber,
                group.CorrectedTitle,
                catalog.Labels.Of(group).English,
                measure.Text,
                responsibility.Text,
                responsibility.Mode.ToString(),
                responsibility.Lead?.Id.ToString(),
                responsibility.Lead?.Name,
                responsibility.Departments.Select(d => d.Department.Name).ToValueList(),
                catalog.PlacesIn(measure.Id).Select(p => p.Name).ToValueList());
        }).ToList());
    }
}
