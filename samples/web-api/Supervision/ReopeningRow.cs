using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Supervision;

/// <summary>A reopening (重新列入督办) of a closed item, as stored (never updated).</summary>
public sealed class ReopeningRow
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The item's measure.</summary>
    public MeasureId Measure { get; set; }

    /// <summary>The item's target, or null for a measure's item.</summary>
    public TargetId? Target { get; set; }

    /// <summary>The item's subject or responsible body.</summary>
    public Subject Subject { get; set; }

    /// <summary>The day it is open again.</summary>
    public LocalDate ReopenedOn { get; set; }

    /// <summary>The day the office recorded it.</summary>
    public LocalDate RecordedOn { get; set; }

    /// <summary>Who reopened it.</summary>
    public Subject RecordedBy { get; set; }

    /// <summary>Why.</summary>
    public string Reason { get; set; } = string.Empty;
}
