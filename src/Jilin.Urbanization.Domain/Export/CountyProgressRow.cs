using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// One row of a <see cref="CountyProgressTable"/>: one county's standing as of a day. In JSON the county is
/// <c>{code, name, kind}</c> and the lists are arrays of objects; CSV, Markdown, HTML and Excel print the code and name
/// in two columns and join each list in one cell.
/// </summary>
/// <param name="AsOf">The day of the question (ISO).</param>
/// <param name="County">The division: GB/T 2260 code, Chinese name, kind.</param>
/// <param name="Met">Per-county targets met (met or met late).</param>
/// <param name="OnTrack">Per-county targets on track.</param>
/// <param name="Pending">Per-county targets pending.</param>
/// <param name="NotMet">Per-county targets not met.</param>
/// <param name="Unreported">Per-county targets without a figure.</param>
/// <param name="Overdue">The overdue targets, each with what it asks and its deadline.</param>
/// <param name="StatusUpdates">The latest status it gave on each measure.</param>
/// <exception cref="ArgumentNullException">A parameter that is not marked nullable is null.</exception>
public sealed record CountyProgressRow(
    string AsOf,
    ReportSubject County,
    int Met,
    int OnTrack,
    int Pending,
    int NotMet,
    int Unreported,
    ValueList<OverdueTarget> Overdue,
    ValueList<LatestStatus> StatusUpdates)
{
    // Every property declared, in the parameters' order (the JSON member order); non-nullable members refuse null.
    /// <summary>The day of the question (ISO).</summary>
    public string AsOf { get; init => field = Guard.Against.Null(value, nameof(AsOf)); } = Guard.Against.Null(AsOf);

    /// <summary>The division: code, Chinese name, kind.</summary>
    public ReportSubject County { get; init => field = Guard.Against.Null(value, nameof(County)); } = Guard.Against.Null(County);

    /// <summary>Per-county targets met (met or met late).</summary>
    public int Met { get; init; } = Met;

    /// <summary>Per-county targets on track.</summary>
    public int OnTrack { get; init; } = OnTrack;

    /// <summary>Per-county targets pending.</summary>
    public int Pending { get; init; } = Pending;

    /// <summary>Per-county targets not met.</summary>
    public int NotMet { get; init; } = NotMet;

    /// <summary>Per-county targets without a figure.</summary>
    public int Unreported { get; init; } = Unreported;

    /// <summary>The overdue targets.</summary>
    public ValueList<OverdueTarget> Overdue { get; init => field = Guard.Against.Null(value, nameof(Overdue)); } = Guard.Against.Null(Overdue);

    /// <summary>The latest status it gave on each measure.</summary>
    public ValueList<LatestStatus> StatusUpdates { get; init => field = Guard.Against.Null(value, nameof(StatusUpdates)); } = Guard.Against.Null(StatusUpdates);

    /// <summary>Readable form: <c>2023-01-15 通榆县 (220822): 1 met, 1 not met, 1 overdue</c>.</summary>
    public override string ToString() => $"{AsOf} {County}: {Met} met, {NotMet} not met, {Overdue.Count} overdue";
}
