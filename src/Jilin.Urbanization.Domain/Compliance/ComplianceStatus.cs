namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>
/// Where a target stands on a day, given an observation. The deadline has passed only from the day after the
/// deadline day. Values are pinned and never change meaning.
/// </summary>
public enum ComplianceStatus
{
    /// <summary>
    /// Reached, and known to be reached in time: the deadline has passed and an observation dated on or before the
    /// deadline satisfies the target; or the target has no deadline and the observation satisfies it.
    /// </summary>
    Met = 1,

    /// <summary>The deadline has passed and the observation does not satisfy the target.</summary>
    NotMet = 2,

    /// <summary>Not yet due (the deadline has not passed) and the observation already satisfies the target.</summary>
    OnTrack = 3,

    /// <summary>Not yet due, or no deadline, and the observation does not yet satisfy the target.</summary>
    Pending = 4,

    /// <summary>
    /// The deadline has passed and the observation satisfies the target, but it was taken after the deadline, so it
    /// does not show the target was reached in time.
    /// </summary>
    MetLate = 5,

    /// <summary>
    /// No observation dated on or before the day of the question (used by tracking reports; a single
    /// <see cref="TargetEvaluation"/> always has an observation). Overdue once the deadline has passed.
    /// </summary>
    Unreported = 6,
}
