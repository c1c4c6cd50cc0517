using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jilin.Urbanization.Domain.Excel.Reading;

namespace Jilin.Urbanization.Domain.Excel.Writing;

/// <summary>
/// Writes sheets as an .xlsx workbook with DocumentFormat.OpenXml: title rows merged across the table, a frozen bold
/// header with a filter, widths that fit Chinese text (<see cref="DisplayWidth"/>), status fills, and for templates
/// drop-down lists (data validation) and yellow input cells. Text is written as shared strings, never as formulas.
/// </summary>
internal static class XlsxWriter
{
    /// <summary>Excel's longest sheet name.</summary>
    public const int MaxSheetName = 31;

    private const int MaxWidth = 60;
    private const int MinWidth = 8;

    /// <summary>Writes the sheets as a workbook to a stream (built in memory, then copied: the stream need not seek).</summary>
    public static void Write(Stream stream, IReadOnlyList<SheetSpec> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var styles = new StyleBook();
            var strings = new Dictionary<string, int>(StringComparer.Ordinal);
            var sheetList = new Sheets();
            var definedNames = new DefinedNames();
            var names = UniqueNames(sheets.Select(s => s.Name));
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheets[i], styles, strings, out var filter);
                sheetList.Append(new Sheet { Name = names[i], SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
                if (filter is not null)
                {
                    definedNames.Append(new DefinedName($"'{names[i].Replace("'", "''", StringComparison.Ordinal)}'!{Absolute(filter)}")
                    {
                        Name = "_xlnm._FilterDatabase",
                        LocalSheetId = (uint)i,
                        Hidden = true,
                    });
                }
            }

            workbookPart.Workbook = new Workbook(sheetList);
            if (definedNames.HasChildren)
            {
                workbookPart.Workbook.Append(definedNames);
            }

            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.ToStylesheet();
            var table = new SharedStringTable(strings.OrderBy(s => s.Value).Select(s => new SharedStringItem(new Text(s.Key) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Count = (uint)strings.Count,
                UniqueCount = (uint)strings.Count,
            };
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = table;
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    /// <summary>Sheet names Excel accepts: no <c>[]:*?/\</c>, no apostrophe at either end, at most 31 characters, unique ignoring case.</summary>
    public static string[] UniqueNames(IEnumerable<string> wanted)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var name in wanted)
        {
            var clean = new string([.. name.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? '_' : c)]).Trim().Trim('\'');
            if (clean.Length == 0)
            {
                clean = "Sheet" + (names.Count + 1).ToString(CultureInfo.InvariantCulture);
            }

            var candidate = Cut(clean, MaxSheetName);
            for (var n = 2; !used.Add(candidate); n++)
            {
                var suffix = $" ({n.ToString(CultureInfo.InvariantCulture)})";
                candidate = Cut(clean, MaxSheetName - suffix.Length) + suffix;
            }

            names.Add(candidate);
        }

        return [.. names];
    }

    private static string Cut(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)].TrimEnd();

    private static Worksheet Worksheet(SheetSpec sheet, StyleBook styles, Dictionary<string, int> strings, out string? filter)
    {
        filter = null;
        var columnCount = Math.Max(1, sheet.Columns.Count);
        var widths = Widths(sheet);
        var wrapColumn = widths.Select(w => w >= MaxWidth).ToArray();
        var data = new SheetData();
        var merges = new MergeCells();
        var rowNumber = 0;
        var tableWidth = widths.Sum();
        foreach (var (title, i) in sheet.Titles.Select((t, i) => (t, i)))
        {
            rowNumber++;
            var row = new Row { RowIndex = (uint)rowNumber };
            var style = i == 0 ? new StyleBook.Style(Bold: true, Size: 14) : new StyleBook.Style(Wrap: true);
            row.Append(TextCell(Reference(rowNumber, 1), title, styles[style], strings));
            var lines = title.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(DisplayWidth.Of(line) / Math.Max(1.0, tableWidth))));
            if (lines > 1 || i == 0)
            {
                row.Height = i == 0 ? 22 : 15 * lines;
                row.CustomHeight = true;
            }

