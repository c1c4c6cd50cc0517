using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Supervision;

/// <summary>A notice issued (督办单), as stored (never updated): <see cref="Notice"/>'s fields, its items in <see cref="NoticeItemRow"/>.</summary>
public sealed class NoticeRow
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The number (督办〔2025〕3号), unique.</summary>
    public string Number { get; set; } = string.Empty;

    /// <summary>The body it is addressed to (canonical text).</summary>
    public Subject Body { get; set; }

    /// <summary>The body's name as printed.</summary>
    public string BodyName { get; set; } = string.Empty;

    /// <summary>The colour (stored by name: <c>Blue</c>, <c>Orange</c>, <c>Red</c>).</summary>
    public NoticeLevel Level { get; set; }

    /// <summary>The issue day (签发日期).</summary>
    public LocalDate IssuedOn { get; set; }

    /// <summary>The reply deadline (回复期限), inclusive.</summary>
    public LocalDate ReplyBy { get; set; }

    /// <summary>The number of the notice it follows, or null.</summary>
    public string? Follows { get; set; }

    /// <summary>The action required (整改要求).</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The day the office recorded it.</summary>
    public LocalDate RecordedOn { get; set; }

    /// <summary>Who issued it.</summary>
    public Subject RecordedBy { get; set; }

    /// <summary>The items, in the notice's order.</summary>
    public List<NoticeItemRow> Items { get; set; } = [];
}
