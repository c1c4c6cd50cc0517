using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>One item of a notice (督办事项): the item, its light, what is wrong in Chinese (the gap to the schedule, the deadline), as issued.</summary>
public sealed record NoticeItem
{
    /// <summary>The item.</summary>
    public required SupervisedItem Item { get; init => field = Guard.Against.Null(value, nameof(Item)); }

    /// <summary>Its light when the notice was drafted.</summary>
    public required Light Light { get; init => field = DefinedEnum.Required(value, nameof(Light)); }

    /// <summary>Its title (the target's quote, the start of the measure's text).</summary>
    public required string Title { get; init => field = Guard.Against.Null(value, nameof(Title)); }

    /// <summary>The situation in Chinese (逾期未完成, 滞后序时进度12.5个百分点, …).</summary>
    public required string Situation { get; init => field = Guard.Against.Null(value, nameof(Situation)); }

    /// <summary>The item's deadline, or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]   // written as null: reading requires it
    public required LocalDate? Deadline { get; init; }

    /// <summary>Readable form: the item, light and situation.</summary>
    public override string ToString() => $"{Item}: {Light} — {Situation}";
}
