using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// One target as of a day across its subjects: for a province-wide target the province's result; for a target
/// binding each county (<see cref="TargetBinding.EachCounty"/>) one result per county (县(市), plus any district that
/// reported) and the roll-up — how many meet it, which do not, which have not reported.
/// </summary>
public sealed record TargetRollup
{
    /// <summary>The target.</summary>
    public required TargetIndicator Target { get; init => field = Guard.Against.Null(value, nameof(Target)); }

    /// <summary>One result per subject, in subject order.</summary>
    public required ValueList<TargetResult> Results { get; init => field = Guard.Against.Null(value, nameof(Results)); }

    /// <summary>
    /// The overall status: as good as the worst result, in the order NotMet, Unreported, Pending, MetLate, OnTrack,
    /// Met (a county not meeting it makes the target not met).
    /// </summary>
    public ComplianceStatus Status => Results.Count == 0 ? ComplianceStatus.Unreported : Results.Select(r => r.Status).MinBy(Rank);

    /// <summary>True when the deadline has passed and some subject has not met it.</summary>
    public bool IsOverdue => Results.Any(r => r.IsOverdue);

    /// <summary>How many subjects meet it (Met or MetLate).</summary>
    public int MetCount => Results.Count(r => r.Status is ComplianceStatus.Met or ComplianceStatus.MetLate);

    /// <summary>The subjects whose latest figure does not satisfy it (NotMet or Pending).</summary>
    public ValueList<Subject> NotMeeting => Results.Where(r => r.Status is ComplianceStatus.NotMet or ComplianceStatus.Pending).Select(r => r.Subject).ToValueList();

    /// <summary>The subjects with no figure on or before the day.</summary>
    public ValueList<Subject> Unreported => Results.Where(r => r.Status == ComplianceStatus.Unreported).Select(r => r.Subject).ToValueList();

    /// <summary>How many results have <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="status"/> is not a defined value.</exception>
    public int CountOf(ComplianceStatus status)
    {
        Data.DefinedEnum.Required(status);
        return Results.Count(r => r.Status == status);
    }

    /// <summary>
    /// Readable form, the target printed completely (a range prints both bounds):
    /// <c>…/43/t1 (atLeast 1 所, due 2022-12-31) each county: NotMet — 30 of 39 met, 5 not meeting, 4 unreported; overdue</c>.
    /// </summary>
    public override string ToString() =>
        $"{Export.ProgressText.Completely(Target)} {(Target.Binding == TargetBinding.EachCounty ? "each county" : "province")}: {Status} — {MetCount} of {Results.Count} met, {NotMeeting.Count} not meeting, {Unreported.Count} unreported{(IsOverdue ? "; overdue" : string.Empty)}";

    internal static int Rank(ComplianceStatus status) => status switch
    {
        ComplianceStatus.NotMet => 0,
        ComplianceStatus.Unreported => 1,
        ComplianceStatus.Pending => 2,
        ComplianceStatus.MetLate => 3,
        ComplianceStatus.OnTrack => 4,
        _ => 5,
    };
}
