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
}
