using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Excel.Intake;
using Jilin.Urbanization.Domain.Intake;

namespace Jilin.Urbanization.Domain.Excel;

/// <summary>
/// Excel workbooks (.xlsx) as a source of the intake pipeline (issue 24 point 1): every worksheet is a table whose
/// cells read as a person sees them (dates yyyy-MM-dd, percent-formatted cells <c>78%</c>, numbers in invariant
/// culture, shared and inline strings); title rows above the header are given to the pipeline, which finds the
/// header. Register <see cref="Xlsx"/> with the pipeline, or use <see cref="Options"/>, and one call reads CSV, TSV,
/// JSON and .xlsx alike: <c>IntakeReader.Read(catalog, path, ExcelIntake.Options)</c>.
/// </summary>
public static class ExcelIntake
{
    /// <summary>The .xlsx intake format, to put in <see cref="IntakeOptions.Formats"/> (<c>IntakeFormats.With(ExcelIntake.Xlsx)</c>).</summary>
    public static IntakeFormat Xlsx { get; } = new XlsxIntakeFormat();

    /// <summary>The pipeline's default options with .xlsx added before the defaults (JSON, TSV, CSV).</summary>
    public static IntakeOptions Options { get; } = IntakeOptions.Default with { Formats = IntakeFormats.With(Xlsx) };

    /// <summary>Options that read .xlsx too: <paramref name="options"/> with <see cref="Xlsx"/> added first, once.</summary>
    /// <param name="options">The caller's options.</param>
    /// <returns>The options with the Excel format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static IntakeOptions WithExcel(this IntakeOptions options)
    {
        Guard.Against.Null(options);
        return options.Formats.Contains(Xlsx) ? options : options with { Formats = new[] { Xlsx }.Concat(options.Formats).ToValueList() };
    }

    /// <summary>Opens a workbook as an intake source (for <see cref="IntakeReader.Read(PolicyCatalog, IntakeSource, IntakeOptions)"/>).</summary>
    /// <param name="stream">The workbook's bytes; left open (copied first when it cannot seek).</param>
    /// <param name="fileName">The file's name, as locations in the validation report show it.</param>
    /// <returns>The source; dispose it after reading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="PolicyDataException">The bytes are not an .xlsx workbook (an .xls, a password-protected or damaged file).</exception>
    public static IntakeSource OpenSource(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        return new XlsxIntakeSource(stream, fileName, owned: null);
    }

    /// <summary>Reads a file of any kind the pipeline knows, .xlsx included (<see cref="Options"/>), into entries and a validation report.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="path">The file.</param>
    /// <returns>The entries that passed and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static IntakeResult Read(PolicyCatalog catalog, string path) => IntakeReader.Read(catalog, path, Options);

    /// <summary>Reads a quarter's files of any kinds (.xlsx included) into one log and one validation report.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="paths">The files.</param>
    /// <returns>The entries that passed and every problem found, file by file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="paths"/> is null.</exception>
    /// <exception cref="IOException">A file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    public static IntakeResult Read(PolicyCatalog catalog, IEnumerable<string> paths) => IntakeReader.Read(catalog, paths, Options);
}
