using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>One version of a measure status update (督查督办), as stored (never updated): measure, reporter, day, status, narrative, source, recording.</summary>
public sealed class StatusUpdateRow
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The measure reported on (stored as its canonical text).</summary>
    public MeasureId MeasureId { get; set; }

    /// <summary>Who reports: a responsible department (<c>department:housing</c>) or a county (<c>220581</c>).</summary>
    public Subject Reporter { get; set; }

    /// <summary>The day of the update (stored as an ISO date).</summary>
    public LocalDate ReportedOn { get; set; }

    /// <summary>The status (stored by name, e.g. <c>InProgress</c>).</summary>
    public MeasureStatus Status { get; set; }

    /// <summary>What the reporter says.</summary>
    public string Narrative { get; set; } = string.Empty;

    /// <summary>Where the update came from.</summary>
    public string? Source { get; set; }

    /// <summary>The day the entry was recorded (填报日期; stored as an ISO date): it is known from this day on.</summary>
    public LocalDate RecordedOn { get; set; }

    /// <summary>The body that recorded it (填报单位).</summary>
    public Subject RecordedBy { get; set; }

    /// <summary>Why this version was sent (更正原因), or null.</summary>
    public string? Reason { get; set; }
}
