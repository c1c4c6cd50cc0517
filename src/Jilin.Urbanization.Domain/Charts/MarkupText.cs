using System.Globalization;
using System.Text;

namespace Jilin.Urbanization.Domain.Charts;

/// <summary>
/// Text and numbers for SVG and HTML markup: escapes the five XML special characters, replaces characters XML does
/// not allow (control characters, lone surrogates) with U+FFFD, and formats numbers invariantly, so output is
/// well-formed and the same on every machine.
/// </summary>
internal static class MarkupText
{
    /// <summary>The character that stands for one XML does not allow.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Appends <paramref name="value"/> escaped for element content and attribute values alike.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder text, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '"': text.Append("&quot;"); break;
                case '\'': text.Append("&#39;"); break;
                case '\t' or '\n' or '\r': text.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': text.Append(Replacement); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        text.Append(Replacement);
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text;
    }

    /// <summary>The escaped form of <paramref name="value"/>.</summary>
    public static string Escape(string value) => new StringBuilder(value.Length + 16).AppendEscaped(value).ToString();

    /// <summary>A coordinate or length with at most one decimal, invariant culture.</summary>
    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>An integer, invariant culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The width of <paramref name="value"/> in a font of <paramref name="fontSize"/> pixels, estimated: CJK and other
    /// wide characters one em, others about 0.6 em. Enough to lay out labels without measuring fonts.
    /// </summary>
    public static double EstimateWidth(string value, double fontSize)
    {
        var ems = 0d;
        foreach (var rune in value.EnumerateRunes())
        {
            ems += rune.Value >= 0x2E80 ? 1.0 : 0.6;
        }

        return ems * fontSize;
    }

    /// <summary>
    /// <paramref name="value"/> cut to about <paramref name="maxWidth"/> pixels with an ellipsis, whole characters only.
    /// </summary>
    public static string Fit(string value, double maxWidth, double fontSize)
    {
        if (EstimateWidth(value, fontSize) <= maxWidth)
        {
            return value;
        }

        var result = new StringBuilder();
        var width = 0.6 * fontSize; // the ellipsis
        foreach (var rune in value.EnumerateRunes())
        {
            var w = (rune.Value >= 0x2E80 ? 1.0 : 0.6) * fontSize;
            if (width + w > maxWidth)
            {
                break;
            }

            result.Append(rune.ToString());
            width += w;
        }

        return result.Append('…').ToString();
    }
}
