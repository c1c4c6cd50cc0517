using System.Text.RegularExpressions;
using System.Xml;
using Jilin.Urbanization.Domain.Data;

namespace Jilin.Urbanization.Domain.Charts;

/// <summary>
/// What an <see cref="SvgChart"/> may hold, so an HTML page can embed its markup as it is and keep the promise of no
/// script and no external resource: well-formed XML whose elements and attributes are the ones
/// <see cref="SvgWriter"/> writes (svg, title, rect, circle, line, text; sizes, colours, fonts), attribute values of
/// plain characters (no <c>url(</c>, <c>javascript:</c>, quotes or angle brackets), and no comment, processing
/// instruction, CDATA, DOCTYPE or entity. Checked on the way in (the public constructor, and so JSON reading), because
/// a chart does not keep its data and cannot be redrawn from it.
/// </summary>
internal static partial class SvgMarkup
{
    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal) { "svg", "title", "rect", "circle", "line", "text" };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "width", "height", "viewBox", "role", "font-family", "font-size", "font-weight", "x", "y", "class", "fill",
        "cx", "cy", "r", "stroke", "stroke-width", "stroke-dasharray", "x1", "y1", "x2", "y2", "text-anchor",
    };

    /// <summary>Null when <paramref name="markup"/> is a chart an HTML page may embed; otherwise what is wrong.</summary>
    public static string? Problem(string markup)
    {
        if (!markup.StartsWith("<svg ", StringComparison.Ordinal))
        {
            return "the markup does not start with '<svg '";
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CheckCharacters = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(markup), settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (!string.Equals(reader.NamespaceURI, SvgWriter.Namespace, StringComparison.Ordinal) || reader.Prefix.Length > 0 || !Elements.Contains(reader.LocalName))
                        {
                            return $"the element {StrictText.Quote(reader.Name)} is not one a chart draws";
                        }

                        if (AttributeProblem(reader) is { } problem)
                        {
                            return problem;
                        }

                        break;
                    case XmlNodeType.EndElement or XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        break;
                    default:
                        return $"the markup holds a {reader.NodeType} node";
                }
            }
        }
        catch (XmlException e)
        {
            return $"the markup is not well-formed XML ({StrictText.Quote(e.Message)})";
        }

        return null;
    }

    private static string? AttributeProblem(XmlReader reader)
    {
        while (reader.MoveToNextAttribute())
        {
            if (string.Equals(reader.Name, "xmlns", StringComparison.Ordinal) && string.Equals(reader.Value, SvgWriter.Namespace, StringComparison.Ordinal))
            {
                continue;
            }

            if (reader.Prefix.Length > 0 || !Attributes.Contains(reader.LocalName))
            {
                return $"the attribute {StrictText.Quote(reader.Name)} is not one a chart uses";
            }

            if (!PlainValue().IsMatch(reader.Value))
            {
                return $"the value of '{reader.LocalName}' holds characters a chart does not use: {StrictText.Quote(reader.Value)}";
            }
        }

        reader.MoveToElement();
        return null;
    }

    // Sizes, colours (#1f77b4), font lists ('Noto Sans CJK SC',sans-serif), dash arrays: no ':', '(', quotes, '<' or '&'.
    [GeneratedRegex(@"^[A-Za-z0-9 #.,'%\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainValue();
}
