using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>A reply to a notice (督办回复), recorded by the office; on time when <see cref="RepliedOn"/> is on or before the notice's reply deadline.</summary>
public sealed record NoticeReply : ISupervisionEntry
{
    /// <summary>The notice's number.</summary>
    public required string Notice { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Notice)); }

    /// <summary>The day the reply was received.</summary>
    public required LocalDate RepliedOn { get; init; }

    /// <summary>The day the office recorded it (on or after <see cref="RepliedOn"/>).</summary>
    public required LocalDate RecordedOn { get; init; }

    /// <summary>Who recorded it.</summary>
    public required Subject RecordedBy { get; init => field = value.IsDefault ? throw new ArgumentException("A default Subject names no one.", nameof(RecordedBy)) : value; }

    /// <summary>What the reply says (its summary).</summary>
    public required string Text { get; init => field = Guard.Against.Null(value, nameof(Text)); }

    /// <inheritdoc/>
    LocalDate ISupervisionEntry.Day => RepliedOn;

    /// <summary>Readable form.</summary>
    public override string ToString() => $"reply to {Notice} on {SupervisionDays.Iso(RepliedOn)} (recorded {SupervisionDays.Iso(RecordedOn)})";
}
