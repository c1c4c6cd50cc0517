using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jilin.Urbanization.Domain.Excel.Reading;

/// <summary>The number kind of each cell style (<c>s</c> attribute) of a workbook, read once from its styles part.</summary>
internal sealed class XlsxNumberFormats
{
    private readonly XlsxNumberKind[] kinds;

    private XlsxNumberFormats(XlsxNumberKind[] kinds) => this.kinds = kinds;

    /// <summary>The kinds of a workbook's cell styles; a workbook without styles shows every number plainly.</summary>
    public static XlsxNumberFormats Of(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } cellFormats)
        {
            return new([]);
        }

        var custom = new Dictionary<uint, XlsxNumberKind>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id)
            {
                custom[id] = KindOfCode(format.FormatCode?.Value ?? string.Empty);
            }
        }

        var kinds = cellFormats.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id ? (custom.TryGetValue(id, out var kind) ? kind : BuiltIn(id)) : XlsxNumberKind.Number)
            .ToArray();
        return new(kinds);
    }

    /// <summary>The kind of a cell style index; an unknown index is a plain number.</summary>
    public XlsxNumberKind this[int style] => style >= 0 && style < kinds.Length ? kinds[style] : XlsxNumberKind.Number;

    /// <summary>
    /// Built-in formats (ECMA-376 part 1, 18.8.30): 9 and 10 are percentages; 14–17 and 22 dates; 18–21 and 45–47 times;
    /// 27–36 and 50–58 are the East Asian date formats (<c>yyyy"年"m"月"d"日"</c> on a Chinese Excel).
    /// </summary>
    public static XlsxNumberKind BuiltIn(uint id) => id switch
    {
        9 or 10 => XlsxNumberKind.Percent,
        (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58) => XlsxNumberKind.Date,
        (>= 18 and <= 21) or (>= 45 and <= 47) => XlsxNumberKind.Time,
        _ => XlsxNumberKind.Number,
    };

    /// <summary>
    /// The kind of a custom format code: its first section, with quoted text, escaped characters and bracketed parts
    /// (colours, conditions, locales) left out; a y or d makes it a date, and an m without h or s (<c>General</c> and <c>0.00E+00</c> have none), h or s alone a time, % a percentage.
    /// </summary>
    public static XlsxNumberKind KindOfCode(string code)
    {
        var (date, minute, time, percent) = (false, false, false, false);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case ';':
                    i = code.Length;
                    break;
                case '"':
                    i = code.IndexOf('"', i + 1) is var end and >= 0 ? end : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    // [h], [m], [s] are elapsed time; [Red], [$-804], [>100] are not digits at all.
                    var close = code.IndexOf(']', i + 1);
                    var inner = close > i ? code[(i + 1)..close] : string.Empty;
                    time |= inner.Length > 0 && inner.All(ch => ch is 'h' or 'H' or 'm' or 'M' or 's' or 'S');
                    i = close >= 0 ? close : code.Length;
                    break;
                case 'y' or 'Y' or 'd' or 'D':
                    date = true;
                    break;
                case 'm' or 'M':
                    minute = true;
                    break;
                case 'h' or 'H' or 's' or 'S':
                    time = true;
                    break;
                case '%':
                    percent = true;
                    break;
            }
        }

        // m is a month, unless the format has hours or seconds and no day or year (h:mm).
        date |= minute && !time;
        return date ? XlsxNumberKind.Date : time ? XlsxNumberKind.Time : percent ? XlsxNumberKind.Percent : XlsxNumberKind.Number;
    }
}
