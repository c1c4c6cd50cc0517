using System.Buffers;
using System.Text;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// RFC 4180 records as people save them: a header row naming the columns (any order, matched without regard to
/// case; unknown columns ignored), <c>,</c> or <c>;</c> as separator (whichever the header uses), quoted fields with
/// doubled quotes and line breaks inside, CRLF or LF, UTF-8 with or without a byte-order mark, blank lines skipped.
/// </summary>
/// <remarks>
/// Two passes over the text, so a large file is neither copied into per-field strings nor held as a list of records:
/// <see cref="Read(ReadOnlyMemory{char}, string)"/> checks the whole structure first (and throws its errors in the order a whole-file parse
/// would: quoting, empty file, header, field counts); <see cref="Open"/> then walks the rows again, each field a
/// span of the text until asked for as a string.
/// </remarks>
internal sealed class CsvRecords
{
    private readonly FieldMap columns;
    private readonly ReadOnlyMemory<char> text;

    private CsvRecords(FieldMap columns, ReadOnlyMemory<char> text, char separator, int count)
    {
        this.columns = columns;
        this.text = text;
        Separator = separator;
        Count = count;
    }

    /// <summary>The records after the header (blank lines skipped), as strings.</summary>
    public IEnumerable<Record> Rows
    {
        get
        {
            var rows = Open();
            while (rows.Next())
            {
                var fields = new List<(string Text, int Line, int Column)>(rows.FieldCount);
                for (var i = 0; i < rows.FieldCount; i++)
                {
                    fields.Add((rows.Text(i), rows.LineOf(i), rows.ColumnOf(i)));
                }

                yield return new Record(rows.Line, fields);
            }
        }
    }

    /// <summary>The number of records after the header (blank lines skipped).</summary>
    public int Count { get; }

    public char Separator { get; }

    /// <summary>One record: its fields, the line and column each began at.</summary>
    public sealed record Record(int Line, List<(string Text, int Line, int Column)> Fields);

    public static CsvRecords Read(string text, string what) => Read(text.AsMemory(), what);

    /// <summary>Reads the whole of <paramref name="reader"/> (see <see cref="ReadAll"/>) and checks its structure.</summary>
    public static CsvRecords Read(TextReader reader, string what) => Read(ReadAll(reader), what);

