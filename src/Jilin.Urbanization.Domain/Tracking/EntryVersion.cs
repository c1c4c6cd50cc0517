using Ardalis.GuardClauses;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// One version of a tracking entry in its history: the entry (who recorded it, when and why), what it did
/// (<see cref="EntryEffect"/>) and the version it followed. Made by <see cref="TrackingLog.Versions(Targets.TargetId, Subject)"/>,
/// <see cref="TrackingLog.Versions(Documents.MeasureId, Subject)"/> and <see cref="TrackingLog.Changes"/>.
/// </summary>
public sealed record EntryVersion
{
    /// <summary>The entry: a <see cref="ProgressObservation"/>, <see cref="StatusUpdate"/> or <see cref="Withdrawal"/>.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public required ITrackingEntry Entry { get; init => field = Guard.Against.Null(value, nameof(Entry)); }

    /// <summary>What the entry did: new, correction (更正), withdrawal (撤回) or unchanged (重报).</summary>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">(init) The value is not defined.</exception>
    public required EntryEffect Effect { get; init => field = Data.DefinedEnum.Required(value, nameof(Effect)); }

    /// <summary>The version of the same key recorded last before this one, or null for the first.</summary>
    public required ITrackingEntry? Previous { get; init; }

    /// <summary>Readable form: <c>2025-10-20 correction by 梅河口市 (220581): …/43/t1 for 梅河口市 (220581) on 2025-09-30 (统计口径调整)</c>.</summary>
    public override string ToString() =>
        $"{LocalDatePattern.Iso.Format(Entry.RecordedOn)} {Data.EnumNames.ToJson(Effect)} by {SubjectText.Readable(Entry.RecordedBy)}: {Entry.Key}{(Entry.Reason is { } reason ? $" ({reason})" : string.Empty)}";
}
