namespace Jilin.Urbanization.Domain.Export;

/// <summary>The formats a table exports to. Values are pinned.</summary>
public enum ExportFormat
{
    /// <summary>CSV: UTF-8 with a byte-order mark (so spreadsheet programs read Chinese correctly), RFC 4180 quoting, CRLF line ends; formula-like cells (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR first) get a leading apostrophe.</summary>
    Csv = 1,

    /// <summary>JSON: an array of objects with camelCase members, UTF-8 without a byte-order mark, Chinese unescaped.</summary>
    Json = 2,

    /// <summary>A Markdown (GitHub-flavoured) table; HTML in cells is escaped.</summary>
    Markdown = 3,

    /// <summary>
    /// HTML: one self-contained page (UTF-8, inline CSS, no script) with the table: a caption, column headers as
    /// <c>&lt;th scope="col"&gt;</c>, readable labels in the chosen culture; prints on A4.
    /// </summary>
    Html = 4,

    /// <summary>
    /// Excel (<c>.xlsx</c>): written by the companion package <c>Jilin.Urbanization.Domain.Excel</c>, which registers its
    /// writer with <see cref="TableFormatWriters.Register"/>; without it, writing this format throws
    /// <see cref="NotSupportedException"/> naming the package.
    /// </summary>
    Xlsx = 5,
}
