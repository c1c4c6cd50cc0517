using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>One measure as of a day: the latest status each reporter gave, and its targets' roll-ups.</summary>
public sealed record MeasureProgress
{
    /// <summary>The measure.</summary>
    public required Measure Measure { get; init => field = Guard.Against.Null(value, nameof(Measure)); }

    /// <summary>The latest update of each reporter dated on or before the day, in reporter order.</summary>
    public required ValueList<StatusUpdate> LatestByReporter { get; init => field = Guard.Against.Null(value, nameof(LatestByReporter)); }

    /// <summary>The roll-ups of the measure's targets in scope.</summary>
    public required ValueList<TargetRollup> Targets { get; init => field = Guard.Against.Null(value, nameof(Targets)); }

    /// <summary>
    /// The measure's status: the lead department's latest (牵头部门), else the most recent of any reporter's latest,
    /// or null when nobody reported.
    /// </summary>
    public MeasureStatus? Status
    {
        get
        {
            var lead = Measure.Responsibility.Lead;
            var byLead = lead is null ? null : LatestByReporter.FirstOrDefault(u => u.Reporter.DepartmentId == lead.Id);
            return (byLead ?? LatestByReporter.OrderBy(u => u.ReportedOn).LastOrDefault())?.Status;
        }
    }

    /// <summary>Readable form: the id, the status and the counts.</summary>
    public override string ToString() =>
        $"{Measure.Id}: {(Status?.ToString() ?? "no status")} ({LatestByReporter.Count} reporter(s), {Targets.Count} target(s))";
}
