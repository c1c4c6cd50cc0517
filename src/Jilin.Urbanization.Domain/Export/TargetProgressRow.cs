using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>One row of a <see cref="TargetProgressTable"/>: one target for one subject as of a day.</summary>
/// <param name="AsOf">The day of the question (ISO).</param>
/// <param name="TargetId">The target's id.</param>
/// <param name="Binding">Whom the target binds (province, eachCounty).</param>
/// <param name="Subject">The subject's canonical text.</param>
/// <param name="SubjectName">The subject's Chinese name.</param>
/// <param name="Status">The status.</param>
/// <param name="Overdue">True when past the deadline and not met.</param>
/// <param name="Target">The target, printed completely (a range prints both bounds).</param>
/// <param name="Deadline">The deadline (ISO), or null.</param>
/// <param name="Observed">The latest figure with its unit, or null.</param>
/// <param name="ObservedOn">The day of the latest figure (ISO), or null.</param>
/// <param name="Source">Where the figure comes from, or null.</param>
/// <exception cref="ArgumentNullException">A text that is not marked nullable is null.</exception>
public sealed record TargetProgressRow(
    string AsOf,
    string TargetId,
    string Binding,
    string Subject,
    string SubjectName,
    string Status,
    bool Overdue,
    string Target,
    string? Deadline,
    string? Observed,
    string? ObservedOn,
    string? Source)
{
    // Every property declared, in the parameters' order (the JSON member order); non-nullable strings refuse null.
    /// <summary>The day of the question (ISO).</summary>
    public string AsOf { get; init => field = Guard.Against.Null(value, nameof(AsOf)); } = Guard.Against.Null(AsOf);

    /// <summary>The target's id.</summary>
    public string TargetId { get; init => field = Guard.Against.Null(value, nameof(TargetId)); } = Guard.Against.Null(TargetId);

    /// <summary>Whom the target binds (province, eachCounty).</summary>
    public string Binding { get; init => field = Guard.Against.Null(value, nameof(Binding)); } = Guard.Against.Null(Binding);

    /// <summary>The subject's canonical text.</summary>
    public string Subject { get; init => field = Guard.Against.Null(value, nameof(Subject)); } = Guard.Against.Null(Subject);

    /// <summary>The subject's Chinese name.</summary>
    public string SubjectName { get; init => field = Guard.Against.Null(value, nameof(SubjectName)); } = Guard.Against.Null(SubjectName);

    /// <summary>The status.</summary>
    public string Status { get; init => field = Guard.Against.Null(value, nameof(Status)); } = Guard.Against.Null(Status);

    /// <summary>True when past the deadline and not met.</summary>
    public bool Overdue { get; init; } = Overdue;

    /// <summary>The target, printed completely (a range prints both bounds).</summary>
    public string Target { get; init => field = Guard.Against.Null(value, nameof(Target)); } = Guard.Against.Null(Target);

    /// <summary>The deadline (ISO), or null.</summary>
    public string? Deadline { get; init; } = Deadline;

    /// <summary>The latest figure with its unit, or null.</summary>
    public string? Observed { get; init; } = Observed;

    /// <summary>The day of the latest figure (ISO), or null.</summary>
    public string? ObservedOn { get; init; } = ObservedOn;

    /// <summary>Where the figure comes from, or null.</summary>
    public string? Source { get; init; } = Source;

    /// <summary>The day of knowledge of the report the row comes from (ISO): entries recorded after it do not count.</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(1)]
    public string? KnownOn { get; init; }

    /// <summary>Readable form.</summary>
    public override string ToString() => $"{AsOf} {TargetId} for {Subject}: {Status}{(Overdue ? " (overdue)" : string.Empty)}";
}
