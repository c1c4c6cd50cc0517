using System.Text;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// CSV and TSV as people save them, read in one streaming pass: RFC 4180 quoting (doubled quotes, line breaks
/// inside quotes), CRLF, LF or CR, the separator given (TSV) or guessed from the first lines (tab, <c>,</c> or
/// <c>;</c>: the one a line uses most, so a title row above the header does not mislead it), blank lines skipped.
/// Cells are spans of a 32 K-character window (64 KB: no large object) that slides over the text, so no row or cell is a string.
/// </summary>
internal sealed class DelimitedSource : IntakeSource
{
    private const int GuessLines = 20;

    private readonly TextReader reader;
    private readonly char? fixedSeparator;
    private readonly bool leaveOpen;
    private Table? table;

    public DelimitedSource(TextReader reader, string fileName, char? separator, bool leaveOpen = false)
        : base(fileName) => (this.reader, fixedSeparator, this.leaveOpen) = (reader, separator, leaveOpen);

    public override IntakeTable? NextTable()
    {
        if (table is not null)
        {
            return null;
        }

        table = new Table(this);
        return table;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            reader.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The separator the first lines use most (per line): a tab, <c>;</c> or <c>,</c> (also when none is used).</summary>
    internal static char GuessSeparator(ReadOnlySpan<byte> head, bool utf16) =>
        (char)Guess(head, (byte)'\t', (byte)',', (byte)';', (byte)'\n', utf16 ? 2 : 1);

    internal static char GuessSeparator(ReadOnlySpan<char> head) => Guess(head, '\t', ',', ';', '\n', 1);

    private static T Guess<T>(ReadOnlySpan<T> text, T tab, T comma, T semicolon, T lineFeed, int width)
        where T : unmanaged, IEquatable<T>
    {
        int tabs = 0, commas = 0, semicolons = 0, lines = 0;
        while (!text.IsEmpty && lines++ < GuessLines)
        {
            var end = text.IndexOf(lineFeed);
            var line = end < 0 ? text : text[..end];
            tabs = Math.Max(tabs, line.Count(tab));
            commas = Math.Max(commas, line.Count(comma));
            semicolons = Math.Max(semicolons, line.Count(semicolon));
            text = end < 0 ? [] : text[Math.Min(text.Length, end + width)..];
        }

        return tabs > 0 && tabs >= commas && tabs >= semicolons ? tab : semicolons > commas ? semicolon : comma;
    }

    /// <summary>The one table: a cursor over a window of the text.</summary>
    internal sealed class Table(DelimitedSource source) : IntakeTable(null)
    {
        private const int WindowLength = 1 << 15;

        private char[] window = new char[WindowLength];
        private int start;
        private int end;
        private bool atEnd;
        private char separator;
        private bool guessed;

        // The current row's cells: start and length in the window.
        private int[] starts = new int[16];
        private int[] lengths = new int[16];
        private int count;
        private int line = 1;
        private int rowLine;

        public override int RowNumber => rowLine;

        public override int CellCount => count;

        public override ReadOnlySpan<char> Cell(int index) =>
            (uint)index < (uint)count ? window.AsSpan(starts[index], lengths[index]) : [];

        public override bool ReadRow()
        {
            if (!guessed)
            {
                Fill();
                separator = source.fixedSeparator ?? GuessSeparator(window.AsSpan(start, end - start));
                guessed = true;
            }

            while (true)
            {
                var parsed = TryParseRow(out var next, out var lines, out var quoted);
                if (parsed == Parse.NeedMore)
                {
                    if (atEnd)
                    {
                        // Only an open quote runs to the end of the text.
                        throw new PolicyDataException(
                            "A quoted cell is never closed (a \" opens it and no \" ends it before the end of the file); close it, or double a quote inside a cell (\"\").",
                            new IntakeLocation(source.FileName, null, line, 0, null, null).ToString());
                    }

                    Fill();
                    continue;
                }

                if (parsed == Parse.End)
                {
                    count = 0;
                    return false;
                }

                rowLine = line;
                line += lines;
                start = next;
                if (quoted)
                {
                    Unquote();
                }

                if (count == 1 && lengths[0] == 0)
                {
                    continue; // a blank line
                }

                return true;
            }
        }

        internal enum Parse
        {
            Row = 1,
            NeedMore,
            End,
        }

        // Finds the cells of the row at 'start': NeedMore when the window ends first (and the file does not).
        private Parse TryParseRow(out int next, out int lines, out bool quoted)
        {
            next = start;
            lines = 0;
            quoted = false;
            count = 0;
            if (start == end)
            {
                return atEnd ? Parse.End : Parse.NeedMore;
            }

            var text = window.AsSpan(0, end);
            var at = start;
            Span<char> stops = [separator, '\r', '\n'];
            while (true)
            {
                if (at < end && text[at] == '"')
                {
                    // A quoted cell: up to the quote not doubled.
                    var open = at;
                    var i = at + 1;
                    while (true)
                    {
                        var q = text[i..].IndexOf('"');
                        if (q < 0)
                        {
                            return Parse.NeedMore; // the closing quote is past the window
                        }

                        i += q + 1;
                        if (i >= end)
                        {
                            if (atEnd)
                            {
                                break; // closed at the very end of the file
                            }

                            return Parse.NeedMore; // what follows the quote is past the window
                        }

                        if (text[i] == '"')
                        {
                            i++;
                            continue;
                        }

                        break;
                    }

                    var inside = text[(open + 1)..(i - 1)];
                    lines += inside.Count('\n') + inside.Count('\r') - CountCrlf(inside);
                    Add(open, i - open);
                    quoted = true;
                    at = i;
                    if (at < end && text[at] != separator && text[at] is not ('\r' or '\n'))
                    {
                        throw new PolicyDataException(
                            $"Text follows the closing quote of a quoted cell ({Shown(text[at..Math.Min(end, at + 10)])}); quote the whole cell, or double a quote inside it (\"\").",
                            new IntakeLocation(source.FileName, null, line + lines, count, null, null).ToString());
                    }
                }
                else
                {
                    var stop = text[at..].IndexOfAny(stops);
                    if (stop < 0)
                    {
                        if (!atEnd)
                        {
                            return Parse.NeedMore;
                        }

                        Add(at, end - at);
                        next = end;
                        return Parse.Row;
                    }

                    Add(at, stop);
                    at += stop;
                }

                if (at >= end)
                {
                    if (!atEnd)
                    {
                        return Parse.NeedMore;
                    }

                    next = end;
                    return Parse.Row;
                }

                if (text[at] == separator)
                {
                    at++;
                    if (at == end && !atEnd)
                    {
                        return Parse.NeedMore;
                    }

                    if (at == end)
                    {
                        Add(at, 0);
                        next = end;
                        return Parse.Row;
                    }

                    continue;
                }

                // A line break ends the row: CRLF needs its LF in the window.
                if (text[at] == '\r')
                {
                    if (at + 1 >= end && !atEnd)
                    {
                        return Parse.NeedMore;
                    }

                    at += at + 1 < end && text[at + 1] == '\n' ? 2 : 1;
                }
                else
                {
                    at++;
                }

                lines++;
                next = at;
                return Parse.Row;
            }
        }

        private static int CountCrlf(ReadOnlySpan<char> text)
        {
            var n = 0;
            for (var i = text.IndexOf("\r\n"); i >= 0; i = text[(i + 2)..].IndexOf("\r\n") is var j && j >= 0 ? i + 2 + j : -1)
            {
                n++;
            }

            return n;
        }

        private static string Shown(ReadOnlySpan<char> text) => Data.StrictText.Quote(text.ToString());

        private void Add(int at, int length)
        {
            if (count == starts.Length)
            {
                Array.Resize(ref starts, count * 2);
                Array.Resize(ref lengths, count * 2);
            }

            starts[count] = at;
            lengths[count++] = length;
        }

        // Quoted cells lose their quotes, and doubled quotes become one, in place (the text only shrinks).
        private void Unquote()
        {
            for (var c = 0; c < count; c++)
            {
                var s = starts[c];
                if (lengths[c] < 2 || window[s] != '"')
                {
                    continue;
                }

                var inside = window.AsSpan(s + 1, lengths[c] - 2);
                var write = 0;
                for (var i = 0; i < inside.Length; i++)
                {
                    inside[write++] = inside[i];
                    if (inside[i] == '"')
                    {
                        i++; // the second of a doubled quote
                    }
                }

                starts[c] = s + 1;
                lengths[c] = write;
            }
        }

        // Moves the unread text to the front and reads more; a row longer than the window doubles it.
        private void Fill()
        {
            if (start > 0)
            {
                window.AsSpan(start, end - start).CopyTo(window);
                end -= start;
                start = 0;
            }

            if (end == window.Length)
            {
                Array.Resize(ref window, window.Length * 2);
            }

            try
            {
                var read = source.reader.Read(window, end, window.Length - end);
                if (read == 0)
                {
                    atEnd = true;
                }

                end += read;
            }
            catch (DecoderFallbackException e)
            {
                var encoding = (source.reader as StreamReader)?.CurrentEncoding ?? Encoding.UTF8;
                throw new PolicyDataException(IntakeText.WrongEncoding(encoding, e), new IntakeLocation(source.FileName, null, line, 0, null, null).ToString(), e);
            }
        }
    }
}
