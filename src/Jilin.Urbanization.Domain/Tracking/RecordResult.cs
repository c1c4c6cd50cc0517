using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>What <see cref="ImplementationTracker.Record(TrackingLog)"/> did: the new tracker, and each entry with its effect.</summary>
public sealed record RecordResult
{
    /// <summary>The tracker with the entries recorded.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public required ImplementationTracker Tracker { get; init => field = Guard.Against.Null(value, nameof(Tracker)); }

    /// <summary>The entries, in the order given.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public required ValueList<ITrackingEntry> Entries { get; init => field = Guard.Against.Null(value, nameof(Entries)); }

    /// <summary>What each entry did, in the same order: new, correction (更正), withdrawal (撤回), unchanged (重报) or duplicate (not stored again).</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public required ValueList<EntryEffect> Effects { get; init => field = Guard.Against.Null(value, nameof(Effects)); }

    /// <summary>How many entries had <paramref name="effect"/>.</summary>
    /// <param name="effect">The effect.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="effect"/> is not a defined value.</exception>
    public int CountOf(EntryEffect effect)
    {
        Data.DefinedEnum.Required(effect);
        return Effects.Count(e => e == effect);
    }

    /// <summary>Readable form (English, for logs): <c>12 entries: 9 new, 2 corrected, 1 withdrawn, 0 unchanged, 0 duplicate</c>; <see cref="Labels.ReportText.Summary(RecordResult, System.Globalization.CultureInfo?)"/> says it in a culture.</summary>
    public override string ToString() =>
        $"{Entries.Count} entries: {CountOf(EntryEffect.New)} new, {CountOf(EntryEffect.Correction)} corrected, {CountOf(EntryEffect.Withdrawal)} withdrawn, {CountOf(EntryEffect.Unchanged)} unchanged, {CountOf(EntryEffect.Duplicate)} duplicate";
}
