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

    public JsonSource(Stream stream, string fileName)
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
            throw new PolicyDataException($"The file is not valid JSON: {message}", $"{fileName} {where}", e);
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new PolicyDataException($"The file is a JSON {root.ValueKind.ToString().ToLowerInvariant()}; expected an object with 'version', 'observations' and 'statusUpdates'.", $"{fileName} $");
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v is not (1 or 2))
        {
            document.Dispose();
            throw new PolicyDataException("The file's 'version' is missing or not supported; this library reads versions 1 and 2.", $"{fileName} $.version");
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
                    throw new PolicyDataException($"'{name}' is a JSON {list.ValueKind.ToString().ToLowerInvariant()}; expected an array of entries.", $"{FileName} $.{name}");
                }

                return new Table(name, list, withdrawals: name == "withdrawals");
            }
        }

        return null;
    }

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

                foreach (var member in entry.EnumerateObject())
                {
                    if (columns.TryAdd(member.Name, names.Count))
                    {
                        names.Add(member.Name);
                    }
                }
            }

            if (withdrawals && columns.TryAdd(Action, names.Count))
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
                foreach (var member in entry.EnumerateObject())
                {
                    if (!seen.Add(member.Name))
                    {
                        problem = $"The entry names the member {Data.StrictText.Quote(member.Name)} twice.";
                    }

                    cells[columns[member.Name]] = Text(member.Value);
                }
            }

            if (withdrawals)
            {
                cells[columns[Action]] = "撤回";
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
            JsonValueKind.String => value.GetString() ?? string.Empty,
            JsonValueKind.Null => string.Empty,
            _ => value.GetRawText(),
        };
    }
}
