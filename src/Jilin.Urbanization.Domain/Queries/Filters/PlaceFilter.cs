using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Places;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>Keeps the measures that name a place (by the catalog's place index, so 吉林 inside 吉林省 is no hit).</summary>
internal sealed class PlaceFilter(Place place, HashSet<MeasureId> measures, bool includeGroupText) : MeasureFilter
{
    public override string Description => includeGroupText ? $"names {place.Name} (measure or group text)" : $"names {place.Name}";

    public override bool Matches(Measure measure) => measures.Contains(measure.Id);
}
