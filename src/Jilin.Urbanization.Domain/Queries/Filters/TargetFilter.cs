using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using NodaTime;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>
/// Keeps the measures with at least one target indicator; with a range, only those with a target whose deadline
/// falls within it (targets without a date never do).
/// </summary>
internal sealed class TargetFilter(DateInterval? deadlines) : MeasureFilter
{
    /// <summary>"Has targets": one shared instance (the filter holds nothing else).</summary>
    public static TargetFilter Any { get; } = new(null);

    public override string Description => deadlines is null ? "has targets" : $"has a target due in {deadlines}";

    // Exact for "has targets": the catalog's mark is set from the same Targets.Count Matches reads. With a range the
    // marks only drop measures without targets, and each survivor's deadlines are still checked.
    internal override ulong[]? Marks(PolicyCatalog catalog, out bool exact)
    {
        exact = deadlines is null;
        return catalog.Indexes.WithTargets;
    }

    public override bool Matches(Measure measure)
    {
        if (deadlines is null)
        {
            return measure.Targets.Count > 0;
        }

        foreach (var target in measure.Targets)
        {
            if (target.Deadline is { } deadline && deadlines.Contains(deadline.Date))
            {
                return true;
            }
        }

        return false;
    }
}
