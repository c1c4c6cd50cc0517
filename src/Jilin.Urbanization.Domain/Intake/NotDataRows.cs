namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// Rows an office's sheet holds around its data that are not data (非数据行): totals (合计, 总计, 小计) and sign-off
/// and note lines (落款、注释: <c>填表人：张三</c>, <c>联系电话：0435-…</c>, <c>审核人：</c>, <c>注：1. …</c>). A row is one
/// when every cell it fills (its first column, often the target's or measure's, too) is such a word or <c>label：text</c>
/// (no id is either); it gives no
/// entry and is no problem, and the report counts and names it (<see cref="ValidationReport.NotData"/>), so none is
/// dropped unseen. A row with anything else in it (a value beside 合计) is read, and checked, as any row.
/// </summary>
internal static class NotDataRows
{
    // Totals: the tracker sums for itself, so a total row is never an entry.
    private static readonly string[] Totals = ["合计", "总计", "小计", "全市合计", "全省合计", "全县合计"];

    // Labels of sign-off and note lines, each followed by a colon (： or :) and any text.
    private static readonly string[] Labels =
    [
        "填表人", "填报人", "制表人", "统计人", "经办人", "审核人", "审核", "审批人", "签发人", "签字", "联系人", "联系电话", "电话", "手机",
        "负责人", "单位负责人", "分管领导", "主要领导", "填表日期", "填报日期", "制表日期", "报送日期", "填报时间", "填表时间",
        "注", "说明", "填表说明", "填报说明",
    ];

    /// <summary>The words and labels, for the documentation table.</summary>
    public static IReadOnlyList<string> Words => [.. Totals, .. Labels.Select(l => l + "：")];

    /// <summary>True when <paramref name="cell"/> (trimmed, not empty) is a total word or starts with a sign-off or note label and a colon.</summary>
    public static bool IsNotDataCell(ReadOnlySpan<char> cell)
    {
        Span<char> buffer = stackalloc char[Math.Min(cell.Length, 64)];
        var text = Compact(cell, buffer);
        foreach (var total in Totals)
        {
            if (text.SequenceEqual(total))
            {
                return true;
            }
        }

        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.Ordinal))
            {
                var rest = text[label.Length..];
                if (label == "注")
                {
                    rest = rest.TrimStart("0123456789０１２３４５６７８９");   // 注1：
                }

                if (rest is [':' or '：', ..])
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The cell's first 64 characters without spaces inside ("合  计", "填 表 人："), which offices type to fill a width.
    private static ReadOnlySpan<char> Compact(ReadOnlySpan<char> cell, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in cell)
        {
            if (n == buffer.Length)
            {
                break;
            }

            if (!char.IsWhiteSpace(c))
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n];
    }
}
