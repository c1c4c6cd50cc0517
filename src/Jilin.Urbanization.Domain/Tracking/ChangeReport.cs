using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// What changed between two days of knowledge: the entries recorded in between (new, corrected 更正, withdrawn 撤回,
/// re-sent unchanged) and the targets whose status changed as a result — what an office sends with its quarterly
/// report. Made by <see cref="ImplementationTracker.Changes"/>; export with <see cref="Export.ChangeTable"/>.
/// </summary>
public sealed record ChangeReport
{
    /// <summary>What the changes cover.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public required TrackingScope Scope { get; init => field = Guard.Against.Null(value, nameof(Scope)); }

    /// <summary>The day the statuses are evaluated for.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The earlier day of knowledge (entries recorded on it are not changes).</summary>
    public required LocalDate After { get; init; }

    /// <summary>The later day of knowledge (included).</summary>
    public required LocalDate Through { get; init; }

    /// <summary>The entries recorded after <see cref="After"/> and on or before <see cref="Through"/>, by recording day and key.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public required ValueList<EntryVersion> Entries { get; init => field = Guard.Against.Null(value, nameof(Entries)); }

    /// <summary>The targets and subjects whose status (or overdue flag) as of <see cref="AsOf"/> changed, by target and subject.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public required ValueList<StatusChange> Statuses { get; init => field = Guard.Against.Null(value, nameof(Statuses)); }

    /// <summary>How many entries had <paramref name="effect"/>.</summary>
    /// <param name="effect">The effect.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="effect"/> is not a defined value.</exception>
    public int CountOf(EntryEffect effect)
    {
        Data.DefinedEnum.Required(effect);
        return Entries.Count(e => e.Effect == effect);
    }

    /// <summary>Readable form (English, for logs): the days and the counts; <see cref="Labels.ReportText.Summary(ChangeReport, System.Globalization.CultureInfo?)"/> says it in a culture.</summary>
    public override string ToString() =>
        $"Changes known after {LocalDatePattern.Iso.Format(After)} through {LocalDatePattern.Iso.Format(Through)} (as of {LocalDatePattern.Iso.Format(AsOf)}): {CountOf(EntryEffect.New)} new, {CountOf(EntryEffect.Correction)} corrected, {CountOf(EntryEffect.Withdrawal)} withdrawn, {CountOf(EntryEffect.Unchanged)} unchanged; {Statuses.Count} status change(s)";
}
