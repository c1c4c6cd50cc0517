using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Excel.Writing;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Reports;

namespace Jilin.Urbanization.Domain.Excel;

/// <summary>
/// An Excel report workbook (issue 25 point 3), built a sheet at a time and written as .xlsx: a sheet per export table,
/// report table or report section, each with its title rows above a frozen header row, a filter on the header, column
/// widths that fit Chinese text (a CJK character counts as two) and status cells filled green, amber, red or grey
/// (met / on track or pending / not met or overdue / unreported, in machine names, enum names or Chinese labels).
/// Plain numbers are written as numbers, everything else as text (never as a formula). Charts stay in the HTML report.
/// Immutable: each <c>With</c> returns a new workbook.
/// </summary>
public sealed class ExcelWorkbook
{
    private readonly ValueList<SheetSpec> sheets;

    private ExcelWorkbook(ValueList<SheetSpec> sheets) => this.sheets = sheets;

    /// <summary>A workbook with no sheet yet.</summary>
    public static ExcelWorkbook Empty { get; } = new(ValueList<SheetSpec>.Empty);

    /// <summary>The sheets' names as they will be written (made valid for Excel and unique).</summary>
    public ValueList<string> SheetNames => XlsxWriter.UniqueNames(sheets.Select(s => s.Name)).ToValueList();

    /// <summary>Writes export tables as a workbook, a sheet per table, in order.</summary>
    /// <typeparam name="TRow">The tables' row type.</typeparam>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="tables">The tables.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, <paramref name="tables"/> or one of the tables is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written, or no table is given.</exception>
    public static void Write<TRow>(Stream stream, params ExportTable<TRow>[] tables)
    {
        Guard.Against.Null(tables);
        if (tables.Length == 0)
        {
            throw new ArgumentException("Give at least one table; a workbook needs a sheet.", nameof(tables));
        }

        tables.Aggregate(Empty, (book, table) => book.With(table)).Write(stream);
    }

    /// <summary>Adds a sheet with an export table: its columns' headers as the header row, a row per row.</summary>
    /// <typeparam name="TRow">The table's row type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="sheetName">The sheet's name; null takes the table's name.</param>
    /// <returns>The workbook with the sheet added last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public ExcelWorkbook With<TRow>(ExportTable<TRow> table, string? sheetName = null)
    {
        Guard.Against.Null(table);
        var columns = table.Columns;
        var status = columns.Select(c => StatusFills.IsStatusColumn(c.Header)).ToArray();
        var rows = table.Rows
            .Select(row => (IReadOnlyList<SheetCell>)[.. columns.Select((c, i) => Cell(c.Cell(row), status[i] ? StatusFills.OfText(c.Cell(row)) : null, null))])
            .ToList();
        return Plus(new SheetSpec(sheetName ?? table.Name, [], [.. columns.Select(c => new SheetColumn(c.Header))], rows));
    }

    /// <summary>Adds a sheet with a report table: its caption as the title row above the header.</summary>
    /// <param name="table">The table.</param>
    /// <param name="sheetName">The sheet's name; null takes the caption.</param>
    /// <returns>The workbook with the sheet added last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public ExcelWorkbook With(ReportTable table, string? sheetName = null)
    {
        Guard.Against.Null(table);
        return Plus(Sheet(sheetName ?? table.Caption, table.Caption.Length > 0 ? [table.Caption] : [], table));
    }

    /// <summary>
    /// Adds a report section: a sheet per table, named after the section (the second <c>标题 (2)</c>, …), with the
    /// section's heading, paragraphs and the table's caption as title rows above the header; a section without tables
    /// is one sheet of its heading and paragraphs.
    /// </summary>
    /// <param name="section">The section.</param>
    /// <returns>The workbook with the section's sheets added last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="section"/> is null.</exception>
    public ExcelWorkbook With(ReportSection section)
    {
        Guard.Against.Null(section);
        return With(section, null);
    }

    /// <summary>Adds every section of a report (see <see cref="With(ReportSection)"/>), its title above each sheet.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The workbook with the report's sheets added last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public ExcelWorkbook With(HtmlReport report)
    {
        Guard.Against.Null(report);
        var title = report.Subtitle is null ? report.Title : $"{report.Title}\n{report.Subtitle}";
        return report.Sections.Aggregate(this, (book, section) => book.With(section, title));
    }

