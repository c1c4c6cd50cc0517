using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>One row of a <see cref="ChangeTable"/>: an entry recorded between two days of knowledge, or a status it changed.</summary>
/// <param name="RecordedOn">The day the entry was recorded (ISO, 填报日期).</param>
/// <param name="Change">What it did: new, correction (更正), withdrawal (撤回), unchanged (重报), or statusChanged for a target's status.</param>
/// <param name="Item">The target's or measure's id.</param>
/// <param name="Subject">The subject's (or reporter's) canonical text.</param>
/// <param name="SubjectName">The subject's name.</param>
/// <param name="Day">The day the figure or status is about (ISO).</param>
/// <param name="Value">The figure with its unit, or the status; empty for a withdrawal.</param>
/// <param name="Previous">The value it replaced, or empty.</param>
/// <param name="RecordedBy">The body that recorded it (填报单位), by name.</param>
/// <param name="Reason">Why (更正原因), or empty.</param>
/// <exception cref="ArgumentNullException">A text is null.</exception>
public sealed record ChangeRow(
    string RecordedOn,
    string Change,
    string Item,
    string Subject,
    string SubjectName,
    string Day,
    string Value,
    string Previous,
    string RecordedBy,
    string Reason)
{
    // Every property declared, in the parameters' order (the JSON member order); texts refuse null.
    /// <summary>The day the entry was recorded (ISO, 填报日期).</summary>
    public string RecordedOn { get; init => field = Guard.Against.Null(value, nameof(RecordedOn)); } = Guard.Against.Null(RecordedOn);

    /// <summary>What it did: new, correction (更正), withdrawal (撤回), unchanged (重报), or statusChanged for a target's status.</summary>
    public string Change { get; init => field = Guard.Against.Null(value, nameof(Change)); } = Guard.Against.Null(Change);

    /// <summary>The target's or measure's id.</summary>
    public string Item { get; init => field = Guard.Against.Null(value, nameof(Item)); } = Guard.Against.Null(Item);

    /// <summary>The subject's (or reporter's) canonical text.</summary>
    public string Subject { get; init => field = Guard.Against.Null(value, nameof(Subject)); } = Guard.Against.Null(Subject);

    /// <summary>The subject's name.</summary>
    public string SubjectName { get; init => field = Guard.Against.Null(value, nameof(SubjectName)); } = Guard.Against.Null(SubjectName);

    /// <summary>The day the figure or status is about (ISO).</summary>
    public string Day { get; init => field = Guard.Against.Null(value, nameof(Day)); } = Guard.Against.Null(Day);

    /// <summary>The figure with its unit, or the status; empty for a withdrawal.</summary>
    public string Value { get; init => field = Guard.Against.Null(value, nameof(Value)); } = Guard.Against.Null(Value);

    /// <summary>The value it replaced, or empty.</summary>
    public string Previous { get; init => field = Guard.Against.Null(value, nameof(Previous)); } = Guard.Against.Null(Previous);

    /// <summary>The body that recorded it (填报单位), by name.</summary>
    public string RecordedBy { get; init => field = Guard.Against.Null(value, nameof(RecordedBy)); } = Guard.Against.Null(RecordedBy);

    /// <summary>Why (更正原因), or empty.</summary>
    public string Reason { get; init => field = Guard.Against.Null(value, nameof(Reason)); } = Guard.Against.Null(Reason);

    /// <summary>Readable form: <c>2025-10-20 correction …/43/t1 for 220581</c>.</summary>
    public override string ToString() => $"{RecordedOn} {Change} {Item} for {Subject}";
}

