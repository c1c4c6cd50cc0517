using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// The light (三色预警) of one supervised item as of a day, as known on a day, with what decided it: the rule, the
/// deadline, the pro-rata schedule (序时进度) and the gap of the latest figure to it.
/// </summary>
public sealed record ItemLight
{
    /// <summary>The item.</summary>
    public required SupervisedItem Item { get; init => field = Guard.Against.Null(value, nameof(Item)); }

    /// <summary>The light.</summary>
    public required Light Light { get; init => field = DefinedEnum.Required(value, nameof(Light)); }

    /// <summary>The rule that decided it.</summary>
    public required LightReason Reason { get; init => field = DefinedEnum.Required(value, nameof(Reason)); }

    /// <summary>The body a notice about this item goes to: a county for its own figures and reports, else the measure's lead department (牵头部门), else the first department it names, else the province.</summary>
    public required Subject ResponsibleBody { get; init; }

    /// <summary>The chapter of the measure (the document and the chapter number), for roll-ups.</summary>
    public required MeasureId Measure { get; init; }

    /// <summary>The chapter number of the measure within its document.</summary>
    public required int ChapterNumber { get; init; }

    /// <summary>The deadline (a target's; a measure's is the latest of its targets'), or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]   // written as null: reading requires it
    public required LocalDate? Deadline { get; init; }

    /// <summary>The day of the latest report (a figure's observed day, a status's reported day) on or before the day, or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]   // written as null: reading requires it
    public required LocalDate? LastReportedOn { get; init; }

    /// <summary>The schedule, for a target with a number and a deadline; null otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]   // written as null: reading requires it
    public required ExpectedProgress? Schedule { get; init; }

    /// <summary>The figure the schedule expects on the day, or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]   // written as null: reading requires it
    public required decimal? Expected { get; init; }

    /// <summary>The latest figure in the target's unit, or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]   // written as null: reading requires it
    public required decimal? Latest { get; init; }

    /// <summary>The gap of the latest figure to the schedule (latest minus expected), or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]   // written as null: reading requires it
    public required decimal? Gap { get; init; }

    /// <summary>Percentage points behind the schedule (positive: behind), or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]   // written as null: reading requires it
    public required decimal? PointsBehind { get; init; }

    /// <summary>For a measure: its latest status from the body, or null. For a target: null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]   // written as null: reading requires it
    public required MeasureStatus? Status { get; init => field = DefinedEnum.Optional(value, nameof(Status)); }

    /// <summary>A short title people read: the target's quote, or the start of the measure's text.</summary>
    public required string Title { get; init => field = Guard.Against.Null(value, nameof(Title)); }

    /// <summary>The reason in Chinese, for notices and tables (临近到期, 滞后序时进度12.5个百分点, …).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ReasonText => Reason switch
    {
        LightReason.Met => "已达标",
        LightReason.Completed => "已完成",
        LightReason.OnSchedule => "按序时进度推进",
        LightReason.NearDeadline => Deadline is { } d ? $"临近到期（{SupervisionDays.Chinese(d)}）" : "临近到期",
        LightReason.BehindSchedule => string.Create(CultureInfo.InvariantCulture, $"滞后序时进度{PointsBehind:0.##}个百分点"),
        LightReason.ReportedDelayed => "报告滞后或暂停",
        LightReason.Overdue => Deadline is { } o ? $"逾期未完成（期限{SupervisionDays.Chinese(o)}）" : "逾期未完成",
        LightReason.NoReportForAPeriod => LastReportedOn is { } r ? $"超过一个报送周期未报送（最近报送{SupervisionDays.Chinese(r)}）" : "超过一个报送周期未报送",
        _ => "尚未报送",
    };

    /// <summary>The light's Chinese name (绿灯, 黄灯, 红灯, 灰灯).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string LightText => NameOf(Light);

    /// <summary>The Chinese name of a light (绿灯, 黄灯, 红灯, 灰灯).</summary>
    /// <param name="light">The light.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="light"/> is not defined.</exception>
    public static string NameOf(Light light) => DefinedEnum.Required(light) switch
    {
        Light.Green => "绿灯",
        Light.Yellow => "黄灯",
        Light.Red => "红灯",
        _ => "灰灯",
    };

    /// <summary>Readable form: <c>…/68/t1 for 吉林省 (220000): Yellow (BehindSchedule)</c>.</summary>
    public override string ToString() => $"{Item}: {Light} ({Reason})";
}