    /// <summary>
    /// Adds a sheet with a validation report (issue 24 point 5), to send back to the office that sent the files: the
    /// summary (and how many problems were left out of a cut list) above the header, then a row per problem: file,
    /// sheet, row, column letter (or JSON path), header, the value as written (always text), the problem and the suggestion.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="sheetName">The sheet's name; null is 问题清单.</param>
    /// <returns>The workbook with the sheet added last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public ExcelWorkbook With(ValidationReport report, string? sheetName = null)
    {
        Guard.Against.Null(report);
        IReadOnlyList<string> titles = report.IsTruncated
            ? [report.ToString(), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"… and {report.Total - report.Problems.Count} more problems (另有 {report.Total - report.Problems.Count} 处问题未列出).")]
            : [report.ToString()];
        var rows = report.Problems.Select(p =>
        {
            var l = p.Location;
            return (IReadOnlyList<SheetCell>)
            [
                new(l.File), new(l.Sheet ?? string.Empty), l.Row > 0 ? SheetCell.Of(l.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)) : new(string.Empty),
                new(l.JsonPath ?? l.ColumnLetter ?? string.Empty), new(l.Header ?? string.Empty), new(p.Value), new(p.Message, Fill: StatusFill.Red), new(p.Suggestion ?? string.Empty),
            ];
        }).ToList();
        string[] headers = ["文件 file", "工作表 sheet", "行 row", "列 column", "列名 header", "填写内容 value", "问题 problem", "建议 suggestion"];
        return Plus(new SheetSpec(sheetName ?? "问题清单", titles, [.. headers.Select(h => new SheetColumn(h))], rows));
    }

    /// <summary>
    /// Adds a sheet with a notice (督办单, issue 28 point 3): its colour, number, issue day, addressee and, when it
    /// escalates one, the notice it follows as title rows; then a row per item with Chinese headers (序号, 督办事项,
    /// 事项编号, 预警, 存在问题, 完成时限) and the light's cell filled green, amber, red or grey; then the action required
    /// (整改要求) and the reply deadline (回复期限) as rows below.
    /// </summary>
    /// <param name="notice">The notice.</param>
    /// <param name="sheetName">The sheet's name; null takes the notice's number.</param>
    /// <returns>The workbook with the sheet added last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> is null.</exception>
    public ExcelWorkbook With(Supervision.Notice notice, string? sheetName = null)
    {
        Guard.Against.Null(notice);
        return Plus(NoticeSheet.Of(notice, sheetName));
    }

    /// <summary>Writes the workbook as .xlsx.</summary>
    /// <param name="stream">A writable stream (it need not seek); it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="InvalidOperationException">The workbook has no sheet.</exception>
    public void Write(Stream stream)
    {
        Guard.Against.Null(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }

        if (sheets.Count == 0)
        {
            throw new InvalidOperationException("The workbook has no sheet; add a table, a section or a report first.");
        }

        XlsxWriter.Write(stream, sheets);
    }

    /// <summary>Saves the workbook to a file.</summary>
    /// <param name="path">The file to create or overwrite; its extension should be <c>.xlsx</c>.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace, or does not end in .xlsx.</exception>
    /// <exception cref="InvalidOperationException">The workbook has no sheet.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public string Save(string path)
    {
        var full = CheckPath(path);
        if (sheets.Count == 0)
        {
            throw new InvalidOperationException("The workbook has no sheet; add a table, a section or a report first.");
        }

        using var file = File.Create(full);
        Write(file);
        return full;
    }

    /// <summary>Readable form: the sheets' names.</summary>
    public override string ToString() => sheets.Count == 0 ? "Excel workbook (no sheet)" : $"Excel workbook: {string.Join(", ", SheetNames)}";

    /// <summary>The full path of an .xlsx file to write, or an exception naming what is wrong.</summary>
    internal static string CheckPath(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        return string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase)
            ? Path.GetFullPath(path)
            : throw new ArgumentException($"'{path}' has the extension '{Path.GetExtension(path)}'; an Excel workbook is saved as .xlsx.", nameof(path));
    }

    private ExcelWorkbook With(ReportSection section, string? reportTitle)
    {
        IReadOnlyList<string> heading = [.. reportTitle is null ? [] : new[] { reportTitle }, section.Heading, .. section.Paragraphs];
        if (section.Tables.Count == 0)
        {
            return Plus(new SheetSpec(section.Heading, heading, [], []));
        }

        var book = this;
        foreach (var table in section.Tables)
        {
            book = book.Plus(Sheet(section.Heading, table.Caption.Length > 0 ? [.. heading, table.Caption] : heading, table));
        }

        return book;
    }

    private static SheetSpec Sheet(string name, IReadOnlyList<string> titles, ReportTable table)
    {
        var status = table.Columns.Select(StatusFills.IsStatusColumn).ToArray();
        var rows = table.Rows
            .Select(row => (IReadOnlyList<SheetCell>)[.. row.Select((cell, i) => Cell(cell.Text, (status[i] ? StatusFills.OfText(cell.Text) : null) ?? (cell.Colour is { } c ? StatusFills.OfColour(c) : null), cell.Colour))])
            .ToList();
        return new SheetSpec(name, titles, [.. table.Columns.Select(c => new SheetColumn(c))], rows);
    }

    private static SheetCell Cell(string text, StatusFill? fill, string? colour) => SheetCell.Of(text, fill, colour);

    private ExcelWorkbook Plus(SheetSpec sheet) => new(sheets.Append(sheet).ToValueList());
}
