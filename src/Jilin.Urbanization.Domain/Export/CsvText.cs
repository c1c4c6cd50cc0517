using System.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>RFC 4180 fields: a field holding a comma, a double quote, CR or LF is quoted and its quotes doubled.</summary>
internal static class CsvText
{
    public const string RecordSeparator = "\r\n";

    public static void AppendField(StringBuilder line, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(field);
            return;
        }

        line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
