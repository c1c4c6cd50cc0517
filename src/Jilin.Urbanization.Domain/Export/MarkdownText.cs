using System.Buffers;
using System.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// The one Markdown table-cell encoder every Markdown writer of the library uses. A cell's text is shown as text, never
/// run as markup: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> become HTML entities (so <c>&lt;script&gt;</c> or
/// <c>&lt;img onerror=…&gt;</c> from a user's JSON renders as those characters instead of HTML); a backslash and a pipe
/// are escaped (<c>\\</c>, <c>\|</c>) so a cell cannot end early; each line break (CR LF, LF or CR) becomes
/// <c>&lt;br&gt;</c>, the one tag the encoder itself writes, so a row stays on one line.
/// </summary>
internal static class MarkdownText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\\|\r\n");

    public static string Cell(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        var cell = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    cell.Append("&amp;");
                    break;
                case '<':
                    cell.Append("&lt;");
                    break;
                case '>':
                    cell.Append("&gt;");
                    break;
                case '\\':
                    cell.Append(@"\\");
                    break;
                case '|':
                    cell.Append(@"\|");
                    break;
                case '\r':
                    cell.Append("<br>");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    cell.Append("<br>");
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        return cell.ToString();
    }
}
