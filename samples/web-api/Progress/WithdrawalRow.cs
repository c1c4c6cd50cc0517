using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>
/// One withdrawal (撤回), as stored: the key withdrawn (a figure: target × subject × day, or a status: measure ×
/// reporter × day), when, by whom and why. The withdrawn rows stay: a report as known on an earlier day still shows them.
/// </summary>
public sealed class WithdrawalRow
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>Whether a figure or a status is withdrawn (stored by name: <c>Figure</c>, <c>Status</c>).</summary>
    public EntryKind Kind { get; set; }

    /// <summary>The target (a figure) or the measure (a status), as its canonical text.</summary>
    public string Item { get; set; } = string.Empty;

    /// <summary>What the figure is about, or who reported the status.</summary>
    public Subject Subject { get; set; }

    /// <summary>The day the withdrawn figure or status is about (stored as an ISO date).</summary>
    public LocalDate Day { get; set; }

    /// <summary>The day of the withdrawal (填报日期).</summary>
    public LocalDate RecordedOn { get; set; }

    /// <summary>The body that withdrew it (填报单位).</summary>
    public Subject RecordedBy { get; set; }

    /// <summary>Why (撤回原因), or null.</summary>
    public string? Reason { get; set; }
}
