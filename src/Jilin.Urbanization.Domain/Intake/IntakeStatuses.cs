using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// A status (进展状态) as offices write it: the Chinese terms of <see cref="MeasureStatus"/> and their usual variants,
/// or the English name (<c>inProgress</c>, <c>InProgress</c>, any case).
/// </summary>
internal static class IntakeStatuses
{
    /// <summary>Every accepted Chinese term and the status it means.</summary>
    public static readonly Dictionary<string, MeasureStatus> Chinese = new(StringComparer.Ordinal)
    {
        ["未启动"] = MeasureStatus.NotStarted,
        ["未开始"] = MeasureStatus.NotStarted,
        ["尚未启动"] = MeasureStatus.NotStarted,
        ["推进中"] = MeasureStatus.InProgress,
        ["进行中"] = MeasureStatus.InProgress,
        ["正在推进"] = MeasureStatus.InProgress,
        ["有序推进"] = MeasureStatus.InProgress,
        ["已完成"] = MeasureStatus.Completed,
        ["完成"] = MeasureStatus.Completed,
        ["已办结"] = MeasureStatus.Completed,
        ["滞后"] = MeasureStatus.Delayed,
        ["进度滞后"] = MeasureStatus.Delayed,
        ["暂停"] = MeasureStatus.Paused,
        ["暂缓"] = MeasureStatus.Paused,
        ["常态化推进"] = MeasureStatus.Ongoing,
        ["持续推进"] = MeasureStatus.Ongoing,
        ["长期坚持"] = MeasureStatus.Ongoing,
    };

    /// <summary>The statuses as a suggestion lists them.</summary>
    public const string Known = "未启动, 推进中, 已完成, 滞后, 暂停, 常态化推进 (or notStarted, inProgress, completed, delayed, paused, ongoing)";

    /// <summary>The status a (trimmed) text names.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, out MeasureStatus status)
    {
        if (Chinese.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out status))
        {
            return true;
        }

        foreach (var value in Enum.GetValues<MeasureStatus>())
        {
            if (text.Equals(value.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                status = value;
                return true;
            }
        }

        return false;
    }
}
