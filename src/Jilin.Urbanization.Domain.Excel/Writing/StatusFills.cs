using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;

namespace Jilin.Urbanization.Domain.Excel.Writing;

/// <summary>
/// Which fill a status cell gets: by its words (machine names such as <c>notMet</c>, enum names such as
/// <c>NotMet</c>, Chinese labels such as 未达标, and a label with its code beside it such as <c>未达标 (notMet)</c>),
/// or, for a report cell, by the status colour the HTML report gives it (<see cref="ComplianceColours"/>) or a light's colour
/// (<see cref="Supervision.LightBars.ColourOf"/>; 绿灯, 黄灯, 红灯, 灰灯 as words too).
/// </summary>
internal static class StatusFills
{
    private static readonly Dictionary<string, StatusFill> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["met"] = StatusFill.Green, ["completed"] = StatusFill.Green, ["ongoing"] = StatusFill.Green,
        ["达标"] = StatusFill.Green, ["已达标"] = StatusFill.Green, ["已完成"] = StatusFill.Green, ["完成"] = StatusFill.Green, ["常态化推进"] = StatusFill.Green,
        ["onTrack"] = StatusFill.Amber, ["pending"] = StatusFill.Amber, ["inProgress"] = StatusFill.Amber, ["metLate"] = StatusFill.Amber,
        ["推进中"] = StatusFill.Amber, ["进行中"] = StatusFill.Amber, ["按进度推进"] = StatusFill.Amber, ["待评估"] = StatusFill.Amber, ["逾期达标"] = StatusFill.Amber, ["未到期"] = StatusFill.Amber,
        ["notMet"] = StatusFill.Red, ["overdue"] = StatusFill.Red, ["delayed"] = StatusFill.Red,
        ["未达标"] = StatusFill.Red, ["逾期"] = StatusFill.Red, ["逾期未达标"] = StatusFill.Red, ["滞后"] = StatusFill.Red,
        ["unreported"] = StatusFill.Grey, ["notStarted"] = StatusFill.Grey, ["paused"] = StatusFill.Grey, ["noData"] = StatusFill.Grey,
        ["绿灯"] = StatusFill.Green, ["黄灯"] = StatusFill.Amber, ["红灯"] = StatusFill.Red, ["灰灯"] = StatusFill.Grey,   // the lights (三色预警)
        ["未填报"] = StatusFill.Grey, ["未报送"] = StatusFill.Grey, ["未启动"] = StatusFill.Grey, ["暂停"] = StatusFill.Grey, ["无数据"] = StatusFill.Grey,
    };

    /// <summary>The fill of a status written in words, or null when the text is no status.</summary>
    public static StatusFill? OfText(string text)
    {
        var trimmed = text.Trim();
        if (Words.TryGetValue(trimmed, out var fill))
        {
            return fill;
        }

        // "未达标 (notMet)", "未达标（notMet）": the label before its code.
        var cut = trimmed.IndexOfAny([' ', '(', '（']);
        return cut > 0 && Words.TryGetValue(trimmed[..cut], out fill) ? fill : null;
    }

    /// <summary>The fill of a report cell's status colour, or null when the colour is no status colour.</summary>
    public static StatusFill? OfColour(string colour) =>
        Enum.GetValues<Supervision.Light>().Where(l => string.Equals(Supervision.LightBars.ColourOf(l), colour, StringComparison.OrdinalIgnoreCase)).Select(l => (StatusFill?)NoticeSheet.FillOf(l)).FirstOrDefault() ??
        Enum.GetValues<ComplianceStatus>().FirstOrDefault(s => string.Equals(ComplianceColours.Of(s), colour, StringComparison.OrdinalIgnoreCase)) switch
        {
            ComplianceStatus.Met => StatusFill.Green,
            ComplianceStatus.OnTrack or ComplianceStatus.Pending or ComplianceStatus.MetLate => StatusFill.Amber,
            ComplianceStatus.NotMet => StatusFill.Red,
            ComplianceStatus.Unreported => StatusFill.Grey,
            _ => null,
        };

    /// <summary>Whether a column holds statuses, by its header (<c>status</c>, <c>complianceStatus</c>, 状态, 进展状态).</summary>
    public static bool IsStatusColumn(string header) =>
        header.Contains("status", StringComparison.OrdinalIgnoreCase) || header.Contains("状态", StringComparison.Ordinal);
}
