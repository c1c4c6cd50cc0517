using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Places;
using Jilin.Urbanization.Domain.Threading;

namespace Jilin.Urbanization.Domain.Catalog;

public sealed partial class PolicyCatalog
{
    private PlaceIndex? placeIndex;

    /// <summary>
    /// Every county, city, district, prefecture, province and area the documents name (curated, embedded).
    /// Loaded on first use.
    /// </summary>
    /// <exception cref="PolicyDataException">The embedded place data is missing or damaged (only possible with a broken package).</exception>
#pragma warning disable CA1822 // Part of the catalog's surface (catalog.X), like Departments; the curated file is shared by every catalog.
    public PlaceGazetteer Places => SharedCuratedData.Places;
#pragma warning restore CA1822

    /// <summary>
    /// Every place mention in both documents, in document order: measure texts, group titles and bodies, chapter
    /// titles, preamble and closing. Built on first use (once per catalog).
    /// </summary>
    public ValueList<PlaceMention> PlaceMentions => PlaceIndex.All;

    internal PlaceIndex PlaceIndex =>
        Once.Get(ref placeIndex, this, static self => new PlaceIndex(self.Documents, self.Places));

    /// <summary>Finds a place by id (<c>changchun</c>) or by any spelling the texts use (<c>长春</c>, <c>长春市</c>).</summary>
    /// <param name="idOrName">A place id or name.</param>
    /// <exception cref="ArgumentException"><paramref name="idOrName"/> is null, empty or whitespace, or names several places (<c>吉林</c>).</exception>
    /// <exception cref="PlaceNotFoundException">No place has that id or name; the message lists the known places.</exception>
    public Place FindPlace(string idOrName) => Places.Find(idOrName);

    /// <summary>Where the documents name a place, in document order.</summary>
    /// <param name="place">A place id or name.</param>
    /// <exception cref="ArgumentException"><paramref name="place"/> is null, empty or whitespace, or ambiguous.</exception>
    /// <exception cref="PlaceNotFoundException">No such place.</exception>
    public ValueList<PlaceMention> MentionsOf(string place) => PlaceIndex.MentionsOf(FindPlace(place).Id.ToString());

    /// <summary>Where the documents name a place, in document order.</summary>
    /// <param name="place">A place id.</param>
    /// <returns>The mentions.</returns>
    /// <exception cref="ArgumentException"><paramref name="place"/> is <c>default</c>.</exception>
    /// <exception cref="PlaceNotFoundException">No place has that id.</exception>
    public ValueList<PlaceMention> MentionsOf(PlaceId place) => PlaceIndex.MentionsOf(Places.Get(place).Id.ToString());

    /// <summary>The measures whose own text names a place, in catalog order.</summary>
    /// <param name="place">A place id.</param>
    /// <param name="documentId">Only this document's measures, or null for every document.</param>
    /// <returns>The measures.</returns>
    /// <exception cref="ArgumentException"><paramref name="place"/> or <paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="PlaceNotFoundException">No place has that id.</exception>
    /// <exception cref="KeyNotFoundException">No document has id <paramref name="documentId"/>.</exception>
    public IReadOnlyList<Measure> MeasuresMentioning(PlaceId place, DocumentId? documentId = null) =>
        InDocument(PlaceIndex.MeasuresMentioning(Places.Get(place).Id.ToString()), documentId);

    /// <summary>The measures whose own text names a place, in catalog order (group titles and bodies are not measures; see <see cref="MentionsOf(string)"/>).</summary>
    /// <param name="place">A place id or name.</param>
    /// <param name="documentId">Only this document's measures, or null for every document.</param>
    /// <exception cref="ArgumentException"><paramref name="place"/> is null, empty or whitespace, or ambiguous, or <paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="PlaceNotFoundException">No such place.</exception>
    /// <exception cref="KeyNotFoundException">No document has id <paramref name="documentId"/>.</exception>
    public IReadOnlyList<Measure> MeasuresMentioning(string place, DocumentId? documentId = null) =>
        InDocument(PlaceIndex.MeasuresMentioning(FindPlace(place).Id.ToString()), documentId);

    /// <summary>The places a measure's text names, in order of first mention.</summary>
    /// <param name="id">The measure's id.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    /// <exception cref="KeyNotFoundException">No measure has that id.</exception>
    public ValueList<Place> PlacesIn(MeasureId id) => PlaceIndex.PlacesIn(GetMeasure(id).Id);

    /// <summary>The places a measure's text names, in order of first mention.</summary>
    /// <param name="measure">The measure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The measure is not in this catalog.</exception>
    public ValueList<Place> PlacesIn(Measure measure)
    {
        Guard.Against.Null(measure);
        return PlacesIn(measure.Id);
    }
}
