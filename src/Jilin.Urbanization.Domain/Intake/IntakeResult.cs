using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// What intake made of a file: the entries that passed every rule, as a log (<see cref="Log"/>), and every problem of
/// the rest (<see cref="Report"/>). A row with a problem gives no entry; every other row does.
/// </summary>
/// <param name="Log">The entries that passed (observations, status updates, withdrawals), under the log's rules.</param>
/// <param name="Report">Every problem found.</param>
/// <exception cref="ArgumentNullException">A required argument is null.</exception>
public sealed record IntakeResult(TrackingLog Log, ValidationReport Report)
{
    /// <summary>The entries that passed.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public TrackingLog Log { get; init => field = Guard.Against.Null(value, nameof(Log)); } = Guard.Against.Null(Log);

    /// <summary>Every problem found.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public ValidationReport Report { get; init => field = Guard.Against.Null(value, nameof(Report)); } = Guard.Against.Null(Report);

    /// <summary>True when the file had no problem.</summary>
    public bool IsValid => Report.IsValid;

    /// <summary>The entries read and the problems found.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"IntakeResult: {Log.Count} entries; {Report}";
}
