namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// One table of a file, read row by row: a worksheet of a workbook, the one table of a CSV or TSV file, or one list
/// of a JSON tracking file. A source (<see cref="IntakeSource"/>) writes one subclass per format; the pipeline
/// (<see cref="IntakeReader"/>) finds the header row by the header table, so title rows above it (a merged
/// 督查督办 title, a note) are simply rows the table gives like any other.
/// </summary>
/// <remarks>
/// A table is a forward-only cursor, like <see cref="System.Data.Common.DbDataReader"/>: <see cref="ReadRow"/> moves to
/// the next row, and the row's cells are spans valid until the next call, so a CSV row costs no string per cell.
/// Cells are text as a person sees it: a source of typed cells (a workbook) renders a date as <c>yyyy-MM-dd</c>, a
/// percent-formatted number as <c>78%</c> and any other number in the invariant culture.
/// </remarks>
public abstract class IntakeTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="sheet">The sheet's name as the file shows it (a worksheet tab, a JSON list such as <c>observations</c>), or null for a file of one table (CSV, TSV).</param>
    protected IntakeTable(string? sheet) => Sheet = sheet;

    /// <summary>The sheet's name as the file shows it, or null for a file of one table (CSV, TSV).</summary>
    public string? Sheet { get; }

    /// <summary>The number of the current row as the file shows it: the line a CSV record starts on, a worksheet's row number, a JSON list's index plus one.</summary>
    public abstract int RowNumber { get; }

    /// <summary>The number of cells in the current row (trailing empty cells may be left out).</summary>
    public abstract int CellCount { get; }

    /// <summary>Moves to the next row; false after the last.</summary>
    /// <returns>True when there is a current row.</returns>
    /// <exception cref="PolicyDataException">The rest of the table cannot be read (an unterminated quote, text that does not decode); the location says where.</exception>
    public abstract bool ReadRow();

    /// <summary>The text of the cell at <paramref name="index"/> of the current row, as written (empty beyond <see cref="CellCount"/>); valid until the next <see cref="ReadRow"/>.</summary>
    /// <param name="index">The cell's index in the row, from 0.</param>
    /// <returns>The cell's text.</returns>
    public abstract ReadOnlySpan<char> Cell(int index);

    /// <summary>
    /// The columns' names when the format itself names them (the members of JSON entries, a typed source): the pipeline
    /// then reads every row as data. Null (the default): the header is a row of the table, found by the header table
    /// among the first <see cref="IntakeOptions.HeaderSearchRows"/> rows (title rows may stand above it).
    /// </summary>
    public virtual ValueList<string>? Header => null;

    /// <summary>
    /// What makes the current row unreadable as cells (a JSON entry that is not an object), or null (the default): the
    /// pipeline reports it at the row and reads on.
    /// </summary>
    public virtual string? RowProblem => null;

    /// <summary>
    /// The column number the file shows for the cell at <paramref name="index"/>, from 1 (column <c>A</c> is 1); a
    /// source whose rows skip columns (a sparse worksheet row) overrides it. By default the index plus one.
    /// </summary>
    /// <param name="index">The cell's index in the row, from 0.</param>
    /// <returns>The column number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or too large for a column.</exception>
    public virtual int ColumnNumber(int index) => index is >= 0 and < int.MaxValue ? index + 1 : throw new ArgumentOutOfRangeException(nameof(index), index, "A cell's index is from 0.");

    /// <summary>
    /// The JSON path of the cell at <paramref name="index"/> of the current row (<c>$.observations[3].value</c>) for a
    /// source of JSON, where a location is a path; null (the default) for sources of rows and columns.
    /// </summary>
    /// <param name="index">The cell's index in the row, from 0; -1 for the row itself (<c>$.observations[3]</c>).</param>
    /// <param name="header">The header name of the cell's column, as the file wrote it.</param>
    /// <returns>The path, or null.</returns>
    public virtual string? JsonPath(int index, string header) => null;

    /// <summary>A short description for logs and the debugger.</summary>
    /// <returns>The sheet and the current row.</returns>
    public override string ToString() => $"IntakeTable {Sheet ?? "(one table)"} at row {RowNumber}";
}
