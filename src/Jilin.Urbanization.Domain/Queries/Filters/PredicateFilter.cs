using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>A caller's own condition (a LINQ <c>where</c> clause on a query).</summary>
internal sealed class PredicateFilter(Func<Measure, bool> predicate, string description) : MeasureFilter
{
    public override string Description => description;

    public override bool Matches(Measure measure) => predicate(measure);
}
