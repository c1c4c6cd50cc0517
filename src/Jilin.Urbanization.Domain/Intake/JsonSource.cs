using System.Globalization;
using System.Text.Json;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// The JSON tracking file (<c>docs/tracking.schema.json</c>, versions 1 and 2) as tables: <c>observations</c>,
/// <c>statusUpdates</c> and <c>withdrawals</c>, each entry a row whose cells are its members (strings as written,
/// numbers as their JSON text, null as empty). The header is the members' names in the order first seen; a
/// withdrawal's row has an <c>action</c> cell of 撤回, so the pipeline reads it as a CSV row of the same meaning.
/// </summary>
internal sealed class JsonSource : IntakeSource
{
    private static readonly string[] Lists = ["observations", "statusUpdates", "withdrawals"];

    private readonly JsonDocument document;
    private int next;

    /// <summary>Parses the file.</summary>
    /// <param name="stream">The file's bytes; disposed once parsed.</param>
    /// <param name="fileName">The file's name for locations (empty when read from a bare stream).</param>
    /// <param name="latestVersion">The latest version read (a 1.x progress report: 1).</param>
    /// <param name="closed">True to refuse members of the file other than <c>version</c> and <c>observations</c> (a 1.x progress report).</param>
    public JsonSource(Stream stream, string fileName, int latestVersion = 2, bool closed = false)
        : base(fileName)
    {
        try
        {
            using (stream)
            {
                document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
            }
        }
        catch (JsonException e)
        {
            var (message, where) = Data.StrictText.JsonError(e);
            throw new PolicyDataException($"The file is not valid JSON: {message}", Where(fileName, where), e);
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            var kind = root.ValueKind.ToString().ToLowerInvariant();
            document.Dispose();
            throw new PolicyDataException($"The file is a JSON {kind}; expected an object with 'version', 'observations' and 'statusUpdates'.", Where(fileName, "$"));
        }

        if (closed)
        {
            // A 1.x progress report's members were always closed: 'version' and 'observations' only.
            string? unknown = null;
            try
            {
                unknown = root.EnumerateObject().Select(m => m.Name).FirstOrDefault(n => n is not ("version" or "observations"));
            }
            catch (InvalidOperationException e)
            {
                // System.Text.Json checks a member's name only when it is read as text.
                document.Dispose();
                throw new PolicyDataException("The file has a member name that is not valid UTF-8.", Where(fileName, "$"), e);
            }

            if (unknown is not null)
            {
                document.Dispose();
                throw new PolicyDataException($"The file names the unknown member {Data.StrictText.Quote(unknown)}; expected 'version' and 'observations'.", Where(fileName, Data.StrictText.Location($"$.{unknown}")));
            }
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v < 1 || v > latestVersion)
        {
            document.Dispose();
            throw new PolicyDataException(
                $"The file's 'version' is missing or not supported; this library reads {(latestVersion == 1 ? "version 1" : $"versions 1 to {latestVersion}")}.", Where(fileName, "$.version"));
        }
    }

    public override IntakeTable? NextTable()
    {
        while (next < Lists.Length)
        {
            var name = Lists[next++];
            if (document.RootElement.TryGetProperty(name, out var list) && list.ValueKind != JsonValueKind.Null)
            {
                if (list.ValueKind != JsonValueKind.Array)
                {
                    throw new PolicyDataException($"'{name}' is a JSON {list.ValueKind.ToString().ToLowerInvariant()}; expected an array of entries.", Where(FileName, $"$.{name}"));
                }

                return new Table(name, list, withdrawals: name == "withdrawals");
            }
        }

        return null;
    }

    private static string Where(string fileName, string path) => new IntakeLocation(fileName, null, 0, 0, null, path).ToString();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            document.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class Table : IntakeTable
    {
        private const string Action = "action";

        private readonly JsonElement list;
        private readonly bool withdrawals;
        private readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);
        private readonly List<string> names = [];
        private string[] cells = [];
        private int index = -1;
        private string? problem;

        public Table(string name, JsonElement list, bool withdrawals)
            : base(name)
        {
            (this.list, this.withdrawals) = (list, withdrawals);
            foreach (var entry in list.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                try
                {
                    foreach (var member in entry.EnumerateObject())
                    {
                        if (columns.TryAdd(member.Name, names.Count))
                        {
                            names.Add(member.Name);
                        }
                    }
                }
                catch (InvalidOperationException)
                {
                    // A member name that is not UTF-8: the entry's row says so (ReadRow).
                }
            }

            if (withdrawals && names.Count > 0 && columns.TryAdd(Action, names.Count))
            {
                names.Add(Action);
            }

            Header = names.ToValueList();
        }

        public override ValueList<string>? Header { get; }

        public override int RowNumber => index + 1;

        public override int CellCount => cells.Length;

        public override string? RowProblem => problem;

        public override bool ReadRow()
        {
            if (++index >= list.GetArrayLength())
            {
                return false;
            }

            var entry = list[index];
            cells = new string[names.Count];
            Array.Fill(cells, string.Empty);
            problem = entry.ValueKind == JsonValueKind.Object ? null : $"The entry is a JSON {entry.ValueKind.ToString().ToLowerInvariant()}; expected an object.";
            if (problem is null)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                try
                {
                    foreach (var member in entry.EnumerateObject())
                    {
                        if (!seen.Add(member.Name))
                        {
                            problem = $"The entry names the member {Data.StrictText.Quote(member.Name)} twice.";
                        }

                        cells[columns[member.Name]] = Text(member.Value);
                    }
                }
                catch (InvalidOperationException)
                {
                    // System.Text.Json checks UTF-8 only when a name or string is read as text.
                    problem = "The entry holds text that is not valid UTF-8 (a member's name or value).";
                }
            }

            if (withdrawals && columns.TryGetValue(Action, out var action))
            {
                cells[action] = "撤回";
            }

            return true;
        }

        public override ReadOnlySpan<char> Cell(int index) => (uint)index < (uint)cells.Length ? cells[index] : [];

        public override string? JsonPath(int index, string header) =>
            index < 0 || (withdrawals && header == Action)
                ? string.Create(CultureInfo.InvariantCulture, $"$.{Sheet}[{this.index}]")
                : Data.StrictText.Location(string.Create(CultureInfo.InvariantCulture, $"$.{Sheet}[{this.index}].{header}"));

        private static string Text(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => StringText(value),
            JsonValueKind.Null => string.Empty,
            _ => value.GetRawText(),
        };

        // A string that System.Text.Json will not transcode (an escaped lone surrogate, \uD800) is unescaped here as
        // written, so the field's rule refuses it where it stands (free text must round-trip) instead of the whole entry.
        private static string StringText(JsonElement value)
        {
            try
            {
                return value.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException)
            {
                var raw = value.GetRawText().AsSpan(1, value.GetRawText().Length - 2);
                var text = new System.Text.StringBuilder(raw.Length);
                for (var i = 0; i < raw.Length; i++)
                {
                    if (raw[i] != '\\' || i + 1 >= raw.Length)
                    {
                        text.Append(raw[i]);
                        continue;
                    }

                    var escaped = raw[++i];
                    if (escaped == 'u' && i + 4 < raw.Length && int.TryParse(raw.Slice(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    {
                        text.Append((char)code);
                        i += 4;
                        continue;
                    }

                    text.Append(escaped switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escaped });
                }

                return text.ToString();
            }
        }
    }
}
