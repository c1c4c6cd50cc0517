using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>
/// One version of a progress figure, as stored (never updated: a correction is a later row of the same target,
/// subject and day): target, subject (the province <c>220000</c>, a county such as
/// <c>220581</c>, or <c>department:&lt;id&gt;</c>), day, value, unit, where it came from, when, by whom and why it was recorded.
/// </summary>
public sealed class ObservationRow
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The target observed (stored as its canonical text).</summary>
    public TargetId TargetId { get; set; }

    /// <summary>Who the value is about (stored as <see cref="Subject.ToString"/>, read back with <see cref="Subject.Parse"/>).</summary>
    public Subject Subject { get; set; }

    /// <summary>The day of the observation (stored as an ISO date).</summary>
    public LocalDate ObservedOn { get; set; }

    /// <summary>The value, in <see cref="Unit"/>.</summary>
    public decimal Value { get; set; }

    /// <summary>The unit symbol, e.g. <c>%</c>, <c>所</c>.</summary>
    public string Unit { get; set; } = string.Empty;

    /// <summary>Where the value came from, e.g. <c>梅河口市民政局报送</c>.</summary>
    public string? Source { get; set; }

    /// <summary>A free note.</summary>
    public string? Note { get; set; }

    /// <summary>The day the entry was recorded (填报日期; stored as an ISO date): it is known from this day on.</summary>
    public LocalDate RecordedOn { get; set; }

    /// <summary>The body that recorded it (填报单位).</summary>
    public Subject RecordedBy { get; set; }

    /// <summary>Why this version was sent (更正原因), or null.</summary>
    public string? Reason { get; set; }
}
