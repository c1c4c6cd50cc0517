using Jilin.Urbanization.Domain.Documents;
using NodaTime;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>
/// Keeps the measures with at least one target indicator; with a range, only those with a target whose deadline
/// falls within it (targets without a date never do).
/// </summary>
internal sealed class TargetFilter(DateInterval? deadlines) : MeasureFilter
{
    public override string Description => deadlines is null ? "has targets" : $"has a target due in {deadlines}";

    public override bool Matches(Measure measure)
    {
        if (deadlines is null)
        {
            return measure.Targets.Count > 0;
        }

        foreach (var target in measure.Targets)
        {
            if (deadlines is null || (target.Deadline is { } deadline && deadlines.Contains(deadline.Date)))
            {
                return true;
            }
        }

        return false;
    }
}
