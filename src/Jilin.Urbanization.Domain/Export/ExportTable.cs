using System.Globalization;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Serialization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// Rows of one kind (measures, departments, places, …) ready to export as CSV, JSON, Markdown, HTML or Excel
/// (<see cref="ExportFormat"/>): JSON shaped for programs (machine names; in report rows lists as arrays, subjects as
/// <c>{code, name, kind}</c>, quantities as <c>{value, unit}</c>, statuses by camelCase name), the flat formats with one
/// readable cell per column (lists joined with <see cref="ListSeparator"/>, names with codes beside them) and labels in a
/// <see cref="CultureInfo"/> (null: <see cref="CultureInfo.CurrentUICulture"/>; <c>zh-CN</c> Chinese, <c>en</c> English,
/// see <see cref="ReportText"/>). <see cref="CultureInfo.InvariantCulture"/> writes the machine layout in every flat
/// format — camelCase headers and names, codes, <c>true</c>/<c>false</c> — for programs that read the CSV.
/// A new kind of export is one small subclass: its row record, its columns and its JSON metadata (one
/// <c>[JsonSerializable]</c> line in <c>ExportJsonContext</c>). Tables are immutable.
/// </summary>
/// <typeparam name="TRow">The row type: a sealed record whose members are the columns.</typeparam>
public abstract class ExportTable<TRow>
{
    /// <summary>The separator of list items inside one CSV or Markdown cell.</summary>
    public const string ListSeparator = "; ";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates a table over rows.</summary>
    /// <param name="rows">The rows, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    protected ExportTable(IEnumerable<TRow> rows)
    {
        Guard.Against.Null(rows);
        Rows = rows.ToValueList();
    }

    /// <summary>The rows, in order.</summary>
    public ValueList<TRow> Rows { get; }

    /// <summary>The columns, in order; headers are the machine names of the JSON members (or of the parts of a member object the flat formats spread over two columns).</summary>
    public abstract ValueList<TableColumn<TRow>> Columns { get; }

    /// <summary>A short name for the table (<c>measures</c>), used in readable output.</summary>
    public abstract string Name { get; }

    /// <summary>The source-generated JSON metadata for the rows (no reflection: trim- and AOT-safe).</summary>
    protected abstract JsonTypeInfo<IReadOnlyList<TRow>> JsonTypeInfo { get; }

    /// <summary>
    /// Writes CSV: UTF-8 with a byte-order mark, a header line, RFC 4180 quoting, CRLF line ends. Headers and labels are
    /// in <paramref name="culture"/> (see <see cref="ReportText"/>); JSON keeps the machine names. A cell that begins
    /// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe (<c>'</c>), so a
    /// spreadsheet program shows it as text instead of running it as a formula (OWASP's CSV-injection advice); a cell
    /// that is wholly a plain number such as <c>-12.5</c> is written as it is.
    /// </summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public void WriteCsv(Stream stream, CultureInfo? culture = null) => WriteBytes(stream, Utf8WithBom.GetPreamble(), Utf8NoBom.GetBytes(ToCsv(culture)));

    /// <summary>The CSV text (without the byte-order mark <see cref="WriteCsv"/> writes first).</summary>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text.</returns>
    public string ToCsv(CultureInfo? culture = null)
    {
        var text = new StringBuilder();
        AppendCsvLine(text, Columns.Select(c => c.HeaderIn(culture)));
        foreach (var row in Rows)
        {
            AppendCsvLine(text, Columns.Select(c => c.TextIn(row, culture)));
        }

        return text.ToString();
    }

    /// <summary>Writes JSON: an array of row objects, camelCase machine names, indented, UTF-8 without a byte-order mark, Chinese unescaped.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public void WriteJson(Stream stream)
    {
        CheckWritable(stream);
        JsonSerializer.Serialize(stream, Rows, JsonTypeInfo);
    }

    /// <summary>The JSON text; see <see cref="WriteJson"/>.</summary>
    /// <returns>The text.</returns>
    public string ToJson() => JsonSerializer.Serialize(Rows, JsonTypeInfo);

