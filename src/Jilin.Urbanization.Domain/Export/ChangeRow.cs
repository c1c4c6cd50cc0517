using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>One row of a <see cref="ChangeTable"/>: an entry recorded between two days of knowledge, or a status it changed.</summary>
/// <param name="RecordedOn">The day the entry was recorded (ISO, 填报日期).</param>
/// <param name="Change">What it did: new, correction (更正), withdrawal (撤回), unchanged (重报), or statusChanged for a target's status.</param>
/// <param name="Item">The target's or measure's id.</param>
/// <param name="Subject">The subject (or reporter): code, Chinese name, kind.</param>
/// <param name="Day">The day the figure or status is about (ISO).</param>
/// <param name="Value">The figure with its unit, or the status; null for a withdrawal.</param>
/// <param name="Previous">The value it replaced, or null.</param>
/// <param name="RecordedBy">The body that recorded it (填报单位); null for a status change.</param>
/// <param name="Reason">Why (更正原因), or null.</param>
/// <exception cref="ArgumentNullException">A parameter that is not marked nullable is null.</exception>
public sealed record ChangeRow(
    string RecordedOn,
    string Change,
    string Item,
    ReportSubject Subject,
    string Day,
    ChangeValue? Value,
    ChangeValue? Previous,
    ReportSubject? RecordedBy,
    string? Reason)
{
    // Every property declared, in the parameters' order (the JSON member order); non-nullable members refuse null.
    /// <summary>The day the entry was recorded (ISO, 填报日期).</summary>
    public string RecordedOn { get; init => field = Guard.Against.Null(value, nameof(RecordedOn)); } = Guard.Against.Null(RecordedOn);

    /// <summary>What it did: new, correction (更正), withdrawal (撤回), unchanged (重报), or statusChanged for a target's status.</summary>
    public string Change { get; init => field = Guard.Against.Null(value, nameof(Change)); } = Guard.Against.Null(Change);

    /// <summary>The target's or measure's id.</summary>
    public string Item { get; init => field = Guard.Against.Null(value, nameof(Item)); } = Guard.Against.Null(Item);

    /// <summary>The subject (or reporter): code, Chinese name, kind.</summary>
    public ReportSubject Subject { get; init => field = Guard.Against.Null(value, nameof(Subject)); } = Guard.Against.Null(Subject);

    /// <summary>The day the figure or status is about (ISO).</summary>
    public string Day { get; init => field = Guard.Against.Null(value, nameof(Day)); } = Guard.Against.Null(Day);

    /// <summary>The figure with its unit, or the status; null for a withdrawal.</summary>
    public ChangeValue? Value { get; init; } = Value;

    /// <summary>The value it replaced, or null.</summary>
    public ChangeValue? Previous { get; init; } = Previous;

    /// <summary>The body that recorded it (填报单位); null for a status change.</summary>
    public ReportSubject? RecordedBy { get; init; } = RecordedBy;

    /// <summary>Why (更正原因), or null.</summary>
    public string? Reason { get; init; } = Reason;

    /// <summary>Readable form: <c>2025-10-20 correction …/43/t1 for 梅河口市 (220581)</c>.</summary>
    public override string ToString() => $"{RecordedOn} {Change} {Item} for {Subject}";
}

