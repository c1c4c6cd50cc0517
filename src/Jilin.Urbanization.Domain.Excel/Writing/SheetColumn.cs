namespace Jilin.Urbanization.Domain.Excel.Writing;

/// <summary>What a column of a sheet asks of the person who fills it in.</summary>
/// <param name="Header">The header text.</param>
/// <param name="Choices">The only values a cell may take (Excel data validation, a drop-down list), or null.</param>
/// <param name="Input">Whether the column is to be filled in (a light yellow fill on its empty cells).</param>
/// <param name="Date">Whether typed values are dates, shown yyyy-mm-dd.</param>
/// <param name="Prompt">The input message shown on a cell of the column, or null.</param>
internal sealed record SheetColumn(string Header, IReadOnlyList<string>? Choices = null, bool Input = false, bool Date = false, string? Prompt = null);
