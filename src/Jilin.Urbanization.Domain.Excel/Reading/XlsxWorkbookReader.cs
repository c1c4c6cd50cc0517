using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jilin.Urbanization.Domain.Excel.Reading;

/// <summary>
/// Reads an .xlsx workbook sheet by sheet, row by row, as the text each cell shows (see <see cref="XlsxCellText"/>).
/// The package and its parts come from DocumentFormat.OpenXml; a sheet's XML is read forward-only, so a sheet is never
/// held whole in memory. Shared strings (rich text joined, phonetic guides left out) and inline strings read alike.
/// </summary>
internal sealed class XlsxWorkbookReader : IDisposable
{
    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
    };

    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly (string Name, WorksheetPart Part)[] sheets;
    private readonly XlsxNumberFormats formats;
    private readonly bool date1904;
    private string[]? sharedStrings;

    private XlsxWorkbookReader(SpreadsheetDocument document, WorkbookPart workbook, string file)
    {
        this.document = document;
        this.workbook = workbook;
        File = file;
        sheets = [.. (workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            .Select(s => (Name: s.Name?.Value ?? string.Empty, Part: s.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null))
            .Where(s => s.Part is not null)
            .Select(s => (s.Name, s.Part!))];
        formats = XlsxNumberFormats.Of(workbook);
        date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value ?? false;
    }

    /// <summary>The file's name, as errors name it.</summary>
    public string File { get; }

    /// <summary>The worksheets' names, in the workbook's order (chart sheets have no cells and are not listed).</summary>
    public IReadOnlyList<string> SheetNames => [.. sheets.Select(s => s.Name)];

    /// <summary>Opens a workbook from a stream (copied first when it cannot seek); the stream is left open.</summary>
    /// <param name="stream">The workbook's bytes.</param>
    /// <param name="file">The file's name, as errors name it.</param>
    /// <exception cref="PolicyDataException">The bytes are not an .xlsx workbook (an .xls, an encrypted workbook, a damaged file).</exception>
    public static XlsxWorkbookReader Open(Stream stream, string file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        var start = stream.Position;
        Span<byte> head = stackalloc byte[96];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        if (read >= 4 && head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new PolicyDataException(
                "The file is an Excel 97-2003 workbook (.xls, also a WPS .et table) or a password-protected workbook, not an .xlsx; save it as an Excel workbook (.xlsx: 另存为 → Excel 工作簿) without a password.",
                file);
        }

        if (read < 4 || head[0] != (byte)'P' || head[1] != (byte)'K')
        {
            throw new PolicyDataException("The file is not an Excel workbook (.xlsx is a zip package, which starts 'PK').", file);
        }

        // An OpenDocument file stores its type first, uncompressed: "mimetype" then the media type, from byte 30.
        if (head[..read].IndexOf("mimetypeapplication/vnd.oasis.opendocument."u8) == 30)
        {
            throw new PolicyDataException(
                "The file is an OpenDocument file (.ods, saved by WPS or LibreOffice), not an .xlsx; save it as an Excel workbook (.xlsx: 另存为 → Excel 工作簿).",
                file);
        }

        try
        {
            var document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { AutoSave = false });
            return document.WorkbookPart is { } part
                ? new XlsxWorkbookReader(document, part, file)
                : throw new PolicyDataException("The package has no workbook part; it is not an Excel workbook.", file);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException and not FileNotFoundException)
        {
            throw new PolicyDataException($"The file is not a readable Excel workbook (.xlsx): {e.Message}", file, e);
        }
    }

    /// <summary>The location of a cell in errors: <c>file, sheet '名称', cell C7</c>.</summary>
    public string Location(int sheet, XlsxCell cell) => $"{File}, sheet '{sheets[sheet].Name}', cell {cell.Reference}";

    /// <summary>The rows of a sheet that have a non-empty cell, top to bottom.</summary>
    /// <param name="sheet">The sheet's index in <see cref="SheetNames"/>.</param>
    /// <exception cref="PolicyDataException">The sheet's XML is damaged, or a cell names a shared string that does not exist.</exception>
    public IEnumerable<XlsxRow> Rows(int sheet)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sheet);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sheet, sheets.Length);
        return Read(sheet);
    }

    /// <summary>Opens a forward-only cursor over a sheet's rows (the intake source reads with it, reusing one list of cells).</summary>
    /// <param name="sheet">The sheet's index in <see cref="SheetNames"/>.</param>
    public Cursor Open(int sheet)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sheet);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sheet, sheets.Length);
        return new Cursor(this, sheet);
    }

    /// <summary>
    /// The merged regions of a sheet that span several rows, by their top row. Excel writes them after the cells
    /// (<c>&lt;mergeCells&gt;</c> follows <c>&lt;sheetData&gt;</c>), so a forward-only read of the rows learns them from a
    /// first pass that skips the cells.
    /// </summary>
    /// <param name="sheet">The sheet's index in <see cref="SheetNames"/>.</param>
    /// <exception cref="PolicyDataException">The sheet's XML is damaged.</exception>
    public IReadOnlyList<XlsxMergedRegion> MergedDown(int sheet)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sheet);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sheet, sheets.Length);
        var regions = new List<XlsxMergedRegion>();
        try
        {
            using var stream = sheets[sheet].Part.GetStream(FileMode.Open, FileAccess.Read);
            using var xml = XmlReader.Create(stream, XmlSettings);
            var advance = true;
            while (!advance || xml.Read())
            {
                advance = true;
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (xml.LocalName == "sheetData")
                {
                    xml.Skip();
                    advance = false;
                }
                else if (xml.LocalName == "mergeCell" && XlsxMergedRegion.TryParse(xml.GetAttribute("ref"), out var region) && region.Bottom > region.Top)
                {
                    regions.Add(region);
                }
            }
        }
        catch (XmlException e)
        {
            throw new PolicyDataException($"The sheet's XML is damaged: {e.Message}", $"{File}, sheet '{sheets[sheet].Name}'", e);
        }
        catch (InvalidDataException e)
        {
            throw new PolicyDataException($"The sheet cannot be unpacked: {e.Message}", $"{File}, sheet '{sheets[sheet].Name}'", e);
        }

        regions.Sort((a, b) => a.Top.CompareTo(b.Top));
        return regions;
    }

    private IEnumerable<XlsxRow> Read(int sheet)
    {
        using var cursor = new Cursor(this, sheet);
        while (cursor.MoveNext())
        {
            yield return new XlsxRow(cursor.RowNumber, cursor.Cells.ToArray());
        }
    }

    /// <summary>A forward-only read of one sheet: each <see cref="MoveNext"/> reads the next row that has a non-empty cell.</summary>
    internal sealed class Cursor : IDisposable
    {
        private readonly XlsxWorkbookReader workbook;
        private readonly string[] strings;
        private readonly Stream stream;
        private readonly XmlReader xml;
        private readonly string where;
        private int rowNumber;

        internal Cursor(XlsxWorkbookReader workbook, int sheet)
        {
            this.workbook = workbook;
            strings = workbook.SharedStrings();
            where = $"{workbook.File}, sheet '{workbook.sheets[sheet].Name}'";
            stream = workbook.sheets[sheet].Part.GetStream(FileMode.Open, FileAccess.Read);
            xml = XmlReader.Create(stream, XmlSettings);
        }

        /// <summary>The current row's number, as Excel numbers rows.</summary>
        public int RowNumber => rowNumber;

        /// <summary>The current row's non-empty cells, by column; the list is reused by the next <see cref="MoveNext"/>.</summary>
        public List<XlsxCell> Cells { get; } = [];

        /// <summary>Reads the next row with a non-empty cell; false after the last.</summary>
        /// <exception cref="PolicyDataException">The sheet's XML is damaged, or a cell names a shared string that does not exist.</exception>
        public bool MoveNext()
        {
            try
            {
                do
                {
                    if (!workbook.ReadRow(xml, strings, ref rowNumber, Cells, where))
                    {
                        return false;
                    }
                }
                while (Cells.Count == 0);
                return true;
            }
            catch (XmlException e)
            {
                throw new PolicyDataException($"The sheet's XML is damaged: {e.Message}", $"{where}, row {rowNumber}", e);
            }
            catch (InvalidDataException e)
            {
                throw new PolicyDataException($"The sheet cannot be unpacked: {e.Message}", where, e);
            }
        }

        /// <summary>Closes the sheet's stream.</summary>
        public void Dispose()
        {
            xml.Dispose();
            stream.Dispose();
        }
    }

    /// <summary>Moves to the next row element and reads its cells; false at the end of the sheet.</summary>
    private bool ReadRow(XmlReader xml, string[] strings, ref int rowNumber, List<XlsxCell> cells, string where)
    {
        cells.Clear();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }

            rowNumber = int.TryParse(xml.GetAttribute("r"), out var r) && r > rowNumber ? r : rowNumber + 1;
            if (xml.IsEmptyElement)
            {
                return true;
            }

            var column = 0;
            var depth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
                {
                    continue;
                }

                column = XlsxColumns.TryParse(xml.GetAttribute("r"), out _, out var c) ? c : column + 1;
                var type = xml.GetAttribute("t");
                var style = int.TryParse(xml.GetAttribute("s"), out var s) ? s : 0;
                if (xml.IsEmptyElement)
                {
                    continue;
                }

                var (value, inline, formula) = ReadCell(xml);
                var text = formula is not null && inline is null && (value is null || (value.Length == 0 && type != "str"))
                    ? "=" + (formula.Length > 0 ? formula : "…")   // a formula saved without its value (a script's workbook; "…" for a shared one): the normaliser says so
                    : type switch
                {
                    "s" => int.TryParse(value, out var index) && index >= 0 && index < strings.Length
                        ? strings[index]
                        : throw new PolicyDataException($"The cell names shared string {value}, which the workbook does not have ({strings.Length} strings); the file is damaged.", $"{where}, cell {XlsxColumns.Letter(column)}{rowNumber}"),
                    "inlineStr" => inline ?? value ?? string.Empty,
                    "str" or "e" => value ?? string.Empty,
                    "b" => value is null ? string.Empty : XlsxCellText.Boolean(value),
                    "d" => value is null ? string.Empty : XlsxCellText.IsoDate(value),
                    _ => value is null ? string.Empty : XlsxCellText.Number(value, formats[style], date1904),
                    };
                if (text.Length > 0)
                {
                    cells.Add(new XlsxCell(rowNumber, column, text));
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>Reads a cell element's children: its value (<c>v</c>), its inline string (<c>is</c>) and its formula (<c>f</c>).</summary>
    private static (string? Value, string? Inline, string? Formula) ReadCell(XmlReader xml)
    {
        string? value = null;
        string? inline = null;
        string? formula = null;
        var depth = xml.Depth;
        var advance = true;
        while (!advance || xml.Read())
        {
            advance = true;
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
            {
                break;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "v":
                    // Reading the content leaves the reader on the next node, which the loop looks at before reading on.
                    value = xml.ReadElementContentAsString();
                    advance = false;
                    break;
                case "is":
                    inline = RichText(xml);
                    break;
                case "f":
                    formula = xml.ReadElementContentAsString();
                    advance = false;
                    break;
                default:
                    xml.Skip();
                    advance = false;
                    break;
            }
        }

        return (value, inline, formula);
    }

    /// <summary>The text of a string item (<c>si</c> or <c>is</c>): its <c>t</c> elements joined, phonetic runs (<c>rPh</c>) left out.</summary>
    private static string RichText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        string? single = null;
        System.Text.StringBuilder? joined = null;
        var depth = xml.Depth;
        var advance = true;
        while (!advance || xml.Read())
        {
            advance = true;
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
            {
                break;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName is "rPh" or "rPr" or "phoneticPr")
            {
                xml.Skip();
                advance = false;
            }
            else if (xml.LocalName == "t")
            {
                var text = xml.ReadElementContentAsString();
                advance = false;
                if (single is null)
                {
                    single = text;
                }
                else
                {
                    (joined ??= new System.Text.StringBuilder(single)).Append(text);
                }
            }
        }

        return joined?.ToString() ?? single ?? string.Empty;
    }

    private string[] SharedStrings()
    {
        if (sharedStrings is not null)
        {
            return sharedStrings;
        }

        var list = new List<string>();
        if (workbook.SharedStringTablePart is { } part)
        {
            try
            {
                using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
                using var xml = XmlReader.Create(stream, XmlSettings);
                while (xml.Read())
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
                    {
                        list.Add(RichText(xml));
                    }
                }
            }
            catch (XmlException e)
            {
                throw new PolicyDataException($"The workbook's shared strings are damaged: {e.Message}", $"{File}, xl/sharedStrings.xml", e);
            }
        }

        return sharedStrings = [.. list];
    }

    /// <summary>Closes the package.</summary>
    public void Dispose() => document.Dispose();
}
