namespace Jilin.Urbanization.Domain.Excel.Writing;

/// <summary>
/// One sheet to write: title rows merged across the table above the header, the header, the rows, and how many
/// empty input rows to leave below them for people to fill in.
/// </summary>
/// <param name="Name">The sheet's name (made valid and unique by the writer).</param>
/// <param name="Titles">Title lines above the header, each a row merged across the columns (the first in bold).</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
/// <param name="InputRows">Empty rows to leave below the rows with input columns styled and validated.</param>
internal sealed record SheetSpec(string Name, IReadOnlyList<string> Titles, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<IReadOnlyList<SheetCell>> Rows, int InputRows = 0)
{
    /// <summary>Whether the sheet has a table (a header) at all; a sheet of notes has none.</summary>
    public bool HasTable => Columns.Count > 0;
}
