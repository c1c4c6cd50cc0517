using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Supervision;

/// <summary>One item of an issued notice (督办事项), as stored: the item, its light, title, situation and deadline as issued.</summary>
public sealed class NoticeItemRow
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The notice (<see cref="NoticeRow.Id"/>).</summary>
    public long NoticeId { get; set; }

    /// <summary>The item's place in the notice, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The measure (for a target's item, the target's measure).</summary>
    public MeasureId Measure { get; set; }

    /// <summary>The target, or null for a measure's item.</summary>
    public TargetId? Target { get; set; }

    /// <summary>The target's subject, or the body responsible for the measure.</summary>
    public Subject Subject { get; set; }

    /// <summary>Its light when the notice was drafted (stored by name).</summary>
    public Light Light { get; set; }

    /// <summary>Its title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The situation in Chinese.</summary>
    public string Situation { get; set; } = string.Empty;

    /// <summary>The item's deadline, or null.</summary>
    public LocalDate? Deadline { get; set; }
}