            data.Append(row);
            if (columnCount > 1)
            {
                merges.Append(new MergeCell { Reference = $"{Reference(rowNumber, 1)}:{Reference(rowNumber, columnCount)}" });
            }
        }

        var headerRow = 0;
        var lastRow = rowNumber;
        if (sheet.HasTable)
        {
            headerRow = ++rowNumber;
            var header = new Row { RowIndex = (uint)headerRow };
            for (var c = 0; c < sheet.Columns.Count; c++)
            {
                header.Append(TextCell(Reference(headerRow, c + 1), sheet.Columns[c].Header, styles[StyleBook.Header], strings));
            }

            data.Append(header);
            foreach (var cells in sheet.Rows)
            {
                rowNumber++;
                var row = new Row { RowIndex = (uint)rowNumber };
                for (var c = 0; c < cells.Count && c < sheet.Columns.Count; c++)
                {
                    var column = sheet.Columns[c];
                    var cell = cells[c];
                    var style = cell.Fill is { } fill ? StyleBook.Status(fill)
                        : cell.Colour is { } colour ? StyleBook.Tint(colour)
                        : new StyleBook.Style(Wrap: wrapColumn[c], Fill: column.Input && cell.Text.Length == 0 ? "FFF9E6" : null, Date: column.Date, Border: true);
                    var reference = Reference(rowNumber, c + 1);
                    row.Append(cell.IsNumber
                        ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(cell.Text), StyleIndex = styles[style] }
                        : cell.Text.Length == 0
                            ? new Cell { CellReference = reference, StyleIndex = styles[style] }
                            : TextCell(reference, cell.Text, styles[style], strings));
                }

                data.Append(row);
            }

            for (var n = 0; n < sheet.InputRows; n++)
            {
                rowNumber++;
                var row = new Row { RowIndex = (uint)rowNumber };
                for (var c = 0; c < sheet.Columns.Count; c++)
                {
                    var column = sheet.Columns[c];
                    var style = new StyleBook.Style(Fill: column.Input ? "FFF9E6" : null, Date: column.Date, Border: true);
                    row.Append(new Cell { CellReference = Reference(rowNumber, c + 1), StyleIndex = styles[style] });
                }

                data.Append(row);
            }

            lastRow = rowNumber;
            filter = $"{Reference(headerRow, 1)}:{Reference(Math.Max(lastRow, headerRow), sheet.Columns.Count)}";
        }

        var worksheet = new Worksheet();
        if (headerRow > 0)
        {
            var pane = new Pane
            {
                VerticalSplit = headerRow,
                TopLeftCell = Reference(headerRow + 1, 1),
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            };
            worksheet.Append(new SheetViews(new SheetView(pane, new Selection { Pane = PaneValues.BottomLeft, ActiveCell = Reference(headerRow + 1, 1), SequenceOfReferences = new ListValue<StringValue> { InnerText = Reference(headerRow + 1, 1) } }) { WorkbookViewId = 0 }));
        }

        worksheet.Append(new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
        worksheet.Append(data);
        if (filter is not null)
        {
            worksheet.Append(new AutoFilter { Reference = filter });
        }

        if (merges.HasChildren)
        {
            merges.Count = (uint)merges.ChildElements.Count;
            worksheet.Append(merges);
        }

        if (headerRow > 0 && Validations(sheet, headerRow + 1, lastRow) is { HasChildren: true } validations)
        {
            worksheet.Append(validations);
        }

        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    private static DataValidations Validations(SheetSpec sheet, int firstRow, int lastRow)
    {
        var validations = new DataValidations();
        if (lastRow < firstRow)
        {
            return validations;
        }

        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            var column = sheet.Columns[c];
            var range = new ListValue<StringValue> { InnerText = $"{Reference(firstRow, c + 1)}:{Reference(lastRow, c + 1)}" };
            if (column.Choices is { Count: > 0 } choices)
            {
                validations.Append(new DataValidation(new Formula1($"\"{string.Join(',', choices)}\""))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowDropDown = false,
                    ShowErrorMessage = true,
                    ErrorStyle = DataValidationErrorStyleValues.Stop,
                    ErrorTitle = column.Header,
                    Error = $"请从下拉列表中选择：{string.Join('、', choices)}",
                    ShowInputMessage = column.Prompt is not null,
                    PromptTitle = column.Prompt is null ? null : column.Header,
                    Prompt = column.Prompt,
                    SequenceOfReferences = range,
                });
            }
            else if (column.Date)
            {
                // 2000-01-01 to 2100-12-31, the days every reader accepts; a warning only, so a date typed as text is kept.
                validations.Append(new DataValidation(new Formula1("36526"), new Formula2("73415"))
                {
                    Type = DataValidationValues.Date,
                    Operator = DataValidationOperatorValues.Between,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    ErrorStyle = DataValidationErrorStyleValues.Warning,
                    ErrorTitle = column.Header,
                    Error = "请填写 2000-01-01 至 2100-12-31 之间的日期，格式 yyyy-mm-dd。",
                    ShowInputMessage = column.Prompt is not null,
                    PromptTitle = column.Prompt is null ? null : column.Header,
                    Prompt = column.Prompt,
                    SequenceOfReferences = range,
                });
            }
            else if (column.Prompt is not null)
            {
                validations.Append(new DataValidation
                {
                    Type = DataValidationValues.None,
                    AllowBlank = true,
                    ShowInputMessage = true,
                    PromptTitle = column.Header,
                    Prompt = column.Prompt,
                    SequenceOfReferences = range,
                });
            }
        }

        validations.Count = (uint)validations.ChildElements.Count;
        return validations;
    }

    /// <summary>Column widths from the header and cells (CJK counts 2), with room for the filter button, between 8 and 60.</summary>
    private static double[] Widths(SheetSpec sheet)
    {
        if (!sheet.HasTable)
        {
            return [Math.Min(MaxWidth * 2, Math.Max(MinWidth, sheet.Titles.Select(DisplayWidth.Of).DefaultIfEmpty(0).Max()))];
        }

        var widths = new double[sheet.Columns.Count];
        for (var c = 0; c < widths.Length; c++)
        {
            var widest = DisplayWidth.Of(sheet.Columns[c].Header) + 3;
            foreach (var row in sheet.Rows)
            {
                if (c < row.Count)
                {
                    widest = Math.Max(widest, DisplayWidth.Of(row[c].Text) + 1);
                }
            }

            if (sheet.Columns[c].Date)
            {
                widest = Math.Max(widest, 12);
            }

            widths[c] = Math.Clamp(widest + 1, MinWidth, MaxWidth);
        }

        return widths;
    }

    private static Cell TextCell(string reference, string text, uint style, Dictionary<string, int> strings)
    {
        if (!strings.TryGetValue(text, out var index))
        {
            index = strings.Count;
            strings[text] = index;
        }

        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index), StyleIndex = style };
    }

    private static string Reference(int row, int column) => XlsxColumns.Letter(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(r =>
        {
            // The writer made the reference, so it parses.
            return XlsxColumns.TryParse(r, out var row, out var column) ? $"${XlsxColumns.Letter(column)}${row.ToString(CultureInfo.InvariantCulture)}" : r;
        }));
}
