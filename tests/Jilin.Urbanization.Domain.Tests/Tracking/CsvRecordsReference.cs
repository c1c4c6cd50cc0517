using System.Text;

using Jilin.Urbanization.Domain;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

/// <summary>
/// The whole-file CSV parser the tracking readers used before the two-pass tokenizer (kept verbatim as the oracle
/// of <see cref="CsvRecordsEquivalenceTests"/>):
/// RFC 4180 records as people save them: a header row naming the columns (any order, matched without regard to
/// case; unknown columns ignored), <c>,</c> or <c>;</c> as separator (whichever the header uses), quoted fields with
/// doubled quotes and line breaks inside, CRLF or LF, UTF-8 with or without a byte-order mark, blank lines skipped.
/// </summary>
internal sealed class CsvRecordsReference
{
    private readonly Dictionary<string, int> columns;

    private CsvRecordsReference(Dictionary<string, int> columns, List<Record> rows, char separator)
    {
        this.columns = columns;
        Rows = rows;
        Separator = separator;
    }

    public List<Record> Rows { get; }

    public char Separator { get; }

    /// <summary>One record: its fields, the line and column each began at.</summary>
    public sealed record Record(int Line, List<(string Text, int Line, int Column)> Fields);

    public static CsvRecordsReference Read(string text, string what)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var firstLineEnd = text.IndexOfAny(['\r', '\n']);
        var header = firstLineEnd < 0 ? text : text[..firstLineEnd];
        var separator = header.Contains(',', StringComparison.Ordinal) || !header.Contains(';', StringComparison.Ordinal) ? ',' : ';';
        var records = Parse(text, separator);
        if (records.Count == 0)
        {
            throw new PolicyDataException($"The {what} CSV is empty; its first line must be a header naming the columns.", "1:1");
        }

        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var headerFields = records[0].Fields;
        for (var i = 0; i < headerFields.Count; i++)
        {
            var name = headerFields[i].Text.Trim();
            if (name.Length > 0 && !map.TryAdd(name, i))
            {
                throw new PolicyDataException($"The header names the column {Jilin.Urbanization.Domain.Data.StrictText.Quote(name)} twice.", $"1:{headerFields[i].Column}");
            }
        }

        var rows = records.Skip(1).Where(r => !(r.Fields.Count == 1 && r.Fields[0].Text.Trim().Length == 0)).ToList();
        foreach (var row in rows)
        {
            if (row.Fields.Count != headerFields.Count)
            {
                throw new PolicyDataException(
                    $"A record has {row.Fields.Count} field(s); the header names {headerFields.Count} (RFC 4180: every record has as many fields as the header).",
                    $"{row.Line}:1");
            }
        }

        return new CsvRecordsReference(map, rows, separator);
    }

    /// <summary>The index of the first of <paramref name="names"/> the header has, or -1.</summary>
    public int Column(params string[] names)
    {
        foreach (var name in names)
        {
            if (columns.TryGetValue(name, out var index))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The index of the first of <paramref name="names"/>, or a <see cref="PolicyDataException"/> naming them all.</summary>
    public int RequiredColumn(params string[] names)
    {
        var index = Column(names);
        return index >= 0
            ? index
            : throw new PolicyDataException(
                $"The header has no '{names[0]}' column{(names.Length > 1 ? $" (or {string.Join(", ", names.Skip(1).Select(n => $"'{n}'"))})" : string.Empty)}; columns are matched by name, in any order.",
                "1:1");
    }

    private static List<Record> Parse(string text, char separator)
    {
        var records = new List<Record>();
        var fields = new List<(string, int, int)>();
        var field = new StringBuilder();
        int line = 1, column = 1, fieldLine = 1, fieldColumn = 1, recordLine = 1;
        var i = 0;
        var quoted = false;
        var wasQuoted = false;

        void EndField()
        {
            fields.Add((wasQuoted ? field.ToString() : field.ToString().Trim(), fieldLine, fieldColumn));
            field.Clear();
            wasQuoted = false;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        column += 2;
                        continue;
                    }

                    quoted = false;
                    i++;
                    column++;
                    continue;
                }

                field.Append(c);
                i++;
                if (c == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }

                continue;
            }

            if (c == '"' && field.ToString().Trim().Length == 0 && !wasQuoted)
            {
                field.Clear();
                quoted = wasQuoted = true;
                i++;
                column++;
                continue;
            }

            if (c == separator)
            {
                EndField();
                i++;
                column++;
                fieldLine = line;
                fieldColumn = column;
                continue;
            }

            if (c is '\r' or '\n')
            {
                EndField();
                records.Add(new Record(recordLine, [.. fields]));
                fields.Clear();
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                column = 1;
                fieldLine = recordLine = line;
                fieldColumn = 1;
                continue;
            }

            if (wasQuoted && !char.IsWhiteSpace(c))
            {
                throw new PolicyDataException("A quoted field is followed by characters before the next separator.", $"{line}:{column}");
            }

            field.Append(c);
            i++;
            column++;
        }

        if (quoted)
        {
            throw new PolicyDataException("A quoted field is not closed before the end of the file.", $"{fieldLine}:{fieldColumn}");
        }

        if (field.Length > 0 || fields.Count > 0 || wasQuoted)
        {
            EndField();
            records.Add(new Record(recordLine, [.. fields]));
        }

        return records;
    }
}
