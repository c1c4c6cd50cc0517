using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jilin.Urbanization.Domain.Excel.Writing;

/// <summary>The cell styles a workbook uses, handed out as they are asked for and written once as its stylesheet.</summary>
internal sealed class StyleBook
{
    /// <summary>The custom number format id of yyyy-mm-dd dates.</summary>
    private const uint IsoDateFormat = 164;

    private readonly List<Style> styles = [default];
    private readonly Dictionary<Style, uint> indexes = new() { [default] = 0 };

    /// <summary>A cell style: bold, wrapped, filled (RRGGBB), font colour (RRGGBB), a date format, a font size (0: default), a border.</summary>
    public readonly record struct Style(bool Bold = false, bool Wrap = false, string? Fill = null, string? Font = null, bool Date = false, int Size = 0, bool Border = false);

    /// <summary>The header row's style: bold on blue-grey, bordered, wrapped.</summary>
    public static Style Header => new(Bold: true, Wrap: true, Fill: "EEF1F6", Border: true);

    /// <summary>The style of a status fill: Excel's Good, Neutral and Bad colours, and a grey.</summary>
    public static Style Status(StatusFill fill) => fill switch
    {
        StatusFill.Green => new(Fill: "C6EFCE", Font: "006100", Border: true),
        StatusFill.Amber => new(Fill: "FFEB9C", Font: "9C5700", Border: true),
        StatusFill.Red => new(Fill: "FFC7CE", Font: "9C0006", Border: true),
        _ => new(Fill: "E0E0E0", Font: "424242", Border: true),
    };

    /// <summary>A light tint (a quarter of the colour on white) of a #rrggbb colour, for a coloured report cell.</summary>
    public static Style Tint(string colour)
    {
        var rgb = Convert.FromHexString(colour.AsSpan(1, 6));
        var tint = rgb.Select(b => (byte)(255 - ((255 - b) / 4))).ToArray();
        return new(Fill: Convert.ToHexString(tint), Border: true);
    }

    /// <summary>The index of a style, added when it is new.</summary>
    public uint this[Style style]
    {
        get
        {
            if (!indexes.TryGetValue(style, out var index))
            {
                index = (uint)styles.Count;
                styles.Add(style);
                indexes[style] = index;
            }

            return index;
        }
    }

    /// <summary>The stylesheet of every style handed out.</summary>
    public Stylesheet ToStylesheet()
    {
        var fonts = new List<(bool Bold, string? Colour, int Size)> { (false, null, 0) };
        var fills = new List<string?> { null, null };
        var formats = new CellFormats();
        foreach (var style in styles)
        {
            var font = (style.Bold, style.Font, style.Size);
            var fontId = fonts.IndexOf(font) is var f and >= 0 ? f : Add(fonts, font);
            var fillId = style.Fill is null ? 0 : fills.IndexOf(style.Fill) is var i and >= 2 ? i : Add(fills, style.Fill);
            var format = new CellFormat
            {
                FontId = (uint)fontId,
                FillId = (uint)fillId,
                BorderId = style.Border ? 1U : 0U,
                NumberFormatId = style.Date ? IsoDateFormat : 0U,
                ApplyFont = fontId > 0,
                ApplyFill = fillId > 0,
                ApplyBorder = style.Border,
                ApplyNumberFormat = style.Date,
            };
            if (style.Wrap)
            {
                format.Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top };
                format.ApplyAlignment = true;
            }

            formats.Append(format);
        }

        formats.Count = (uint)styles.Count;
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = IsoDateFormat, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
            new Fonts(fonts.Select(Font)) { Count = (uint)fonts.Count },
            new Fills(fills.Select((fill, i) => Fill(fill, i))) { Count = (uint)fills.Count },
            new Borders(new Border(), Thin()) { Count = 2 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static int Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return list.Count - 1;
    }

    private static Font Font((bool Bold, string? Colour, int Size) font)
    {
        var element = new Font();
        if (font.Bold)
        {
            element.Append(new Bold());
        }

        element.Append(new FontSize { Val = font.Size > 0 ? font.Size : 11 });
        if (font.Colour is not null)
        {
            element.Append(new Color { Rgb = "FF" + font.Colour });
        }

        // A CJK font Office and LibreOffice both know; 宋体 is what a Chinese Excel uses by default.
        element.Append(new FontName { Val = "宋体" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 });
        return element;
    }

    private static Fill Fill(string? colour, int index) => index switch
    {
        0 => new Fill(new PatternFill { PatternType = PatternValues.None }),
        1 => new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
        _ => new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + colour }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }),
    };

    private static Border Thin()
    {
        static T Side<T>() where T : BorderPropertiesType, new() => new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFD0D0D0" } };
        return new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder());
    }
}
