using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Charts;

/// <summary>
/// The colours charts and reports draw statuses and commitment levels in: green for met, red for not met, blue for
/// on track, amber for pending, olive for met late, grey for unreported. Readable on white and for the common forms
/// of colour blindness together with the text every mark also carries.
/// </summary>
public static class ComplianceColours
{
    /// <summary>The colour of targets nobody reported on.</summary>
    public const string Unreported = "#9e9e9e";

    /// <summary>The name <see cref="ComplianceStatusBars"/> gives targets nobody reported on.</summary>
    public const string UnreportedName = nameof(ComplianceStatus.Unreported);

    /// <summary>The colour of a status.</summary>
    /// <param name="status">The status.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="status"/> is not a defined value.</exception>
    public static string Of(ComplianceStatus status) => Data.DefinedEnum.Required(status) switch
    {
        ComplianceStatus.Met => "#2e7d32",
        ComplianceStatus.NotMet => "#c62828",
        ComplianceStatus.OnTrack => "#1565c0",
        ComplianceStatus.Pending => "#ef8f00",
        ComplianceStatus.MetLate => "#827717",
        ComplianceStatus.Unreported => Unreported,
        _ => throw new InvalidOperationException($"No colour is set for the compliance status {status}."), // a status added without one
    };

    /// <summary>The colour of a commitment level (确保 ensure darkest, 鼓励 encourage lightest).</summary>
    /// <param name="level">The level.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="level"/> is not a defined value.</exception>
    public static string Of(CommitmentLevel level) => Data.DefinedEnum.Required(level) switch
    {
        CommitmentLevel.Ensure => "#b71c1c",
        CommitmentLevel.Firm => "#4a148c",
        CommitmentLevel.Strive => "#1565c0",
        CommitmentLevel.Planned => "#00838f",
        CommitmentLevel.Encouraged => "#7cb342",
        _ => throw new InvalidOperationException($"No colour is set for the commitment level {level}."), // a level added without one
    };
}
