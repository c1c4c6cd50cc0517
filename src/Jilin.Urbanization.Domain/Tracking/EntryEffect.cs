namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// What recording an entry did to the log's knowledge of its <see cref="EntryKey"/>: the rules of corrections (更正)
/// and withdrawals (撤回), decided by the versions of that key recorded before the entry's recording day.
/// </summary>
public enum EntryEffect
{
    /// <summary>新增: the key had no value known before (never reported, or withdrawn).</summary>
    New = 1,

    /// <summary>更正: a new value for a key that had another; it supersedes the earlier one from its recording day on.</summary>
    Correction = 2,

    /// <summary>撤回: the key's value is withdrawn from its recording day on (kept in the log, gone from later knowledge).</summary>
    Withdrawal = 3,

    /// <summary>重报: the same value (or withdrawal) as the version before it, re-sent on a later day; kept as evidence, it changes nothing.</summary>
    Unchanged = 4,

    /// <summary>重复: the very entry the log already holds (same key, recording day, reporter, content); a no-op, not stored twice.</summary>
    Duplicate = 5,
}
