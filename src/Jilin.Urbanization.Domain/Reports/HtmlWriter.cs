using System.Globalization;
using System.Text;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Charts;

namespace Jilin.Urbanization.Domain.Reports;

/// <summary>
/// Renders reports, sections and tables as HTML5 with inline styles: every text escaped, charts inline as SVG, no
/// script, no external resource. Fragments (a table, a section) carry their styles in attributes so they render the
/// same in a notebook as in the page.
/// </summary>
internal static class HtmlWriter
{
    private const string TableStyle = "border-collapse:collapse;margin:0.5em 0 1.2em 0;font-size:13px;";
    private const string CellStyle = "border:1px solid #d0d0d0;padding:3px 6px;text-align:left;vertical-align:top;";
    private const string HeaderStyle = CellStyle + "background:#eef1f6;font-weight:600;";
    private const string CaptionStyle = "caption-side:top;text-align:left;font-weight:600;padding:4px 0;";

    private const string PageStyle = """
        body{font-family:'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Zen Hei','Microsoft YaHei','PingFang SC',sans-serif;margin:24px auto;max-width:1200px;color:#222;line-height:1.45;padding:0 16px}
        h1{font-size:24px;margin-bottom:4px}h2{font-size:19px;border-bottom:2px solid #3949ab;padding-bottom:3px;margin-top:32px}
        .subtitle{color:#555;margin-top:0}.notice{color:#666;font-size:12px}figure{margin:8px 0 16px 0;overflow-x:auto}
        nav ul{columns:2;font-size:14px}footer{margin-top:40px;color:#777;font-size:12px}
        @page{size:A4;margin:14mm 12mm}
        @media print{body{max-width:none;margin:0;padding:0;font-size:11px}nav{display:none}main>section+section{break-before:page;page-break-before:always}
        table{font-size:10px!important}thead{display:table-header-group}tr,figure{break-inside:avoid;page-break-inside:avoid}figure{overflow:visible}svg{max-width:100%;height:auto}}
        """;

    public static string Table(ReportTable table) => AppendTable(new StringBuilder(), table).ToString();

    public static string Section(ReportSection section) => AppendSection(new StringBuilder(), section, 0).ToString();

    public static string Page(HtmlReport report, CultureInfo culture)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(ReportText.HtmlLanguage(culture)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").AppendEscaped(report.Title).Append("</title>\n<style>\n").Append(PageStyle).Append("</style>\n</head>\n<body>\n")
            .Append("<header>\n<h1>").AppendEscaped(report.Title).Append("</h1>\n");
        if (report.Subtitle is { } subtitle)
        {
            html.Append("<p class=\"subtitle\">").AppendEscaped(subtitle).Append("</p>\n");
        }

        html.Append("<p class=\"notice\">").AppendEscaped(ReportText.Get("Text.UnofficialNotice", culture)).Append("</p>\n</header>\n");
        if (report.Sections.Count > 1)
        {
            html.Append("<nav aria-label=\"").AppendEscaped(ReportText.Get("Text.Contents", culture)).Append("\">\n<ul>\n");
            for (var i = 0; i < report.Sections.Count; i++)
            {
                html.Append("<li><a href=\"#section-").Append(MarkupText.Number(i + 1)).Append("\">").AppendEscaped(report.Sections[i].Heading).Append("</a></li>\n");
            }

            html.Append("</ul>\n</nav>\n");
        }

        html.Append("<main>\n");
        for (var i = 0; i < report.Sections.Count; i++)
        {
            AppendSection(html, report.Sections[i], i + 1);
        }

        return html.Append("</main>\n<footer>").AppendEscaped(ReportText.Get("Text.Generated", culture)).Append("</footer>\n</body>\n</html>\n").ToString();
    }

    private static StringBuilder AppendSection(StringBuilder html, ReportSection section, int number)
    {
        html.Append("<section");
        if (number > 0)
        {
            html.Append(" id=\"section-").Append(MarkupText.Number(number)).Append('"');
        }

        html.Append(">\n<h2>").AppendEscaped(section.Heading).Append("</h2>\n");
        foreach (var paragraph in section.Paragraphs)
        {
            html.Append("<p>").AppendEscaped(paragraph).Append("</p>\n");
        }

        foreach (var chart in section.Charts)
        {
            // As it is: every SvgChart was drawn by SvgWriter or checked by SvgMarkup when it was made (no script).
            html.Append("<figure>\n").Append(chart.Markup).Append("</figure>\n");
        }

        foreach (var table in section.Tables)
        {
            AppendTable(html, table);
        }

        return html.Append("</section>\n");
    }

    private static StringBuilder AppendTable(StringBuilder html, ReportTable table)
    {
        html.Append("<table style=\"").Append(TableStyle).Append("\">\n");
        if (table.Caption.Length > 0)
        {
            html.Append("<caption style=\"").Append(CaptionStyle).Append("\">").AppendEscaped(table.Caption).Append("</caption>\n");
        }

        html.Append("<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\" style=\"").Append(HeaderStyle).Append("\">").AppendEscaped(column).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td style=\"").Append(CellStyle);
                if (cell.Colour is { } colour)
                {
                    html.Append("background:").Append(colour).Append(";color:#ffffff;font-weight:600;white-space:nowrap;");
                }

                html.Append("\">").AppendEscaped(cell.Text).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table>\n");
    }
}
