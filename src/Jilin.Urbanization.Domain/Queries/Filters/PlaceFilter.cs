using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Places;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>Keeps the measures that name a place (by the catalog's place index, so 吉林 inside 吉林省 is no hit).</summary>
/// <param name="place">The place.</param>
/// <param name="measures">The ids of the measures to keep.</param>
/// <param name="ordinals">The same measures' catalog ordinals, sorted (the posting list the query narrows with).</param>
/// <param name="includeGroupText">Whether measures of groups whose text names the place are kept too.</param>
internal sealed class PlaceFilter(Place place, HashSet<MeasureId> measures, int[] ordinals, bool includeGroupText) : MeasureFilter
{
    public override string Description => includeGroupText ? $"names {place.Name} (measure or group text)" : $"names {place.Name}";

    // Exact: the ordinals are the same measures as the ids.
    internal override bool Narrow(PolicyCatalog catalog, ref Candidates candidates)
    {
        candidates.IntersectWith(ordinals);
        return true;
    }

    public override bool Matches(Measure measure) => measures.Contains(measure.Id);
}
