using Jilin.Urbanization.Domain.Supervision;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Excel.Writing;

/// <summary>A notice (督办单) as one sheet: its heading lines as titles, a row per item with the light as a status fill, the action and reply deadline below.</summary>
internal static class NoticeSheet
{
    /// <summary>The item table's headers, in Chinese as the printed notice has them.</summary>
    public static readonly IReadOnlyList<string> Headers = ["序号", "督办事项", "事项编号", "预警", "存在问题", "完成时限"];

    public static SheetSpec Of(Notice notice, string? sheetName)
    {
        List<string> titles =
        [
            $"{notice.LevelText}督办单",
            $"编号：{notice.Number}　签发日期：{Day(notice.IssuedOn)}　回复期限：{Day(notice.ReplyBy)}",
            $"{notice.BodyName}：",
        ];
        if (notice.Follows is not null)
        {
            titles.Add($"前次督办单：{notice.Follows}");
        }

        var rows = new List<IReadOnlyList<SheetCell>>();
        for (var i = 0; i < notice.Items.Count; i++)
        {
            var item = notice.Items[i];
            rows.Add(
            [
                SheetCell.Of((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new(item.Title),
                new(item.Item.ReferenceText),
                new(ItemLight.NameOf(item.Light), Fill: FillOf(item.Light)),
                new(item.Situation),
                new(item.Deadline is { } d ? Day(d) : "—"),
            ]);
        }

        // The action and the reply deadline close the sheet as they close the printed notice.
        rows.Add([new("整改要求"), new(notice.Action), new(string.Empty), new(string.Empty), new(string.Empty), new(string.Empty)]);
        rows.Add([new("回复期限"), new($"{Day(notice.ReplyBy)}前"), new(string.Empty), new(string.Empty), new(string.Empty), new(string.Empty)]);
        return new SheetSpec(sheetName ?? notice.Number, titles, [.. Headers.Select(h => new SheetColumn(h))], rows);
    }

    /// <summary>The fill of a light: green, amber for yellow, red, grey.</summary>
    public static StatusFill FillOf(Light light) => light switch
    {
        Light.Green => StatusFill.Green,
        Light.Yellow => StatusFill.Amber,
        Light.Red => StatusFill.Red,
        _ => StatusFill.Grey,
    };

    private static string Day(NodaTime.LocalDate day) => LocalDatePattern.Iso.Format(day);
}
