using Jilin.Urbanization.Domain.Identifiers;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>The verdict on one target for one observation as of a day, with the margin and a one-line explanation.</summary>
public sealed record TargetEvaluation
{
    /// <summary>The target's id.</summary>
    public required TargetId TargetId { get; init => field = IdText.Required(value, nameof(TargetId)); }

    /// <summary>Where the target stands.</summary>
    public required ComplianceStatus Status { get; init => field = Data.DefinedEnum.Required(value, nameof(Status)); }

    /// <summary>True when the observed value satisfies the comparator, whatever the date.</summary>
    public required bool Satisfied { get; init; }

    /// <summary>The observation as given.</summary>
    public required Observation Observation { get; init => field = Guard.Against.Null(value, nameof(Observation)); }

    /// <summary>
    /// The observed value in the target's unit (for a <see cref="Comparator.Zero"/> target observed in another unit,
    /// the value as given).
    /// </summary>
    public required Quantity Observed { get; init => field = Guard.Against.Null(value, nameof(Observed)); }

    /// <summary>The target's quantity.</summary>
    public required Quantity Target { get; init => field = Guard.Against.Null(value, nameof(Target)); }

    /// <summary>The upper bound of a range target, or null.</summary>
    public required decimal? MaxValue { get; init; }

    /// <summary>The target's comparator.</summary>
    public required Comparator Comparator { get; init => field = Data.DefinedEnum.Required(value, nameof(Comparator)); }

    /// <summary>
    /// The signed distance from the observation to the nearest edge of the values that satisfy the target, in
    /// <see cref="Observed"/>'s unit: positive or zero inside (80 % against ≥ 80 % is 0; 85 % is +5), negative outside
    /// (78 % is −2). Exactly at the value of <see cref="Comparator.MoreThan"/> the margin is 0 and the target is not satisfied.
    /// </summary>
    public required Quantity Margin { get; init => field = Guard.Against.Null(value, nameof(Margin)); }

    /// <summary>The target's deadline day, or null where it has none.</summary>
    public required LocalDate? Deadline { get; init; }

    /// <summary>The day of the question.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The target's commitment level, reported so strive targets can be weighed apart from firm ones.</summary>
    public required CommitmentLevel Commitment { get; init => field = Data.DefinedEnum.Required(value, nameof(Commitment)); }

    /// <summary>True where the target says 基本 (basically).</summary>
    public required bool Basically { get; init; }

    /// <summary>One line that names the comparator and says why the status is what it is.</summary>
    public required string Explanation { get; init => field = Guard.Against.Null(value, nameof(Explanation)); }

    /// <summary>Readable form: id, status and explanation.</summary>
    public override string ToString() => $"{TargetId}: {Status} — {Explanation}";
}
