using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>Places as a table: names, kind, province, English name (unofficial), and the measures that name each.</summary>
public sealed class PlaceTable : ExportTable<PlaceRow>
{
    private static readonly ValueList<TableColumn<PlaceRow>> AllColumns = new TableColumn<PlaceRow>[]
    {
        new("id", r => r.Id),
        new("name", r => r.Name),
        new("fullName", r => r.FullName),
        new("kind", r => r.Kind),
        new("province", r => r.Province ?? string.Empty),
        new("unofficialEnglishName", r => r.UnofficialEnglishName),
        new("aliases", r => JoinList(r.Aliases)),
        new("mentions", r => r.Mentions.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("measures", r => JoinList(r.Measures)),
    }.ToValueList();

    private PlaceTable(IEnumerable<PlaceRow> rows)
        : base(rows)
    {
    }

    /// <inheritdoc/>
    public override ValueList<TableColumn<PlaceRow>> Columns => AllColumns;

    /// <inheritdoc/>
    public override string Name => "places";

    /// <inheritdoc/>
    protected override JsonTypeInfo<IReadOnlyList<PlaceRow>> JsonTypeInfo => ExportJsonContext.Readable.IReadOnlyListPlaceRow;

    /// <summary>Every place of a catalog, in curated order, with its mentions and measures.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static PlaceTable From(PolicyCatalog catalog)
    {
        Guard.Against.Null(catalog);
        return new PlaceTable(catalog.Places.All.Select(p => new PlaceRow(
            p.Id.ToString(),
            p.Name,
            p.FullName,
            p.Kind.ToString(),
            p.Province,
            p.EnglishName.English,
            p.Aliases,
            catalog.MentionsOf(p.Id.ToString()).Count,
            catalog.MeasuresMentioning(p.Id.ToString()).Select(m => m.Id.ToString()).ToValueList())).ToList());
    }
}
