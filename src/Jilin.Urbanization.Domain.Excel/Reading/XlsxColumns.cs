namespace Jilin.Urbanization.Domain.Excel.Reading;

/// <summary>Column letters (A … XFD) and A1 references.</summary>
internal static class XlsxColumns
{
    /// <summary>The last column Excel has (XFD).</summary>
    public const int Max = 16384;

    /// <summary>The letters of a 1-based column number.</summary>
    public static string Letter(int column)
    {
        Span<char> letters = stackalloc char[4];
        var at = letters.Length;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters[--at] = (char)('A' + ((n - 1) % 26));
        }

        return new string(letters[at..]);
    }

    /// <summary>The row and column of an A1 reference (<c>C7</c>), or false when it is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> reference, out int row, out int column)
    {
        (row, column) = (0, 0);
        var i = 0;
        for (; i < reference.Length && reference[i] is >= 'A' and <= 'Z'; i++)
        {
            column = (column * 26) + (reference[i] - 'A' + 1);
            if (column > Max)
            {
                return false;
            }
        }

        if (i == 0 || i == reference.Length)
        {
            return false;
        }

        for (; i < reference.Length; i++)
        {
            if (reference[i] is < '0' or > '9' || row > 1_048_576)
            {
                return false;
            }

            row = (row * 10) + (reference[i] - '0');
        }

        return row > 0;
    }
}
