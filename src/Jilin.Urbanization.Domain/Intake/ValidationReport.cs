using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// Every problem intake found in a file (or files), bounded: the first <see cref="Limit"/> are kept, the rest counted
/// (<see cref="Total"/>). An office sends it back to the county that sent the file, as CSV (<see cref="WriteCsv"/>) or
/// Markdown (<see cref="WriteMarkdown"/>); the Excel package writes it as a workbook.
/// </summary>
public sealed class ValidationReport
{
    private const string Columns = "文件 file,工作表 sheet,行 row,列 column,列名 header,填写内容 value,问题 problem,建议 suggestion";

    // How many rows left blank a report names (the rest are counted).
    private const int NotFilledKept = 20;

    internal ValidationReport(ValueList<ValidationProblem> problems, int total, int limit, int rows, int notFilled = 0, ValueList<IntakeLocation>? notFilledRows = null)
    {
        Problems = problems;
        Total = total;
        Limit = limit;
        Rows = rows;
        NotFilled = notFilled;
        NotFilledRows = notFilledRows ?? ValueList<IntakeLocation>.Empty;
    }

    /// <summary>A report of no problems over no rows.</summary>
    public static ValidationReport Empty { get; } = new(ValueList<ValidationProblem>.Empty, 0, 1000, 0);

    /// <summary>The problems kept, in the order they were found (file, sheet, row, column).</summary>
    public ValueList<ValidationProblem> Problems { get; }

    /// <summary>The number of problems found, kept or not.</summary>
    public int Total { get; }

    /// <summary>The most problems kept.</summary>
    public int Limit { get; }

    /// <summary>The number of data rows read (below the header rows).</summary>
    public int Rows { get; }

    /// <summary>
    /// The number of rows left blank (未填报): rows that fill in nothing a person writes (no value, day, status, note,
    /// source) but only what a template fills in beforehand (ids, names, units, deadlines). They give no entry and are
    /// no problem; the summary line counts them, so none is dropped unseen. Not among <see cref="Rows"/>.
    /// </summary>
    public int NotFilled { get; }

    /// <summary>Where the first rows left blank are (up to 20; <see cref="NotFilled"/> counts them all).</summary>
    public ValueList<IntakeLocation> NotFilledRows { get; }

    /// <summary>
    /// The number of rows that are not data (非数据行): totals (合计, 总计, 小计) and sign-off or note lines (落款、注释:
    /// <c>填表人：张三</c>, <c>联系电话：…</c>, <c>注：…</c>): rows whose every filled cell is such a word or line. They give no entry and are no problem;
    /// the summary line counts and names them, so none is dropped unseen. Not among <see cref="Rows"/>.
    /// </summary>
    public int NotData { get; internal init; }

    /// <summary>Where the first rows that are not data are (up to 20; <see cref="NotData"/> counts them all).</summary>
    public ValueList<IntakeLocation> NotDataRows { get; internal init; } = ValueList<IntakeLocation>.Empty;

    /// <summary>
    /// The lines about rows that gave no entry and are no problem, as the summary writes them: rows left blank (未填报)
    /// and rows that are not data (合计、落款或注释), each with where the first are; empty when there are none. A tool
    /// that prints the problems prints these too, so no row is dropped unseen.
    /// </summary>
    public ValueList<string> Notes =>
        new[] { NotFilled > 0 ? NotFilledLine : null, NotData > 0 ? NotDataLine : null }.OfType<string>().ToValueList();

    /// <summary>True when no problem was found.</summary>
    public bool IsValid => Total == 0;

    /// <summary>True when more problems were found than kept.</summary>
    public bool IsTruncated => Total > Problems.Count;

    /// <summary>The reports of several files as one (the limit is the larger of the two).</summary>
    /// <param name="other">The other report.</param>
    /// <returns>The combined report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public ValidationReport Merge(ValidationReport other)
    {
        Guard.Against.Null(other);
        var limit = Math.Max(Limit, other.Limit);
        return new ValidationReport(
            Problems.Concat(other.Problems).Take(limit).ToValueList(), Total + other.Total, limit, Rows + other.Rows,
            NotFilled + other.NotFilled, NotFilledRows.Concat(other.NotFilledRows).Take(NotFilledKept).ToValueList())
        {
            NotData = NotData + other.NotData,
            NotDataRows = NotDataRows.Concat(other.NotDataRows).Take(NotFilledKept).ToValueList(),
        };
    }

