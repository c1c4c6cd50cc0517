using System.Globalization;
using Jilin.Urbanization.Domain.Reports;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// Writes tables in a format the core library does not write itself (<see cref="ExportFormat.Xlsx"/>, written by the
/// companion package <c>Jilin.Urbanization.Domain.Excel</c>). Register one with <see cref="TableFormatWriters.Register"/>;
/// <see cref="ExportTable{TRow}.Write(Stream, ExportFormat, CultureInfo?)"/>, <c>Save</c> and
/// <see cref="HtmlReport.Write(Stream, ExportFormat)"/> then use it.
/// </summary>
public interface ITableFormatWriter
{
    /// <summary>The format this writer writes.</summary>
    ExportFormat Format { get; }

    /// <summary>
    /// Writes <paramref name="tables"/> to <paramref name="stream"/>, one sheet (or part) per table, named by its
    /// caption; the tables' headers and cells are already in the reader's language, and a cell's
    /// <see cref="ReportCell.Colour"/> marks a status.
    /// </summary>
    /// <param name="stream">A writable stream; leave it open.</param>
    /// <param name="tables">The tables, in order; at least one.</param>
    /// <param name="culture">The culture the labels are in (for sheet names, number and date formats).</param>
    /// <exception cref="ArgumentNullException">An argument is null (implementations check).</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written, or <paramref name="tables"/> is empty (implementations check).</exception>
    void Write(Stream stream, IReadOnlyList<ReportTable> tables, CultureInfo culture);

    /// <summary>
    /// Writes as <see cref="Write"/> does, asynchronously: by default into memory, then copied to <paramref name="stream"/>
    /// asynchronously, so it works on a stream that forbids synchronous I/O.
    /// </summary>
    /// <param name="stream">A writable stream; leave it open.</param>
    /// <param name="tables">The tables, in order; at least one.</param>
    /// <param name="culture">The culture the labels are in.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written, or <paramref name="tables"/> is empty.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task WriteAsync(Stream stream, IReadOnlyList<ReportTable> tables, CultureInfo culture, CancellationToken cancellationToken = default) =>
        Serialization.AsyncStreams.WriteAsync(stream, buffer => Write(buffer, tables, culture), cancellationToken);
}
