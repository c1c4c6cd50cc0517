namespace Jilin.Urbanization.Domain.Export;

/// <summary>Markdown table cells: pipes and backslashes escaped, line breaks as <c>&lt;br&gt;</c>.</summary>
internal static class MarkdownText
{
    public static string Cell(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\r\n", "<br>", StringComparison.Ordinal)
        .Replace("\n", "<br>", StringComparison.Ordinal)
        .Replace("\r", "<br>", StringComparison.Ordinal);
}
