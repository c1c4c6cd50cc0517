using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Supervision;

/// <summary>A reply to a notice (督办回复), as stored (never updated): one per notice.</summary>
public sealed class NoticeReplyRow
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The notice's number.</summary>
    public string Notice { get; set; } = string.Empty;

    /// <summary>The day the reply was received.</summary>
    public LocalDate RepliedOn { get; set; }

    /// <summary>The day the office recorded it.</summary>
    public LocalDate RecordedOn { get; set; }

    /// <summary>Who recorded it.</summary>
    public Subject RecordedBy { get; set; }

    /// <summary>What the reply says.</summary>
    public string Text { get; set; } = string.Empty;
}
