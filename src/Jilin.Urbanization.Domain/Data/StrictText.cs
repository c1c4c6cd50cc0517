using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Jilin.Urbanization.Domain.Data;

/// <summary>
/// The one strict reader of short machine tokens in outside data — enum names, ids, unit symbols and numbers — shared by
/// every input path (catalog JSON, curated files, <c>MeasureId.Parse</c>, <c>Unit.Parse</c>, progress readers). A token is
/// refused when it is empty, has leading or trailing whitespace of any kind (U+3000 ideographic space, U+00A0 NBSP, tabs,
/// line ends), or holds a control character (U+0000 …) or an invisible format character (U+200B zero-width space,
/// U+FEFF byte-order mark, bidirectional marks) anywhere. .NET's own parsers forgive some of these (<c>Enum.TryParse</c>
/// trims, <c>int.TryParse</c> ignores trailing U+0000), which would let two different texts read as one value and break
/// byte-identical round trips.
/// </summary>
internal static class StrictText
{
    /// <summary>How many characters of a refused text a message quotes: the one bound for input in messages.</summary>
    public const int QuoteLimit = 64;

    /// <summary>How long a location that quotes input (a JSON path through a member name) may be.</summary>
    public const int LocationLimit = 2 * QuoteLimit;

    /// <summary>True when <paramref name="text"/> is a clean token (see the type's summary).</summary>
    public static bool IsToken(string? text) => text is not null && IsToken(text.AsSpan());

    /// <summary>True when <paramref name="text"/> is a clean token (see the type's summary).</summary>
    public static bool IsToken(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a control character, a format character (zero-width, BOM, bidi marks) or a lone surrogate.</summary>
    public static bool IsInvisible(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>
    /// Reads a declared enum member by its camelCase JSON name (<c>leadFirst</c>): the exact name only — no numbers,
    /// no other casing, no comma lists, no padding or invisible characters.
    /// </summary>
    public static bool TryParseEnum<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (!IsToken(text) || !char.IsAsciiLetterLower(text![0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return Enum.TryParse(string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1)), ignoreCase: false, out value)
            && DefinedEnum.Defines(value);
    }

    /// <summary>
    /// Reads a whole number of ASCII digits only (no sign, no padding, no leading zero unless it is <c>0</c>) within
    /// [<paramref name="min"/>, <paramref name="max"/>].
    /// </summary>
    public static bool TryParseInt32(ReadOnlySpan<char> text, int min, int max, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 10 || (text[0] == '0' && text.Length > 1))
        {
            return false;
        }

        long accumulated = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            accumulated = (accumulated * 10) + (c - '0');
        }

        if (accumulated < min || accumulated > max)
        {
            return false;
        }

        value = (int)accumulated;
        return true;
    }

    /// <summary>
    /// Reads an invariant decimal: an optional <c>-</c>, ASCII digits, an optional <c>.</c> and digits — no exponent, no
    /// group separators, no padding — whose magnitude is within <see cref="CheckedDecimal.DataLimit"/>.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        var digits = text is ['-', ..] ? text[1..] : text;
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? [] : digits[(point + 1)..];
        if (whole.IsEmpty || (point >= 0 && fraction.IsEmpty) || whole.ContainsAnyExceptInRange('0', '9') || fraction.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && CheckedDecimal.IsWithinDataLimit(value);
    }

    /// <summary>
    /// The text quoted for a message: at most <see cref="QuoteLimit"/> characters (with the total length when cut), and
    /// every invisible or whitespace character other than a plain space shown as <c>\uXXXX</c>, so a refused
    /// <c>"sole\u0000"</c> does not look like <c>"sole"</c>.
    /// </summary>
    public static string Quote(string text)
    {
        var shown = text.Length <= QuoteLimit ? text.AsSpan() : text.AsSpan(0, QuoteLimit);
        var quoted = new StringBuilder(shown.Length + 16).Append('\'');
        foreach (var c in shown)
        {
            if (IsInvisible(c) || (char.IsWhiteSpace(c) && c != ' '))
            {
                quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                quoted.Append(c);
            }
        }

        quoted.Append('\'');
        if (shown.Length < text.Length)
        {
            quoted.Append(CultureInfo.InvariantCulture, $" (first {QuoteLimit} of {text.Length} characters)");
        }

        return quoted.ToString();
    }

    /// <summary>
    /// A location bounded like a quote: a JSON path names members as written, so a 200 kB member name would make a
    /// 200 kB location; past <see cref="LocationLimit"/> characters it is cut with an ellipsis.
    /// </summary>
    public static string Location(string location) =>
        location.Length <= LocationLimit ? location : string.Concat(location.AsSpan(0, LocationLimit), "…");

    /// <summary>
    /// A <see cref="JsonException"/> as a message and a location, both bounded: System.Text.Json's message repeats the
    /// path (which quotes member names as written), so the path is dropped from the message and bounded as the location.
    /// </summary>
    public static (string Message, string Location) JsonError(JsonException e)
    {
        var message = e.Message;
        var path = message.IndexOf(" Path: ", StringComparison.Ordinal);
        message = path >= 0 ? message[..path] : message;
        message = message.Length <= 4 * QuoteLimit ? message : string.Concat(message.AsSpan(0, 4 * QuoteLimit), "…");
        if (e.LineNumber is { } line)
        {
            message += string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {e.BytePositionInLine + 1})");
        }

        return (message, Location(e.Path ?? "$"));
    }
}
