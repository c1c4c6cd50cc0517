namespace Jilin.Urbanization.Domain.Export;

/// <summary>How many targets of a report have each overall status, and how many are overdue (<see cref="ImplementationReportJson.Counts"/>).</summary>
/// <param name="Met">Met on time.</param>
/// <param name="MetLate">Met after the deadline.</param>
/// <param name="OnTrack">Deadline ahead, the latest figure already satisfies it.</param>
/// <param name="Pending">Deadline ahead, the latest figure does not satisfy it yet.</param>
/// <param name="NotMet">Not met.</param>
/// <param name="Unreported">No figure.</param>
/// <param name="Overdue">Past the deadline and not met for some subject.</param>
public sealed record ReportCounts(int Met, int MetLate, int OnTrack, int Pending, int NotMet, int Unreported, int Overdue)
{
    /// <summary>Readable form: <c>3 met, 1 met late, … ; 2 overdue</c>.</summary>
    public override string ToString() =>
        $"{Met} met, {MetLate} met late, {OnTrack} on track, {Pending} pending, {NotMet} not met, {Unreported} unreported; {Overdue} overdue";
}