    public static CsvRecords Read(ReadOnlyMemory<char> text, string what)
    {
        if (text.Length > 0 && text.Span[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var firstLineEnd = text.Span.IndexOfAny('\r', '\n');
        var header = firstLineEnd < 0 ? text.Span : text.Span[..firstLineEnd];
        var separator = header.Contains(',') || !header.Contains(';') ? ',' : ';';

        // Pass 1: the whole structure; quoting errors throw as found, the rest once the end is reached.
        var scan = new Cursor(text, separator);
        if (!scan.Next())
        {
            throw new PolicyDataException($"The {what} CSV is empty; its first line must be a header naming the columns.", "1:1");
        }

        var headerFields = new List<(string Text, int Column)>(scan.FieldCount);
        for (var i = 0; i < scan.FieldCount; i++)
        {
            headerFields.Add((scan.Text(i), scan.ColumnOf(i)));
        }

        int count = 0, badLine = 0, badCount = 0;
        while (scan.Next())
        {
            if (scan.IsBlank)
            {
                continue;
            }

            count++;
            if (badLine == 0 && scan.FieldCount != headerFields.Count)
            {
                (badLine, badCount) = (scan.Line, scan.FieldCount);
            }
        }

        var map = new FieldMap("The header", "column", i => $"1:{headerFields[i].Column}", "1:1");
        for (var i = 0; i < headerFields.Count; i++)
        {
            map.Add(headerFields[i].Text.Trim(), i);
        }

        if (badLine > 0)
        {
            throw new PolicyDataException(
                $"A record has {badCount} field(s); the header names {headerFields.Count} (RFC 4180: every record has as many fields as the header).",
                $"{badLine}:1");
        }

        return new CsvRecords(map, text, separator, count);
    }

    /// <summary>
    /// The reader's text in one array, without <see cref="TextReader.ReadToEnd"/>'s builder and final copy (a 82 MB
    /// file is a 164 MB string, built through as many bytes of chunks first). A seekable stream's remaining length
    /// sizes the array (UTF-8 never decodes to more characters than bytes); it grows only if that was too small.
    /// </summary>
    public static ReadOnlyMemory<char> ReadAll(TextReader reader)
    {
        const int Slack = 8192;
        var left = reader is StreamReader { BaseStream: { CanSeek: true } stream } ? stream.Length - stream.Position : 0;
        var size = left is > 0 and < int.MaxValue / 2 ? (int)left + Slack : Slack;
        var buffer = GC.AllocateUninitializedArray<char>(size);
        var length = 0;
        Span<char> probe = stackalloc char[1024];
        while (true)
        {
            if (length == buffer.Length)
            {
                // Full: look ahead in a small buffer before growing, so an exact guess does not double the array.
                var more = reader.Read(probe);
                if (more == 0)
                {
                    break;
                }

                var grown = GC.AllocateUninitializedArray<char>((int)Math.Min(Array.MaxLength, (long)buffer.Length * 2 + more));
                buffer.AsSpan(0, length).CopyTo(grown);
                probe[..more].CopyTo(grown.AsSpan(length));
                (buffer, length) = (grown, length + more);
                continue;
            }

            var read = reader.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return buffer.AsMemory(0, length);
    }

    /// <summary>A cursor over the records after the header, blank lines skipped (<see cref="RowCursor.Next"/> first).</summary>
    public RowCursor Open()
    {
        var cursor = new Cursor(text, Separator);
        cursor.Next();
        return new RowCursor(cursor);
    }

    /// <summary>The index of the one of <paramref name="names"/> (synonyms) the header has, or -1; two of them are refused (<see cref="FieldMap"/>).</summary>
    public int Column(params string[] names) => columns.Column(names);

    /// <summary>The index of the one of <paramref name="names"/>, or a <see cref="PolicyDataException"/> naming them all.</summary>
    public int RequiredColumn(params string[] names) => columns.RequiredColumn(names);

    /// <summary>The data records one at a time; a field is a span of the text (<see cref="Cursor.Span"/>) or a string.</summary>
    internal sealed class RowCursor(Cursor cursor)
    {
        public int Line => cursor.Line;

        public int FieldCount => cursor.FieldCount;

        public bool Next()
        {
            while (cursor.Next())
            {
                if (!cursor.IsBlank)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The field's text (unquoted fields trimmed), or empty for a missing column.</summary>
        public ReadOnlySpan<char> Span(int index) => index >= 0 && index < cursor.FieldCount ? cursor.Span(index) : [];

        /// <summary>The field's text as a string, or empty for a missing column.</summary>
        public string Text(int index) => index >= 0 && index < cursor.FieldCount ? cursor.Text(index) : string.Empty;

        public int LineOf(int index) => cursor.LineOf(index);

        public int ColumnOf(int index) => cursor.ColumnOf(index);

        /// <summary>Where the field began (<c>line:column</c>), or the record's line for a missing column.</summary>
        public string Where(int index) => index >= 0 && index < cursor.FieldCount ? $"{cursor.LineOf(index)}:{cursor.ColumnOf(index)}" : $"{cursor.Line}:1";
    }

    /// <summary>
    /// The tokenizer: one record per <see cref="Next"/>, its fields as positions in the text. A quoted field may
    /// start after blanks (dropped), holds doubled quotes and line breaks, and may be followed by blanks (kept)
    /// before the separator; an unquoted field is trimmed.
    /// </summary>
    internal sealed class Cursor(ReadOnlyMemory<char> memory, char separator)
    {
        private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\n");
        private static readonly SearchValues<char> CommaStops = SearchValues.Create(",\"\r\n");
        private static readonly SearchValues<char> SemicolonStops = SearchValues.Create(";\"\r\n");
        private readonly SearchValues<char> stops = separator == ',' ? CommaStops : SemicolonStops;
        private Token[] fields = new Token[16];
        private int i;
        private int line = 1;
        private int column = 1;

        public int Line { get; private set; }

        public int FieldCount { get; private set; }

        /// <summary>True for a record of one field that is blank: a blank line, skipped.</summary>
        public bool IsBlank => FieldCount == 1 && Span(0).IsWhiteSpace();

        public bool Next()
        {
            var text = memory.Span;
            FieldCount = 0;
            if (i >= text.Length)
            {
                return false;
            }

            Line = line;
            int fieldLine = line, fieldColumn = column, start = i, quoteEnd = -1;
            bool quoted = false, wasQuoted = false, escaped = false, blank = true;
            while (i < text.Length)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            escaped = true;
                            i += 2;
                            column += 2;
                            continue;
                        }

                        quoted = false;
                        quoteEnd = i;
                        i++;
                        column++;
                        continue;
                    }

                    if (c == '\n')
                    {
                        i++;
                        line++;
                        column = 1;
                        continue;
                    }

                    // Everything up to the next quote or line feed is content.
                    var content = text[i..].IndexOfAny(QuotedStops);
                    content = content < 0 ? text.Length - i : content;
                    i += content;
                    column += content;
                    continue;
                }

                if (c == '"' && blank && !wasQuoted)
                {
                    quoted = wasQuoted = true;
                    i++;
                    column++;
                    start = i;
                    continue;
                }

                if (c == separator)
                {
                    Add(new Token(start, i, quoteEnd, wasQuoted, escaped, fieldLine, fieldColumn));
                    i++;
                    column++;
                    (fieldLine, fieldColumn, start, quoteEnd) = (line, column, i, -1);
                    wasQuoted = escaped = false;
                    blank = true;
                    continue;
                }

                if (c is '\r' or '\n')
                {
                    Add(new Token(start, i, quoteEnd, wasQuoted, escaped, fieldLine, fieldColumn));
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    column = 1;
                    return true;
                }

                if (wasQuoted && !char.IsWhiteSpace(c))
                {
                    throw new PolicyDataException("A quoted field is followed by characters before the next separator.", $"{line}:{column}");
                }

                if (!wasQuoted && c != '"')
                {
                    // Everything up to the next separator, quote or line break is the field's text.
                    var run = text[i..].IndexOfAny(stops);
                    run = run < 0 ? text.Length - i : run;
                    blank = blank && text.Slice(i, run).IsWhiteSpace();
                    i += run;
                    column += run;
                    continue;
                }

                blank &= char.IsWhiteSpace(c);
                i++;
                column++;
            }

            if (quoted)
            {
                throw new PolicyDataException("A quoted field is not closed before the end of the file.", $"{fieldLine}:{fieldColumn}");
            }

            Add(new Token(start, i, quoteEnd, wasQuoted, escaped, fieldLine, fieldColumn));
            return true;
        }

        public int LineOf(int index) => fields[index].Line;

        public int ColumnOf(int index) => fields[index].Column;

        /// <summary>The field's text without allocating when it can: unquoted fields trimmed, quoted ones as written (less the quotes).</summary>
        public ReadOnlySpan<char> Span(int index)
        {
            var f = fields[index];
            var text = memory.Span;
            return !f.Quoted ? text[f.Start..f.End].Trim()
                : !f.Escaped && f.QuoteEnd + 1 == f.End ? text[f.Start..f.QuoteEnd]
                : Text(index);
        }

        public string Text(int index)
        {
            var f = fields[index];
            var text = memory.Span;
            if (!f.Quoted)
            {
                return text[f.Start..f.End].Trim().ToString();
            }

            var content = text[f.Start..f.QuoteEnd];
            var trailing = text[(f.QuoteEnd + 1)..f.End];
            return f.Escaped
                ? new StringBuilder(content.Length + trailing.Length).Append(content).Replace("\"\"", "\"").Append(trailing).ToString()
                : string.Concat(content, trailing);
        }

        private void Add(Token token)
        {
            if (FieldCount == fields.Length)
            {
                Array.Resize(ref fields, fields.Length * 2);
            }

            fields[FieldCount++] = token;
        }

        /// <summary>A field: unquoted, the raw text [Start, End); quoted, the content [Start, QuoteEnd) then blanks to End.</summary>
        private readonly record struct Token(int Start, int End, int QuoteEnd, bool Quoted, bool Escaped, int Line, int Column);
    }
}
