using System.Text;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// The one table of column names intake reads, Chinese and English (<c>docs/intake.md</c> prints it): each name means
/// one field of an observation row and one of a status row (<c>date</c> is the observed day of a figure and the
/// reported day of a status). Names match after folding: case, whitespace (line breaks in a wrapped header cell) and
/// full-width forms (<c>县（市）</c> is <c>县(市)</c>) do not count.
/// </summary>
internal static class HeaderTable
{
    /// <summary>填报单位 names the figure's subject (or the status's reporter) unless the table has another column for it; beside one it is the body that recorded the row.</summary>
    public const string Filler = "填报单位";

    /// <summary>The names of each field of an observation row, in the order the documentation lists them (the first is the canonical English name).</summary>
    public static readonly (IntakeField Field, string[] Names)[] Observation =
    [
        (IntakeField.Target, ["target", "indicator", "targetId", "指标编号", "指标", "指标ID", "目标编号"]),
        (IntakeField.Subject, ["subject", "county", "division", "地区", "县(市)", "县(市、区)", "县市", "市县", "行政区划"]),
        (IntakeField.Value, ["value", "完成值", "数值", "实际值", "完成数"]),
        (IntakeField.Unit, ["unit", "单位", "计量单位"]),
        (IntakeField.ObservedOn, ["observedOn", "date", "统计日期", "截至日期", "截止日期", "数据日期"]),
        (IntakeField.Source, ["source", "数据来源", "来源"]),
        (IntakeField.Note, ["note", "备注", "说明"]),
    ];

    /// <summary>The names of each field of a status row.</summary>
    public static readonly (IntakeField Field, string[] Names)[] Status =
    [
        (IntakeField.Measure, ["measure", "measureId", "举措编号", "任务编号", "措施编号"]),
        (IntakeField.Reporter, ["reporter", "department", "county", "subject", "责任单位", "牵头单位"]),
        (IntakeField.Status, ["status", "进展状态", "状态", "完成状态"]),
        (IntakeField.ReportedOn, ["reportedOn", "date", "截至日期", "截止日期", "报告日期", "统计日期"]),
        (IntakeField.Narrative, ["narrative", "note", "进展情况", "备注", "工作进展"]),
        (IntakeField.Source, ["source", "数据来源", "来源"]),
    ];

    /// <summary>The names of the recording fields, in either kind of row.</summary>
    public static readonly (IntakeField Field, string[] Names)[] Recording =
    [
        (IntakeField.RecordedOn, ["recordedOn", "填报日期", "报送日期"]),
        (IntakeField.RecordedBy, ["recordedBy", "报送单位"]),
        (IntakeField.Reason, ["reason", "更正原因"]),
        (IntakeField.Action, ["action", "操作"]),
    ];

    private static readonly Dictionary<string, IntakeField> ObservationKeys = Keys(Observation);
    private static readonly Dictionary<string, IntakeField> StatusKeys = Keys(Status);
    private static readonly Dictionary<string, IntakeField> RecordingKeys = Keys(Recording);

    /// <summary>A header as the table compares it: no whitespace anywhere, full-width ASCII forms folded, lower case.</summary>
    public static string Key(ReadOnlySpan<char> header)
    {
        var key = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsWhiteSpace(c) || Data.StrictText.IsInvisible(c))
            {
                continue;
            }

            key.Append(char.ToLowerInvariant(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c));
        }

        return key.ToString();
    }

    /// <summary>
    /// The key of a header as the table knows it: the whole header's key when the table has it, else the key before a
    /// trailing qualifier in brackets (<c>完成值（%）</c>, <c>统计日期(年月日)</c>, <c>完成值（单位：万人）</c>), which is
    /// then given in <paramref name="qualifier"/> (without a <c>单位：</c> prefix). <c>县(市)</c> is a name of its own.
    /// </summary>
    public static string KnownKey(ReadOnlySpan<char> header, out string? qualifier)
    {
        qualifier = null;
        var key = Key(header);
        if (IsKnown(key) || key.Length < 3 || key[^1] != ')')
        {
            return key;
        }

        var open = key.LastIndexOf('(');
        if (open <= 0 || !IsKnown(key[..open]))
        {
            return key;
        }

        var inside = key[(open + 1)..^1];
        foreach (var prefix in (ReadOnlySpan<string>)["单位:", "单位", "unit:"])
        {
            if (inside.StartsWith(prefix, StringComparison.Ordinal))
            {
                inside = inside[prefix.Length..];
                break;
            }
        }

        qualifier = inside;
        return key[..open];
    }

    /// <summary>The field a header names in an observation row (<paramref name="status"/> false) or a status row.</summary>
    public static IntakeField FieldOf(string key, bool status) =>
        (status ? StatusKeys : ObservationKeys).TryGetValue(key, out var field) ? field
        : RecordingKeys.TryGetValue(key, out field) ? field
        : default(IntakeField);

    /// <summary>True when a header names a field of either kind, or 填报单位.</summary>
    public static bool IsKnown(string key) => key == Filler || ObservationKeys.ContainsKey(key) || StatusKeys.ContainsKey(key) || RecordingKeys.ContainsKey(key);

    /// <summary>The canonical (first, English) name of a field.</summary>
    public static string NameOf(IntakeField field, bool status) => (status ? Status : Observation).Concat(Recording).First(f => f.Field == field).Names[0];

    /// <summary>The names of a field in messages: <c>'target' (or 'indicator', '指标编号', …)</c>.</summary>
    public static string NamesOf(IntakeField field, bool status)
    {
        var names = (status ? Status : Observation).Concat(Recording).First(f => f.Field == field).Names;
        return $"'{names[0]}' (or {string.Join(", ", names.Skip(1).Select(n => $"'{n}'"))})";
    }

    private static Dictionary<string, IntakeField> Keys((IntakeField Field, string[] Names)[] table)
    {
        var keys = new Dictionary<string, IntakeField>(StringComparer.Ordinal);
        foreach (var (field, names) in table)
        {
            foreach (var name in names)
            {
                keys.Add(Key(name), field);
            }
        }

        return keys;
    }
}
