using System.Net;
using System.Text;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// A supervision notice (督办单) to one responsible body: its yellow and red items with their light and gap, the action
/// required and the reply deadline. Drafted by <see cref="Supervisor.DraftNotices(LocalDate, LocalDate)"/>; issued
/// when recorded in the <see cref="SupervisionLog"/>, which keeps it as issued.
/// </summary>
public sealed record Notice : ISupervisionEntry
{
    /// <summary>The notice's number (督办〔2025〕3号), unique in a log.</summary>
    public required string Number { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Number)); }

    /// <summary>The body it is addressed to.</summary>
    public required Subject Body { get; init => field = value.IsDefault ? throw new ArgumentException("A default Subject names no body.", nameof(Body)) : value; }

    /// <summary>The body's name as printed (梅河口市人民政府, 省住房和城乡建设厅).</summary>
    public required string BodyName { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(BodyName)); }

    /// <summary>The colour.</summary>
    public required NoticeLevel Level { get; init => field = DefinedEnum.Required(value, nameof(Level)); }

    /// <summary>The day it is issued.</summary>
    public required LocalDate IssuedOn { get; init; }

    /// <summary>The reply deadline (回复期限), inclusive.</summary>
    public required LocalDate ReplyBy { get; init; }

    /// <summary>The number of the notice it escalates or repeats, or null for a body's first.</summary>
    public string? Follows { get; init; }

    /// <summary>The items (at least one).</summary>
    public required ValueList<NoticeItem> Items { get; init => field = Guard.Against.Null(value, nameof(Items)); }

    /// <summary>The action required (整改要求), in Chinese.</summary>
    public required string Action { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Action)); }

    /// <summary>The day the office recorded it (on or after <see cref="IssuedOn"/>).</summary>
    public required LocalDate RecordedOn { get; init; }

    /// <summary>Who issued it (the province's supervision office: <see cref="Subject.Province"/>).</summary>
    public required Subject RecordedBy { get; init => field = value.IsDefault ? throw new ArgumentException("A default Subject names no one.", nameof(RecordedBy)) : value; }

    /// <inheritdoc/>
    LocalDate ISupervisionEntry.Day => IssuedOn;

    /// <summary>The colour's Chinese name (蓝色, 橙色, 红色).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string LevelText => LevelName(Level);

    /// <summary>The action an office asks at each level, by default.</summary>
    /// <param name="level">The level.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="level"/> is not defined.</exception>
    public static string DefaultAction(NoticeLevel level) => DefinedEnum.Required(level) switch
    {
        NoticeLevel.Blue => "请对照序时进度加快推进，于回复期限前书面报告进展情况。",
        NoticeLevel.Orange => "请说明滞后原因，提出整改措施和完成时限，于回复期限前书面回复。",
        _ => "请主要负责同志亲自督办，限期整改到位，于回复期限前书面报告整改结果；逾期未回复的将予以通报。",
    };

    /// <summary>The Chinese name of a level (蓝色, 橙色, 红色).</summary>
    /// <param name="level">The level.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="level"/> is not defined.</exception>
    public static string LevelName(NoticeLevel level) => DefinedEnum.Required(level) switch
    {
        NoticeLevel.Blue => "蓝色",
        NoticeLevel.Orange => "橙色",
        _ => "红色",
    };

    /// <summary>
    /// The notice as a printable HTML page in Chinese (A4, print styles; a browser's "print to PDF" gives the PDF):
    /// heading in the level's colour, addressee, the items with light, situation and deadline, the action and the reply deadline.
    /// </summary>
    public string ToHtml()
    {
        var colour = Level switch { NoticeLevel.Blue => "#1f5fbf", NoticeLevel.Orange => "#e07b00", _ => "#c00000" };
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(Number)).Append("</title>\n<style>\n")
            .Append("@page { size: A4; margin: 20mm; }\nbody { font-family: \"Noto Sans CJK SC\", \"WenQuanYi Zen Hei\", \"Microsoft YaHei\", sans-serif; font-size: 12pt; }\n")
            .Append("h1 { color: ").Append(colour).Append("; text-align: center; border-bottom: 3px solid ").Append(colour).Append("; padding-bottom: 6pt; }\n")
            .Append("table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #444; padding: 4pt; vertical-align: top; } th { white-space: nowrap; }\n")
            .Append("* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n")   // the lights' fills print too
            .Append(".light-green { background: #c6efce; } .light-yellow { background: #ffeb9c; } .light-red { background: #ffc7ce; } .light-grey { background: #d9d9d9; }\n")
            .Append("@media print { .no-print { display: none; } }\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Encode(LevelText)).Append("督办单</h1>\n");
        html.Append("<p class=\"number\">编号：").Append(Encode(Number)).Append("　　签发日期：").Append(SupervisionDays.Chinese(IssuedOn)).Append("</p>\n");
        if (Follows is not null)
        {
            html.Append("<p>前次督办单：").Append(Encode(Follows)).Append("</p>\n");
        }

        html.Append("<p>").Append(Encode(BodyName)).Append("：</p>\n<p>经督查，你单位以下事项亮").Append(Items.Any(i => i.Light == Light.Red) ? "红灯或黄灯" : "黄灯").Append("，现予督办。</p>\n");
        html.Append("<table>\n<thead><tr><th>序号</th><th>督办事项</th><th>预警</th><th>存在问题</th><th>完成时限</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            html.Append("<tr><td>").Append(i + 1).Append("</td><td>").Append(Encode(item.Title)).Append("<br><small>").Append(Encode(item.Item.ReferenceText)).Append("</small></td><td class=\"light-")
                .Append(item.Light.ToString().ToLowerInvariant()).Append("\">").Append(ItemLight.NameOf(item.Light)).Append("</td><td>").Append(Encode(item.Situation)).Append("</td><td>")
                .Append(item.Deadline is { } d ? SupervisionDays.Chinese(d) : "—").Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p><strong>整改要求：</strong>").Append(Encode(Action)).Append("</p>\n");
        html.Append("<p><strong>回复期限：</strong>").Append(SupervisionDays.Chinese(ReplyBy)).Append("前。</p>\n");
        html.Append("<p style=\"text-align:right\">督查督办办公室<br>").Append(SupervisionDays.Chinese(IssuedOn)).Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Readable form: <c>督办〔2025〕1号 Blue to 220581, 2 item(s), reply by 2026-01-10</c>.</summary>
    public override string ToString() => $"{Number} {Level} to {Body}, {Items.Count} item(s), reply by {SupervisionDays.Iso(ReplyBy)}";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
