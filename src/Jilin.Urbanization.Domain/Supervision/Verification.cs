using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// A verification (核查) that closes an item (销号): recorded only for a met target or a completed measure. A closed item
/// leaves lights and notices until a <see cref="Reopening"/>.
/// </summary>
public sealed record Verification : ISupervisionEntry
{
    /// <summary>The item verified.</summary>
    public required SupervisedItem Item { get; init => field = Guard.Against.Null(value, nameof(Item)); }

    /// <summary>The day of the verification: the item is closed from this day.</summary>
    public required LocalDate VerifiedOn { get; init; }

    /// <summary>The day the office recorded it (on or after <see cref="VerifiedOn"/>).</summary>
    public required LocalDate RecordedOn { get; init; }

    /// <summary>Who verified it.</summary>
    public required Subject RecordedBy { get; init => field = value.IsDefault ? throw new ArgumentException("A default Subject names no one.", nameof(RecordedBy)) : value; }

    /// <summary>What was checked (现场核查, 资料核查), or empty.</summary>
    public required string Note { get; init => field = Guard.Against.Null(value, nameof(Note)); }

    /// <inheritdoc/>
    LocalDate ISupervisionEntry.Day => VerifiedOn;

    /// <summary>Readable form.</summary>
    public override string ToString() => $"verified {Item} on {SupervisionDays.Iso(VerifiedOn)} (recorded {SupervisionDays.Iso(RecordedOn)})";
}
