using System.Globalization;
using System.Text;
using System.Text.Json;
using Jilin.Urbanization.Domain.Excel;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Output;

/// <summary>
/// The one place the tool writes reports, in the format the file's extension names, with the library's public
/// exporters: <c>.html</c> (the one-page report with charts), <c>.xlsx</c> (the same sections as a workbook, by the
/// Excel package), <c>.md</c> (every table), <c>.csv</c> (one row per target and subject), <c>.json</c> (the whole
/// report), labels in the culture <c>--lang</c> names (zh-CN or en; machine names in JSON never change).
/// </summary>
internal static class ReportFiles
{
    /// <summary>The extensions <see cref="Save(ImplementationReport, string, CultureInfo)"/> writes, for help and errors.</summary>
    public const string ImplementationFormats = ".html, .xlsx, .md, .csv or .json";

    /// <summary>The extensions <see cref="Save(ChangeReport, string, CultureInfo)"/> writes.</summary>
    public const string ChangeFormats = ".md, .csv, .json or .xlsx";

    /// <summary>Checks, before any work, that <paramref name="path"/> names a format; returns its extension.</summary>
    /// <exception cref="UsageException">The extension names no format the tool writes.</exception>
    public static string FormatOf(string path, string formats)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var known = formats.Replace(" or ", ", ", StringComparison.Ordinal).Split(", ");
        return known.Contains(extension)
            ? extension
            : throw new UsageException($"--out {path}: the extension names no report format; use {formats}");
    }

    /// <summary>Writes the implementation report; returns the full path written.</summary>
    public static string Save(ImplementationReport report, string path, CultureInfo culture)
    {
        var full = Path.GetFullPath(path);
        switch (FormatOf(path, ImplementationFormats))
        {
            case ".html":
                return HtmlReport.ForImplementation(report, culture).Save(full);
            case ".xlsx":
                return HtmlReport.ForImplementation(report, culture).SaveXlsx(full);
            case ".csv":
                return TargetProgressTable.From(report).Save(full, culture);
            case ".json":
                WriteJson(full, report);
                return full;
            default:
                var chinese = ReportText.IsChinese(culture);
                var markdown = new StringBuilder()
                    // The HTML report's heading (as of, scope) and summary paragraph, in the culture.
                    .Append("# ").AppendLine(HtmlReport.ForImplementation(report, culture).Title).AppendLine()
                    .AppendLine(ReportText.Summary(report, culture)).AppendLine()
                    .AppendLine(chinese ? "## 指标总体" : "## Targets, overall").AppendLine().AppendLine(TargetRollupTable.From(report).ToMarkdown(culture))
                    .AppendLine(chinese ? "## 各对象指标" : "## Targets per subject").AppendLine().AppendLine(TargetProgressTable.From(report).ToMarkdown(culture))
                    .AppendLine(chinese ? "## 部门" : "## Departments").AppendLine().AppendLine(DepartmentProgressTable.From(report).ToMarkdown(culture))
                    .AppendLine(chinese ? "## 县（市）" : "## Counties").AppendLine().AppendLine(CountyProgressTable.From(report).ToMarkdown(culture));
                File.WriteAllText(full, markdown.ToString());
                return full;
        }
    }

    /// <summary>Writes the change report; returns the full path written.</summary>
    public static string Save(ChangeReport changes, string path, CultureInfo culture)
    {
        var full = Path.GetFullPath(path);
        var table = ChangeTable.From(changes);
        return FormatOf(path, ChangeFormats) == ".xlsx" ? table.SaveXlsx(full) : table.Save(full, culture);
    }

    private static void WriteJson(string path, ImplementationReport report)
    {
        var options = new JsonSerializerOptions(DomainJson.CreateOptions(report.Scope.Catalog)) { WriteIndented = true };
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, report, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ImplementationReport>)options.GetTypeInfo(typeof(ImplementationReport)));
    }
}