    /// <summary>
    /// Writes a Markdown table (header, alignment row, one line per row), headers and labels in <paramref name="culture"/>.
    /// Cells are text, never markup: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> become HTML entities, <c>|</c> and <c>\</c>
    /// are escaped, line breaks become <c>&lt;br&gt;</c>.
    /// </summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public void WriteMarkdown(Stream stream, CultureInfo? culture = null) => WriteBytes(stream, [], Utf8NoBom.GetBytes(ToMarkdown(culture)));

    /// <summary>The Markdown table text, lines ending in <c>\n</c>.</summary>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text.</returns>
    public string ToMarkdown(CultureInfo? culture = null)
    {
        var text = new StringBuilder();
        AppendMarkdownLine(text, Columns.Select(c => c.HeaderIn(culture)));
        AppendMarkdownLine(text, Columns.Select(_ => "---"));
        foreach (var row in Rows)
        {
            AppendMarkdownLine(text, Columns.Select(c => c.TextIn(row, culture)));
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes an HTML page holding the table: UTF-8, inline CSS, no script; a <c>&lt;caption&gt;</c>, headers as
    /// <c>&lt;th scope="col"&gt;</c>, labels in <paramref name="culture"/>; printable on A4.
    /// </summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public void WriteHtml(Stream stream, CultureInfo? culture = null) => WriteBytes(stream, [], Utf8NoBom.GetBytes(ToHtml(culture)));

    /// <summary>Writes the HTML page asynchronously (see <see cref="WriteHtml"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteHtmlAsync(Stream stream, CultureInfo? culture = null, CancellationToken cancellationToken = default) => WriteAsync(stream, ExportFormat.Html, culture, cancellationToken);

    /// <summary>The HTML page; see <see cref="WriteHtml"/>.</summary>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The page.</returns>
    public string ToHtml(CultureInfo? culture = null)
    {
        var table = ToReportTable(culture);
        return HtmlWriter.Page(new HtmlReport(table.Caption, [new ReportSection(table.Caption, tables: [table])]), ReportText.Resolve(culture));
    }

    /// <summary>
    /// The table as people read it: caption (the table's title in <paramref name="culture"/>), readable headers and
    /// cells — the form <see cref="HtmlReport"/> sections and registered writers (<see cref="ITableFormatWriter"/>) take.
    /// </summary>
    /// <param name="culture">The language of headers and labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The table.</returns>
    public ReportTable ToReportTable(CultureInfo? culture = null) =>
        new(TableColumn<TRow>.IsMachine(culture) ? Name : ReportText.TableTitle(Name, culture), Columns.Select(c => c.HeaderIn(culture)), Rows.Select(r => Columns.Select(c => new ReportCell(c.TextIn(r, culture)))));

    /// <summary>Writes the table in a format.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="format">The format.</param>
    /// <param name="culture">The language of headers and labels (not JSON), or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="format"/> is not a defined <see cref="ExportFormat"/> value.</exception>
    /// <exception cref="NotSupportedException"><paramref name="format"/> is <see cref="ExportFormat.Xlsx"/> and no writer is registered (<see cref="TableFormatWriters"/>); the message names the package.</exception>
    public void Write(Stream stream, ExportFormat format, CultureInfo? culture = null)
    {
        switch (Data.DefinedEnum.Required(format))
        {
            case ExportFormat.Csv:
                WriteCsv(stream, culture);
                break;
            case ExportFormat.Json:
                WriteJson(stream);
                break;
            case ExportFormat.Markdown:
                WriteMarkdown(stream, culture);
                break;
            case ExportFormat.Html:
                WriteHtml(stream, culture);
                break;
            default:
                CheckWritable(stream);
                TableFormatWriters.Write(stream, format, [ToReportTable(culture)], ReportText.Resolve(culture));
                break;
        }
    }

    /// <summary>Writes CSV asynchronously (see <see cref="WriteCsv"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteCsvAsync(Stream stream, CancellationToken cancellationToken = default) => WriteAsync(stream, ExportFormat.Csv, cancellationToken);

    /// <summary>Writes JSON asynchronously (see <see cref="WriteJson"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteJsonAsync(Stream stream, CancellationToken cancellationToken = default) => WriteAsync(stream, ExportFormat.Json, cancellationToken);

    /// <summary>Writes Markdown asynchronously (see <see cref="WriteMarkdown"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteMarkdownAsync(Stream stream, CancellationToken cancellationToken = default) => WriteAsync(stream, ExportFormat.Markdown, cancellationToken);

    /// <summary>Writes the table in a format, asynchronously, labels in <see cref="CultureInfo.CurrentUICulture"/>; works on a stream that forbids synchronous I/O.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="format">The format.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written, or <paramref name="format"/> is not a defined value.</exception>
    /// <exception cref="NotSupportedException"><paramref name="format"/> is <see cref="ExportFormat.Xlsx"/> and no writer is registered.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteAsync(Stream stream, ExportFormat format, CancellationToken cancellationToken = default) => WriteAsync(stream, format, null, cancellationToken);

    /// <summary>Writes the table in a format, asynchronously; works on a stream that forbids synchronous I/O.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="format">The format.</param>
    /// <param name="culture">The language of headers and labels (not JSON), or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written, or <paramref name="format"/> is not a defined value.</exception>
    /// <exception cref="NotSupportedException"><paramref name="format"/> is <see cref="ExportFormat.Xlsx"/> and no writer is registered.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteAsync(Stream stream, ExportFormat format, CultureInfo? culture, CancellationToken cancellationToken = default)
    {
        AsyncStreams.Writable(stream);
        Data.DefinedEnum.Required(format);
        return AsyncStreams.WriteAsync(stream, buffer => Write(buffer, format, culture), cancellationToken);
    }

    /// <summary>Saves the table to a file asynchronously, in the format its extension names (see <see cref="Save"/>).</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace, or its extension names no format.</exception>
    /// <exception cref="NotSupportedException">The extension is .xlsx and no writer is registered.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<string> SaveAsync(string path, CancellationToken cancellationToken = default) => SaveAsync(path, null, cancellationToken);

    /// <summary>Saves the table to a file asynchronously, in the format its extension names (see <see cref="Save"/>).</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="culture">The language of headers and labels (not JSON), or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace, or its extension names no format.</exception>
    /// <exception cref="NotSupportedException">The extension is .xlsx and no writer is registered.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<string> SaveAsync(string path, CultureInfo? culture, CancellationToken cancellationToken = default)
    {
        var format = ExportFormats.FromPath(path);
        var full = Path.GetFullPath(path);
        var file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            await WriteAsync(file, format, culture, cancellationToken).ConfigureAwait(false);
        }

        return full;
    }

    /// <summary>
    /// Saves the table to a file, in the format its extension names: <c>.csv</c>, <c>.json</c>, <c>.md</c>,
    /// <c>.html</c>/<c>.htm</c> or <c>.xlsx</c> (the last through <c>Jilin.Urbanization.Domain.Excel</c>).
    /// </summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="culture">The language of headers and labels (not JSON), or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace, or its extension names no format.</exception>
    /// <exception cref="NotSupportedException">The extension is .xlsx and no writer is registered; the message names the package.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public string Save(string path, CultureInfo? culture = null)
    {
        var format = ExportFormats.FromPath(path);
        var full = Path.GetFullPath(path);
        using var file = File.Create(full);
        Write(file, format, culture);
        return full;
    }

    /// <summary>Readable form: name, row and column counts.</summary>
    public override string ToString() => $"{Name}: {Rows.Count} rows × {Columns.Count} columns ({string.Join(", ", Columns)})";

    /// <summary>Joins list items for one CSV or Markdown cell.</summary>
    /// <param name="items">The items.</param>
    protected static string JoinList(IEnumerable<string> items) => string.Join(ListSeparator, items);

    private static void AppendCsvLine(StringBuilder text, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                text.Append(',');
            }

            CsvText.AppendField(text, field);
            first = false;
        }

        text.Append(CsvText.RecordSeparator);
    }

    private static void AppendMarkdownLine(StringBuilder text, IEnumerable<string> cells)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            text.Append(' ').Append(MarkdownText.Cell(cell)).Append(" |");
        }

        text.Append('\n');
    }

    private static void CheckWritable(Stream stream) => AsyncStreams.Writable(stream, nameof(stream));

    private static void WriteBytes(Stream stream, byte[] preamble, byte[] body)
    {
        CheckWritable(stream);
        stream.Write(preamble);
        stream.Write(body);
    }
}
