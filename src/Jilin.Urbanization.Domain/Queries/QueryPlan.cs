using System.Collections.Immutable;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>
/// How a <see cref="MeasureQuery"/> runs: the candidates its indexes left (sorted catalog ordinals), the bit set a
/// candidate must be marked in (a filter such as "has targets" that one bit per measure settles; null when none), and
/// the filters still to check one measure at a time, in the order they were added (null when the indexes and marks
/// settled every filter). Testing the marks as each candidate is reached, rather than narrowing the candidates by them
/// first, spares a run the array of its own that narrowing a borrowed posting list would need.
/// </summary>
internal readonly struct QueryPlan(Candidates candidates, ulong[]? marks, MeasureFilter[]? check)
{
    /// <summary>The candidates, in ascending order (a field: its readonly members are then read in place, not copied).</summary>
    public readonly Candidates Candidates = candidates;

    /// <summary>True when every candidate is an answer (nothing is left to test).</summary>
    public bool IsExact => marks is null && check is null;

    /// <summary>True when the candidate with catalog ordinal <paramref name="ordinal"/> passes what is left to test.</summary>
    public bool Accepts(ImmutableArray<Measure> measures, int ordinal)
    {
        if (marks is not null && !new Marked(marks).Keep(ordinal))
        {
            return false;
        }

        if (check is not null)
        {
            var measure = measures[ordinal];
            foreach (var filter in check)
            {
                if (!filter.Matches(measure))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
