using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>A target and subject whose status changed between two days of knowledge (part of a <see cref="ChangeReport"/>).</summary>
public sealed record StatusChange
{
    /// <summary>Where it stood as known on the earlier day.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public required TargetResult Before { get; init => field = Guard.Against.Null(value, nameof(Before)); }

    /// <summary>Where it stands as known on the later day.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public required TargetResult After { get; init => field = Guard.Against.Null(value, nameof(After)); }

    /// <summary>Readable form: <c>…/43/t1 for 梅河口市 (220581): NotMet → Met</c>.</summary>
    public override string ToString() => $"{After.Target.Id} for {SubjectText.Readable(After.Subject)}: {Before.Status} → {After.Status}";
}
