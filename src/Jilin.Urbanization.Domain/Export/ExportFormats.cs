using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>The one mapping from a file extension to an <see cref="ExportFormat"/>, for every <c>Save(path)</c>.</summary>
internal static class ExportFormats
{
    /// <summary>The format a path's extension names.</summary>
    /// <exception cref="ArgumentException">The path is blank or its extension names no format; the message lists them.</exception>
    public static ExportFormat FromPath(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" => ExportFormat.Csv,
            ".JSON" => ExportFormat.Json,
            ".MD" => ExportFormat.Markdown,
            ".HTML" or ".HTM" => ExportFormat.Html,
            ".XLSX" => ExportFormat.Xlsx,
            var other => throw new ArgumentException($"'{path}' has the extension '{other}'; use .csv, .json, .md, .html or .xlsx.", nameof(path)),
        };
    }
}