    /// <summary>Writes the problems as CSV (UTF-8 text; a header row in Chinese and English), one row per problem; a cut list ends with a row saying how many more there were.</summary>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteCsv(TextWriter writer)
    {
        Guard.Against.Null(writer);
        writer.Write(Columns);
        writer.Write("\r\n");
        foreach (var p in Problems)
        {
            var l = p.Location;
            string[] cells =
            [
                l.File, l.Sheet ?? string.Empty, l.Row > 0 ? l.Row.ToString(CultureInfo.InvariantCulture) : string.Empty,
                l.JsonPath ?? l.ColumnLetter ?? string.Empty, l.Header ?? string.Empty, p.Value, p.Message, p.Suggestion ?? string.Empty,
            ];
            writer.Write(string.Join(',', cells.Select(CsvCell)));
            writer.Write("\r\n");
        }

        if (IsTruncated)
        {
            writer.Write(CsvCell(More));
            writer.Write("\r\n");
        }

        foreach (var note in Notes)
        {
            writer.Write(CsvCell(note));
            writer.Write("\r\n");
        }
    }

    /// <summary>Writes the problems as a Markdown table, with a line counting them first.</summary>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteMarkdown(TextWriter writer)
    {
        Guard.Against.Null(writer);
        writer.Write(Summary);
        writer.Write("\n\n");
        if (Problems.Count == 0)
        {
            return;
        }

        writer.Write("| 位置 location | 列名 header | 填写内容 value | 问题 problem | 建议 suggestion |\n|---|---|---|---|---|\n");
        foreach (var p in Problems)
        {
            writer.Write($"| {MarkdownCell(p.Location.ToString())} | {MarkdownCell(p.Column ?? string.Empty)} | {MarkdownCell(p.Value)} | {MarkdownCell(p.Message)} | {MarkdownCell(p.Suggestion ?? string.Empty)} |\n");
        }

        if (IsTruncated)
        {
            writer.Write($"\n{More}\n");
        }
    }

    /// <summary>Writes the problems as CSV (see <see cref="WriteCsv"/>), asynchronously.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteCsvAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(writer);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(text);
        return writer.WriteAsync(text.ToString().AsMemory(), cancellationToken);
    }

    /// <summary>Writes the problems as a Markdown table (see <see cref="WriteMarkdown"/>), asynchronously.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteMarkdownAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(writer);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteMarkdown(text);
        return writer.WriteAsync(text.ToString().AsMemory(), cancellationToken);
    }

    /// <summary>The summary line: rows read and problems found, and the rows left blank (未填报) if any.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Summary;

    private string Summary =>
        string.Create(CultureInfo.InvariantCulture, $"{Rows} rows read, {Total} problem{(Total == 1 ? string.Empty : "s")} found (共 {Total} 处问题).")
        + string.Concat(Notes.Select(n => " " + n));

    // One line for every row left blank: how many, and where the first are.
    private string NotFilledLine => string.Create(
        CultureInfo.InvariantCulture,
        $"{NotFilled} row{(NotFilled == 1 ? " was" : "s were")} not filled in and gave no entry (未填报 {NotFilled} 行): {Where(NotFilledRows, NotFilled)}.");

    // One line for every row that is not data (合计, 填表人：…): how many, and where the first are.
    private string NotDataLine => string.Create(
        CultureInfo.InvariantCulture,
        $"{NotData} row{(NotData == 1 ? " was a total or a sign-off or note line" : "s were totals or sign-off or note lines")} and gave no entry (合计、落款或注释 {NotData} 行): {Where(NotDataRows, NotData)}.");

    // The rows named, grouped by file and sheet, with "…" when more were counted than named.
    private static string Where(ValueList<IntakeLocation> named, int counted) =>
        string.Join("; ", named
            .GroupBy(l => (l.File, l.Sheet))
            .Select(g => $"{IntakeLocation.Of(g.Key.File, g.Key.Sheet)} row{(g.Count() == 1 ? string.Empty : "s")} {string.Join(", ", g.Select(l => l.Row.ToString(CultureInfo.InvariantCulture)))}"))
        + (counted > named.Count ? ", …" : string.Empty);

    private string More => string.Create(CultureInfo.InvariantCulture, $"… and {Total - Problems.Count} more problems (另有 {Total - Problems.Count} 处问题未列出).");

    // A cell a spreadsheet would run as a formula (=, +, -, @ first) is written as text, with a leading apostrophe.
    private static string CsvCell(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static string MarkdownCell(string text)
    {
        var cell = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '|' => cell.Append("\\|"),
                '\r' => cell,
                '\n' => cell.Append("<br>"),
                '<' => cell.Append("&lt;"),
                '`' or '*' or '_' or '[' or ']' or '\\' => cell.Append('\\').Append(c),
                _ => cell.Append(c),
            };
        }

        return cell.ToString();
    }
}
