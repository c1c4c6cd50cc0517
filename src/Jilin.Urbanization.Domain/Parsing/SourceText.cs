using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Parsing;

/// <summary>A seed text split into lines, with the spans of trimmed pieces of it.</summary>
internal sealed class SourceText
{
    private readonly int[] lineStarts;

    public SourceText(string text, string seedFile)
    {
        Text = text;
        SeedFile = seedFile;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    public string Text { get; }

    public string SeedFile { get; }

    public int LineCount => lineStarts.Length;

    /// <summary>The trimmed content of line <paramref name="index"/> (0-based) as offset and length.</summary>
    public (int Start, int Length) TrimmedLine(int index)
    {
        var start = lineStarts[index];
        var end = index + 1 < lineStarts.Length ? lineStarts[index + 1] : Text.Length;
        return Trim(start, end - start);
    }

    /// <summary>Trims whitespace (including U+3000, U+00A0, \r) from both ends of a range.</summary>
    public (int Start, int Length) Trim(int start, int length)
    {
        var end = start + length;
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    public SourceSpan Span(int offset, int length)
    {
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceSpan(SeedFile, offset, length, line + 1, offset - lineStarts[line] + 1);
    }

    public string Location(int offset)
    {
        var span = Span(offset, 0);
        return $"{SeedFile}:{span.Line}:{span.Column}";
    }

    public Paragraph Paragraph(int offset, int length, ErrataBook errata)
    {
        var verbatim = Text.Substring(offset, length);
        return new(verbatim, Span(offset, length), errata.Correct(Text, offset, length, verbatim));
    }
}
