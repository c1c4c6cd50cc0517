using System.Buffers;
using System.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// The one CSV cell encoder every CSV writer of the library uses. Two rules, in this order:
/// <list type="number">
/// <item><b>Formula neutralisation</b> (OWASP, "CSV Injection"): a cell that begins with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return would be run as a formula by spreadsheet programs, so it gets a leading
/// apostrophe (<c>'</c>) and is quoted. The one exception is a cell that is wholly a plain decimal number
/// (<c>-12</c>, <c>-0.5</c>, <c>+3</c>: an optional sign, ASCII digits, an optional point and digits): no program
/// reads it as a formula, so numbers the library writes stay numbers. <c>-1+2</c> or <c>-2 人</c> are not plain
/// numbers and are neutralised.</item>
/// <item><b>RFC 4180 quoting</b>: a cell holding a comma, a double quote, CR or LF is quoted and its quotes doubled.</item>
/// </list>
/// The apostrophe is visible in a text editor and in code that reads the CSV back; it is the price of a file that is
/// safe to open in a spreadsheet.
/// </summary>
internal static class CsvText
{
    public const string RecordSeparator = "\r\n";

    /// <summary>The characters that make a spreadsheet program read a cell as a formula when they begin it.</summary>
    private static readonly SearchValues<char> FormulaPrefixes = SearchValues.Create("=+-@\t\r");

    private static readonly SearchValues<char> NeedsQuoting = SearchValues.Create(",\"\r\n");

    /// <summary>Appends <paramref name="field"/> encoded as one CSV cell (see the type's summary).</summary>
    public static void AppendField(StringBuilder line, string field)
    {
        var neutralise = IsFormulaLike(field);
        if (!neutralise && field.AsSpan().IndexOfAny(NeedsQuoting) < 0)
        {
            line.Append(field);
            return;
        }

        line.Append('"');
        if (neutralise)
        {
            line.Append('\'');
        }

        line.Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>The cell text <paramref name="field"/> becomes (quoting aside): with a leading apostrophe when formula-like.</summary>
    public static bool IsFormulaLike(string field) =>
        field.Length > 0 && FormulaPrefixes.Contains(field[0]) && !IsPlainNumber(field);

    /// <summary>An optional sign, ASCII digits, an optional point followed by digits; nothing else.</summary>
    private static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        if (text is ['-' or '+', .. var rest])
        {
            text = rest;
        }

        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? [] : text[(point + 1)..];
        return !whole.IsEmpty && !whole.ContainsAnyExceptInRange('0', '9')
            && (point < 0 || (!fraction.IsEmpty && !fraction.ContainsAnyExceptInRange('0', '9')));
    }
}
