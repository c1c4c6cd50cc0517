using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Reports;

namespace Jilin.Urbanization.Domain.Excel;

/// <summary>
/// Excel beside the core's CSV, JSON, Markdown and HTML: <c>table.SaveXlsx("x.xlsx")</c>,
/// <c>report.WriteXlsx(stream)</c>. Each call writes an <see cref="ExcelWorkbook"/> of what it is given.
/// </summary>
public static class ExcelExportExtensions
{
    /// <summary>Writes an export table as a one-sheet workbook.</summary>
    /// <typeparam name="TRow">The table's row type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public static void WriteXlsx<TRow>(this ExportTable<TRow> table, Stream stream) => ExcelWorkbook.Empty.With(table).Write(stream);

    /// <summary>Saves an export table as a one-sheet workbook.</summary>
    /// <typeparam name="TRow">The table's row type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="path">The .xlsx file to create or overwrite.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace, or does not end in .xlsx.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static string SaveXlsx<TRow>(this ExportTable<TRow> table, string path) => ExcelWorkbook.Empty.With(table).Save(path);

    /// <summary>Writes a report as a workbook, a sheet per section table.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="InvalidOperationException">The report has no section.</exception>
    public static void WriteXlsx(this HtmlReport report, Stream stream) => ExcelWorkbook.Empty.With(report).Write(stream);

    /// <summary>Saves a report as a workbook, a sheet per section table.</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The .xlsx file to create or overwrite.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace, or does not end in .xlsx.</exception>
    /// <exception cref="InvalidOperationException">The report has no section.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static string SaveXlsx(this HtmlReport report, string path) => ExcelWorkbook.Empty.With(report).Save(path);

    /// <summary>Writes a report section as a workbook, a sheet per table.</summary>
    /// <param name="section">The section.</param>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="section"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public static void WriteXlsx(this ReportSection section, Stream stream) => ExcelWorkbook.Empty.With(section).Write(stream);

    /// <summary>Writes a report table as a one-sheet workbook.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public static void WriteXlsx(this ReportTable table, Stream stream) => ExcelWorkbook.Empty.With(table).Write(stream);

    /// <summary>Writes a validation report as a one-sheet workbook (see <see cref="ExcelWorkbook.With(ValidationReport, string?)"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public static void WriteXlsx(this ValidationReport report, Stream stream) => ExcelWorkbook.Empty.With(report).Write(stream);

    /// <summary>Saves a validation report as a one-sheet workbook.</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The .xlsx file to create or overwrite.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace, or does not end in .xlsx.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static string SaveXlsx(this ValidationReport report, string path) => ExcelWorkbook.Empty.With(report).Save(path);

    /// <summary>Writes a notice (督办单) as a one-sheet workbook (see <see cref="ExcelWorkbook.With(Supervision.Notice, string?)"/>).</summary>
    /// <param name="notice">The notice.</param>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public static void WriteXlsx(this Supervision.Notice notice, Stream stream) => ExcelWorkbook.Empty.With(notice).Write(stream);

    /// <summary>Saves a notice (督办单) as a one-sheet workbook.</summary>
    /// <param name="notice">The notice.</param>
    /// <param name="path">The .xlsx file to create or overwrite.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace, or does not end in .xlsx.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static string SaveXlsx(this Supervision.Notice notice, string path) => ExcelWorkbook.Empty.With(notice).Save(path);
}
