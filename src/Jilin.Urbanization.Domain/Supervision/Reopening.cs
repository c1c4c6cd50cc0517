using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>A reopening (重新列入督办) of a closed item: from <see cref="ReopenedOn"/> it has a light again.</summary>
public sealed record Reopening : ISupervisionEntry
{
    /// <summary>The item reopened.</summary>
    public required SupervisedItem Item { get; init => field = Guard.Against.Null(value, nameof(Item)); }

    /// <summary>The day it is open again.</summary>
    public required LocalDate ReopenedOn { get; init; }

    /// <summary>The day the office recorded it (on or after <see cref="ReopenedOn"/>).</summary>
    public required LocalDate RecordedOn { get; init; }

    /// <summary>Who reopened it.</summary>
    public required Subject RecordedBy { get; init => field = value.IsDefault ? throw new ArgumentException("A default Subject names no one.", nameof(RecordedBy)) : value; }

    /// <summary>Why (核查发现问题反弹).</summary>
    public required string Reason { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Reason)); }

    /// <inheritdoc/>
    LocalDate ISupervisionEntry.Day => ReopenedOn;

    /// <summary>Readable form.</summary>
    public override string ToString() => $"reopened {Item} on {SupervisionDays.Iso(ReopenedOn)} (recorded {SupervisionDays.Iso(RecordedOn)}): {Reason}";
}
