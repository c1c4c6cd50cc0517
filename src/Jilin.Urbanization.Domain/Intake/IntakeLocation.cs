using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// Where a cell of intake is, as the person who filled the file finds it again: the file, the sheet (a worksheet, a
/// JSON list), the row and column as the file shows them (column <c>C</c>, row 5), the header name of the column
/// once the header row is known — or, in a JSON file, the JSON path.
/// </summary>
/// <param name="File">The file's name (<see cref="IntakeSource.FileName"/>).</param>
/// <param name="Sheet">The sheet's name, or null for a file of one table.</param>
/// <param name="Row">The row number as the file shows it, from 1; 0 when the location is the whole file or sheet.</param>
/// <param name="Column">The column number, from 1 (<c>A</c>); 0 when the location is a whole row.</param>
/// <param name="Header">The column's header as written (<c>完成值</c>), or null before the header row is known.</param>
/// <param name="JsonPath">The JSON path (<c>$.observations[3].value</c>) in a JSON file, else null.</param>
/// <exception cref="ArgumentNullException">A required argument is null.</exception>
public sealed record IntakeLocation(string File, string? Sheet, int Row, int Column, string? Header, string? JsonPath)
{
    /// <summary>The file's name.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public string File { get; init => field = Guard.Against.Null(value, nameof(File)); } = Guard.Against.Null(File);

    /// <summary>The column's letters as a spreadsheet shows them (<c>A</c>, <c>Z</c>, <c>AA</c>), or null when the location is a whole row.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ColumnLetter => Column > 0 ? Letters(Column) : null;

    /// <summary>The location of a whole file (or sheet).</summary>
    /// <param name="file">The file's name.</param>
    /// <param name="sheet">The sheet, or null.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    public static IntakeLocation Of(string file, string? sheet = null) => new(file, sheet, 0, 0, null, null);

    /// <summary>The column letters of a column number: 1 is <c>A</c>, 26 <c>Z</c>, 27 <c>AA</c>.</summary>
    /// <param name="column">The column number, from 1.</param>
    /// <returns>The letters.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is less than 1.</exception>
    public static string Letters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(column);
        Span<char> letters = stackalloc char[8];
        var at = letters.Length;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters[--at] = (char)('A' + ((n - 1) % 26));
        }

        return new string(letters[at..]);
    }

    /// <summary>The location as a person reads it: <c>梅河口.csv, row 5, column C (完成值)</c>, <c>台账.xlsx, sheet 一季度, row 4</c>, <c>tracking.json $.observations[3].value</c>; without a file name (read from a text reader or a stream) the rest alone: <c>row 5, column C (value)</c>, <c>$.observations[3].value</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        // A file read from a text reader or a stream has no name: the location is then the row and column (or the path) alone.
        if (JsonPath is not null)
        {
            return File.Length == 0 ? JsonPath : $"{File} {JsonPath}";
        }

        var parts = new List<string>(4);
        if (File.Length > 0)
        {
            parts.Add(File);
        }

        if (Sheet is not null)
        {
            parts.Add($"sheet {Sheet}");
        }

        if (Row > 0)
        {
            parts.Add($"row {Row}");
        }

        if (Column > 0)
        {
            parts.Add(Header is { Length: > 0 } ? $"column {ColumnLetter} ({Header})" : $"column {ColumnLetter}");
        }

        return parts.Count == 0 ? "the file" : string.Join(", ", parts);
    }
}
