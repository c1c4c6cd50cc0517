using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>One row of a <see cref="CountyProgressTable"/>: one county's standing as of a day.</summary>
/// <param name="AsOf">The day of the question (ISO).</param>
/// <param name="Code">The division code (GB/T 2260).</param>
/// <param name="County">The division's Chinese name.</param>
/// <param name="Met">Per-county targets met (met or met late).</param>
/// <param name="OnTrack">Per-county targets on track.</param>
/// <param name="Pending">Per-county targets pending.</param>
/// <param name="NotMet">Per-county targets not met.</param>
/// <param name="Unreported">Per-county targets without a figure.</param>
/// <param name="Overdue">The overdue targets, each printed completely: id (comparator value, due date).</param>
/// <param name="StatusUpdates">The latest status it gave on each measure, as <c>measure: status</c>.</param>
/// <exception cref="ArgumentNullException">A text that is not marked nullable is null.</exception>
public sealed record CountyProgressRow(
    string AsOf,
    string Code,
    string County,
    int Met,
    int OnTrack,
    int Pending,
    int NotMet,
    int Unreported,
    string Overdue,
    string StatusUpdates)
{
    // Every property declared, in the parameters' order (the JSON member order); non-nullable strings refuse null.
    /// <summary>The day of the question (ISO).</summary>
    public string AsOf { get; init => field = Guard.Against.Null(value, nameof(AsOf)); } = Guard.Against.Null(AsOf);

    /// <summary>The division code (GB/T 2260).</summary>
    public string Code { get; init => field = Guard.Against.Null(value, nameof(Code)); } = Guard.Against.Null(Code);

    /// <summary>The division's Chinese name.</summary>
    public string County { get; init => field = Guard.Against.Null(value, nameof(County)); } = Guard.Against.Null(County);

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

    /// <summary>The overdue targets, each printed completely: id (comparator value, due date).</summary>
    public string Overdue { get; init => field = Guard.Against.Null(value, nameof(Overdue)); } = Guard.Against.Null(Overdue);

    /// <summary>The latest status it gave on each measure, as <c>measure: status</c>.</summary>
    public string StatusUpdates { get; init => field = Guard.Against.Null(value, nameof(StatusUpdates)); } = Guard.Against.Null(StatusUpdates);

    /// <summary>Readable form.</summary>
    public override string ToString() => $"{AsOf} {County} ({Code}): {Met} met, {NotMet} not met, {Unreported} unreported";
}
