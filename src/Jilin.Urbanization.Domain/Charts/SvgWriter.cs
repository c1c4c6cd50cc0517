using System.Text;

namespace Jilin.Urbanization.Domain.Charts;

/// <summary>
/// Builds one self-contained SVG document as text: no script, no external reference (the SVG namespace is the only
/// URL), every text escaped, numbers formatted invariantly. Data marks carry <c>class="mark"</c> and a
/// <c>&lt;title&gt;</c> tooltip.
/// </summary>
internal sealed class SvgWriter
{
    /// <summary>The SVG namespace, the one URL an SVG document names.</summary>
    public const string Namespace = "http://www.w3.org/2000/svg";

    /// <summary>Fonts that carry Chinese on common systems, then the generic family.</summary>
    public const string FontFamily = "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Zen Hei','Microsoft YaHei','PingFang SC',sans-serif";

    private readonly StringBuilder text = new();

    /// <summary>Starts a document of the given size with its accessible title.</summary>
    public SvgWriter(double width, double height, string title)
    {
        Width = width;
        Height = height;
        text.Append("<svg xmlns=\"").Append(Namespace).Append("\" width=\"").Append(MarkupText.Number(width))
            .Append("\" height=\"").Append(MarkupText.Number(height)).Append("\" viewBox=\"0 0 ")
            .Append(MarkupText.Number(width)).Append(' ').Append(MarkupText.Number(height))
            .Append("\" role=\"img\" font-family=\"").Append(FontFamily).Append("\" font-size=\"12\">\n");
        text.Append("<title>").AppendEscaped(title).Append("</title>\n");
        text.Append("<rect x=\"0\" y=\"0\" width=\"").Append(MarkupText.Number(width)).Append("\" height=\"")
            .Append(MarkupText.Number(height)).Append("\" fill=\"#ffffff\"/>\n");
    }

    /// <summary>The width in pixels.</summary>
    public double Width { get; }

    /// <summary>The height in pixels.</summary>
    public double Height { get; }

    /// <summary>A rectangle; a data mark when <paramref name="tooltip"/> is given.</summary>
    public SvgWriter Rect(double x, double y, double width, double height, string fill, string? tooltip = null)
    {
        text.Append("<rect");
        if (tooltip is not null)
        {
            text.Append(" class=\"mark\"");
        }

        text.Append(" x=\"").Append(MarkupText.Number(x)).Append("\" y=\"").Append(MarkupText.Number(y))
            .Append("\" width=\"").Append(MarkupText.Number(Math.Max(0, width))).Append("\" height=\"")
            .Append(MarkupText.Number(Math.Max(0, height))).Append("\" fill=\"").AppendEscaped(fill).Append('"');
        return CloseWithTooltip("rect", tooltip);
    }

    /// <summary>A circle; a data mark when <paramref name="tooltip"/> is given.</summary>
    public SvgWriter Circle(double cx, double cy, double r, string fill, string? tooltip = null)
    {
        text.Append("<circle");
        if (tooltip is not null)
        {
            text.Append(" class=\"mark\"");
        }

        text.Append(" cx=\"").Append(MarkupText.Number(cx)).Append("\" cy=\"").Append(MarkupText.Number(cy))
            .Append("\" r=\"").Append(MarkupText.Number(r)).Append("\" fill=\"").AppendEscaped(fill)
            .Append("\" stroke=\"#ffffff\" stroke-width=\"1\"");
        return CloseWithTooltip("circle", tooltip);
    }

    /// <summary>A straight line.</summary>
    public SvgWriter Line(double x1, double y1, double x2, double y2, string stroke, double strokeWidth = 1, bool dashed = false)
    {
        text.Append("<line x1=\"").Append(MarkupText.Number(x1)).Append("\" y1=\"").Append(MarkupText.Number(y1))
            .Append("\" x2=\"").Append(MarkupText.Number(x2)).Append("\" y2=\"").Append(MarkupText.Number(y2))
            .Append("\" stroke=\"").AppendEscaped(stroke).Append("\" stroke-width=\"").Append(MarkupText.Number(strokeWidth)).Append('"');
        if (dashed)
        {
            text.Append(" stroke-dasharray=\"4 3\"");
        }

        text.Append("/>\n");
        return this;
    }

    /// <summary>A text at (x, y), anchored at its start, middle or end.</summary>
    public SvgWriter Text(double x, double y, string content, string anchor = "start", double size = 12, string fill = "#222222", bool bold = false)
    {
        text.Append("<text x=\"").Append(MarkupText.Number(x)).Append("\" y=\"").Append(MarkupText.Number(y))
            .Append("\" text-anchor=\"").Append(anchor).Append("\" font-size=\"").Append(MarkupText.Number(size))
            .Append("\" fill=\"").AppendEscaped(fill).Append('"');
        if (bold)
        {
            text.Append(" font-weight=\"bold\"");
        }

        text.Append('>').AppendEscaped(content).Append("</text>\n");
        return this;
    }

    /// <summary>Closes the document and returns its text.</summary>
    public string Finish() => text.Append("</svg>\n").ToString();

    private SvgWriter CloseWithTooltip(string element, string? tooltip)
    {
        if (tooltip is null)
        {
            text.Append("/>\n");
        }
        else
        {
            text.Append("><title>").AppendEscaped(tooltip).Append("</title></").Append(element).Append(">\n");
        }

        return this;
    }
}
