using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Reports;

namespace Jilin.Urbanization.Domain.Excel;

/// <summary>
/// The core library's <see cref="ExportFormat.Xlsx"/> writer: once <see cref="Register"/> has run, every table's
/// <c>Save("….xlsx")</c> and <c>Write(stream, ExportFormat.Xlsx)</c>, and <c>HtmlReport.Save("….xlsx")</c>, write a
/// workbook as <see cref="ExcelWorkbook"/> does (a sheet per table, frozen header, filter, widths for Chinese text,
/// status colours).
/// </summary>
public sealed class ExcelTableWriter : ITableFormatWriter
{
    private ExcelTableWriter()
    {
    }

    /// <summary>The one writer.</summary>
    public static ExcelTableWriter Instance { get; } = new();

    /// <summary>Always <see cref="ExportFormat.Xlsx"/>.</summary>
    public ExportFormat Format => ExportFormat.Xlsx;

    /// <summary>
    /// Registers <see cref="Instance"/> with the core library (<see cref="TableFormatWriters.Register"/>); call it once
    /// at start-up. Registering again changes nothing.
    /// </summary>
    public static void Register() => TableFormatWriters.Register(Instance);

    /// <summary>Writes <paramref name="tables"/> as one workbook, a sheet per table named by its caption.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="tables">The tables, in order; at least one.</param>
    /// <param name="culture">The culture the labels are in (the cells are written as they are).</param>
    /// <exception cref="ArgumentNullException">An argument or a table is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written, or <paramref name="tables"/> is empty.</exception>
    public void Write(Stream stream, IReadOnlyList<ReportTable> tables, CultureInfo culture)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(tables);
        Guard.Against.Null(culture);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }

        if (tables.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one table.", nameof(tables));
        }

        var workbook = ExcelWorkbook.Empty;
        foreach (var table in tables)
        {
            workbook = workbook.With(Guard.Against.Null(table, nameof(tables)));
        }

        workbook.Write(stream);
    }

    /// <summary>Readable form.</summary>
    public override string ToString() => "Excel (.xlsx) table writer";
}
