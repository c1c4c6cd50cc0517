using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Divisions;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// One county-level (or prefecture-level) division as of a day: its results on the targets that bind each county, what
/// is overdue, and the latest status it reported on each measure it reported on.
/// </summary>
public sealed record CountyProgress
{
    /// <summary>The division.</summary>
    public required AdministrativeDivision Division { get; init => field = Guard.Against.Null(value, nameof(Division)); }

    /// <summary>Its results on the targets in scope that bind each county.</summary>
    public required ValueList<TargetResult> Results { get; init => field = Guard.Against.Null(value, nameof(Results)); }

    /// <summary>The latest status update it gave on each measure, dated on or before the day.</summary>
    public required ValueList<StatusUpdate> StatusUpdates { get; init => field = Guard.Against.Null(value, nameof(StatusUpdates)); }

    /// <summary>The subject for this division.</summary>
    public Subject Subject => Subject.OfDivision(Division.Code);

    /// <summary>The results past their deadline and not met.</summary>
    public ValueList<TargetResult> Overdue => Results.Where(r => r.IsOverdue).ToValueList();

    /// <summary>How many results have <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="status"/> is not a defined value.</exception>
    public int CountOf(ComplianceStatus status)
    {
        Data.DefinedEnum.Required(status);
        return Results.Count(r => r.Status == status);
    }

    /// <summary>Readable form: the counts.</summary>
    public override string ToString() =>
        $"{Division.Name} ({Division.Code}): {CountOf(ComplianceStatus.Met) + CountOf(ComplianceStatus.MetLate)} met, {CountOf(ComplianceStatus.NotMet)} not met, {CountOf(ComplianceStatus.Unreported)} unreported; {Overdue.Count} overdue; {StatusUpdates.Count} status update(s)";
}
