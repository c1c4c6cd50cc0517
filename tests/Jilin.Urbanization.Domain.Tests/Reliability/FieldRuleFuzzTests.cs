using System.Globalization;
using System.Text;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// The field rules every progress reader shares (issue 23): one look-up of columns and members (synonyms given together
/// are ambiguous), one token rule for dates and units, locations carried by each field, free text that round-trips,
/// null entries refused. Every reader is a strict run of the one intake pipeline, so one location format: a CSV cell's
/// row, column letter and header (<c>row 2, column C (value)</c>), a JSON member's path. Each property runs all readers it applies to — observations CSV and JSON, status CSV and JSON,
/// and the 1.x progress report CSV and JSON — on generated files, not only the example the issue quotes.
/// </summary>
public class FieldRuleFuzzTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    // A share target for the province: 0–100 %.
    private const string Share = "jilin-2022-county-urbanization/68/t1";

    private static readonly TargetIndicator Amount = Catalog.Targets.First(t => t.Period is not null);

    private static readonly string AmountSubject = Amount.Binding == TargetBinding.EachCounty ? "梅河口市" : "全省";

    /// <summary>One observation's fields under their first names, in file order.</summary>
    private static readonly (string Name, string Value)[] Observation =
        [("target", Share), ("subject", "全省"), ("value", "78"), ("unit", "%"), ("observedOn", "2025-09-30"), ("source", "省通信管理局"), ("note", "x")];

    private static readonly (string Name, string Value)[] Status =
        [("measure", "jilin-2022-county-urbanization/26"), ("reporter", "住建厅"), ("status", "inProgress"), ("reportedOn", "2025-09-30"), ("narrative", "n"), ("source", "s")];

    // The synonyms each reader accepts, per field.
    private static readonly string[][] ObservationSynonyms = [["target", "indicator", "targetId"], ["subject", "county", "division"], ["observedOn", "date"]];
    private static readonly string[][] StatusSynonyms = [["measure", "measureId"], ["reporter", "department", "county", "subject"], ["reportedOn", "date"], ["narrative", "note"]];
    private static readonly string[][] ReportSynonyms = [["target", "indicator", "targetId"], ["observedOn", "date"]];

    public enum Reader
    {
        ObservationsCsv,
        ObservationsJson,
        StatusCsv,
        StatusJson,
        ReportCsv,
        ReportJson,
    }

    private static bool IsCsv(Reader reader) => reader is Reader.ObservationsCsv or Reader.StatusCsv or Reader.ReportCsv;

    private static (string Name, string Value)[] FieldsOf(Reader reader) => reader switch
    {
        Reader.StatusCsv or Reader.StatusJson => Status,
        Reader.ReportCsv or Reader.ReportJson => [.. Observation.Where(f => f.Name is "target" or "value" or "unit" or "observedOn")],
        _ => Observation,
    };

    private static readonly Gen<Reader> Readers = Gen.Enum<Reader>();

    /// <summary>The file of one entry with these fields, in the reader's format (JSON values are strings but the value).</summary>
    private static string File(Reader reader, IReadOnlyList<(string Name, string Value)> fields)
    {
        if (IsCsv(reader))
        {
            return string.Join(",", fields.Select(f => Quote(f.Name))) + "\n" + string.Join(",", fields.Select(f => Quote(f.Value))) + "\n";
        }

        var members = string.Join(", ", fields.Select(f => $"{Json(f.Name)}: {(f.Name == "value" ? f.Value : Json(f.Value))}"));
        var array = reader == Reader.StatusJson ? "statusUpdates" : "observations";
        return $"{{\"version\": 1, \"{array}\": [{{{members}}}]}}";
    }

    /// <summary>Reads <paramref name="text"/> with the reader; the PolicyDataException, or null when it read.</summary>
    private static PolicyDataException? Error(Reader reader, string text)
    {
        try
        {
            _ = reader switch
            {
                Reader.ObservationsCsv => (object)TrackingLogReader.ReadObservationsCsv(Catalog, new StringReader(text)),
                Reader.StatusCsv => TrackingLogReader.ReadStatusUpdatesCsv(Catalog, new StringReader(text)),
                Reader.ObservationsJson or Reader.StatusJson => TrackingLogReader.ReadJson(Catalog, Utf8(text)),
                Reader.ReportCsv => ProgressReport.ReadCsv(new StringReader(text), Catalog),
                _ => ProgressReport.ReadJson(Utf8(text), Catalog),
            };
            return null;
        }
        catch (PolicyDataException e)
        {
            return e;
        }
    }

    /// <summary>Where the reader reports field <paramref name="index"/> of the one entry of <paramref name="fields"/>.</summary>
    private static string Location(Reader reader, IReadOnlyList<(string Name, string Value)> fields, int index, int line = 2)
    {
        if (!IsCsv(reader))
        {
            return $"$.{(reader == Reader.StatusJson ? "statusUpdates" : "observations")}[0].{fields[index].Name}";
        }

        // The intake pipeline's CSV location: the row, the column's letter and its header as written.
        return $"row {line}, column {(char)('A' + index)} ({fields[index].Name})";
    }

    [Fact]
    public void The_unchanged_entries_read()
    {
        foreach (var reader in Enum.GetValues<Reader>())
        {
            Error(reader, File(reader, FieldsOf(reader))).Should().BeNull($"{reader} reads the valid entry");
        }
    }

    [Fact]
    public void Two_synonyms_of_one_field_are_refused_naming_both_at_the_second() =>
        Documented.WithinTimeLimit(() =>
            (from reader in Readers
             from kind in Gen.Int[0, 3]
             from pick in Gen.Int[0, 100]
             from order in Gen.Int.Array[FieldsOf(Reader.ObservationsCsv).Length + 1]
             from upper in Gen.Bool
             select (reader, kind, pick, order, upper)).Sample(x =>
            {
                var synonyms = x.reader switch
                {
                    Reader.StatusCsv or Reader.StatusJson => StatusSynonyms,
                    Reader.ReportCsv or Reader.ReportJson => ReportSynonyms,
                    _ => ObservationSynonyms,
                };
                var names = synonyms[x.kind % synonyms.Length];
                var (first, second) = (names[x.pick % names.Length], names[(x.pick / names.Length + 1 + x.pick) % names.Length]);
                if (first == second)
                {
                    second = names[(Array.IndexOf(names, first) + 1) % names.Length];
                }

                // The field under one name, and again under a synonym (a different value: both hold data), in any order.
                var fields = FieldsOf(x.reader).Where(f => !names.Contains(f.Name)).ToList();
                var value = FieldsOf(x.reader).FirstOrDefault(f => names.Contains(f.Name)).Value ?? "梅河口市";
                fields.Add((x.upper ? first.ToUpperInvariant() : first, value));
                fields.Add((second, value + "x"));
                fields = [.. fields.Select((f, i) => (f, k: x.order[i])).OrderBy(p => p.k).Select(p => p.f)];

                var error = Error(x.reader, File(x.reader, fields));

                error.Should().NotBeNull();
                var earlier = fields.FindIndex(f => names.Contains(f.Name, StringComparer.OrdinalIgnoreCase));
                var later = fields.FindLastIndex(f => names.Contains(f.Name, StringComparer.OrdinalIgnoreCase));
                error!.Message.Should().ContainAll($"'{fields[earlier].Name}'", $"'{fields[later].Name}'", "mean the same");
                error.Location.Should().Be(IsCsv(x.reader) ? Location(x.reader, fields, later, line: 1) : $"$.{(x.reader == Reader.StatusJson ? "statusUpdates" : "observations")}[0].{fields[later].Name}");
            }, iter: 300));

    [Fact]
    public void A_date_followed_by_a_control_character_and_anything_is_refused_at_the_date_and_by_padding_alone_reads() =>
        Documented.WithinTimeLimit(() =>
            (from reader in Readers
             from invisible in Gen.OneOfConst(HostileInputs.Invisible)
             from rest in Gen.OneOf(Gen.Const(string.Empty), Gen.String[0, 12], Gen.Const("garbage"))
             from day in Gen.Int[1, 28]
             select (reader, suffix: invisible + rest, day)).Sample(x =>
            {
                var fields = FieldsOf(x.reader).ToList();
                var at = fields.FindIndex(f => f.Name is "observedOn" or "reportedOn");
                fields[at] = (fields[at].Name, $"2025-09-{x.day:00}{x.suffix}");

                var error = Error(x.reader, File(x.reader, fields));

                // Whitespace and format characters (a zero-width space, a BOM) around a cell are padding the intake trims
                // (docs/intake.md); a control character, or anything after the padding, is part of the cell.
                if (x.suffix.All(c => char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
                {
                    error.Should().BeNull($"{StrictText(fields[at].Value)} is the date with padding");
                    return;
                }

                error.Should().NotBeNull($"{StrictText(fields[at].Value)} is not a date");
                error!.Location.Should().Be(Location(x.reader, fields, at));
            }, iter: 300));

    [Fact]
    public void A_value_breaking_the_value_rule_is_refused_at_the_value() =>
        Documented.WithinTimeLimit(() =>
            (from reader in Gen.OneOfConst(Reader.ObservationsCsv, Reader.ObservationsJson, Reader.ReportCsv, Reader.ReportJson)
             from value in Gen.OneOf(Gen.Decimal[-1e6m, -0.0001m], Gen.Decimal[100.0001m, 1e6m])
             from order in Gen.Int.Array[7]
             select (reader, value, order)).Sample(x =>
            {
                var fields = FieldsOf(x.reader).Select((f, i) => (f, k: x.order[i]))
                    .OrderBy(p => p.k).Select(p => p.f.Name == "value" ? (p.f.Name, x.value.ToString(CultureInfo.InvariantCulture)) : p.f).ToList();

                var error = Error(x.reader, File(x.reader, fields));

                error.Should().NotBeNull();
                error!.Location.Should().Be(Location(x.reader, fields, fields.FindIndex(f => f.Name == "value")), error.Message);
            }, iter: 300));

    [Fact]
    public void An_amount_dated_before_its_period_is_refused_at_the_date() =>
        Documented.WithinTimeLimit(() =>
            (from reader in Gen.OneOfConst(Reader.ObservationsCsv, Reader.ObservationsJson, Reader.ReportCsv, Reader.ReportJson)
             from daysBefore in Gen.Int[1, 3000]
             from order in Gen.Int.Array[7]
             select (reader, daysBefore, order)).Sample(x =>
            {
                var day = Amount.Period!.Start.PlusDays(-x.daysBefore);
                var values = new Dictionary<string, string>
                {
                    ["target"] = Amount.Id.ToString(), ["subject"] = AmountSubject, ["value"] = "1", ["unit"] = Amount.Unit.Symbol,
                    ["observedOn"] = day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                };
                var fields = FieldsOf(x.reader).Where(f => x.reader is not (Reader.ReportCsv or Reader.ReportJson) || f.Name != "subject")
                    .Select((f, i) => (f, k: x.order[i])).OrderBy(p => p.k)
                    .Select(p => values.TryGetValue(p.f.Name, out var v) ? (p.f.Name, v) : p.f).ToList();

                var error = Error(x.reader, File(x.reader, fields));

                error.Should().NotBeNull();
                error!.Location.Should().Be(Location(x.reader, fields, fields.FindIndex(f => f.Name == "observedOn")), error.Message);
            }, iter: 200));

    [Fact]
    public void A_unit_with_a_line_break_or_invisible_character_inside_is_refused_at_the_unit() =>
        Documented.WithinTimeLimit(() =>
            (from reader in Gen.OneOfConst(Reader.ObservationsCsv, Reader.ObservationsJson, Reader.ReportCsv, Reader.ReportJson)
             from unit in Gen.OneOfConst("fraction", "percent", "万人", "people")
             from inside in Gen.OneOf(Gen.OneOfConst("\r\n", "\n", "\r", "\t"), Gen.OneOfConst(HostileInputs.Invisible))
             from at in Gen.Int[0, 100]
             select (reader, text: unit.Insert(1 + (at % (unit.Length - 1)), inside))).Sample(x =>
            {
                var fields = FieldsOf(x.reader).Select(f => f.Name == "unit" ? (f.Name, x.text) : f).ToList();

                var error = Error(x.reader, File(x.reader, fields));

                Unit.TryParse(x.text, out _).Should().BeFalse();
                error.Should().NotBeNull($"{StrictText(x.text)} is not a unit");
                error!.Location.Should().Be(Location(x.reader, fields, fields.FindIndex(f => f.Name == "unit")));
            }, iter: 300));

    [Fact]
    public void Free_text_with_a_lone_surrogate_is_refused_at_its_field() =>
        Documented.WithinTimeLimit(() =>
            (from reader in Gen.OneOfConst(Reader.ObservationsCsv, Reader.ObservationsJson, Reader.StatusCsv, Reader.StatusJson)
             from field in Gen.OneOfConst("source", "note", "narrative")
             from text in Gen.String[0, 8]
             from surrogate in Gen.Char['\uD800', '\uDFFF']
             from at in Gen.Int[0, 8]
             select (reader, field, text, surrogate, at)).Sample(x =>
            {
                var fields = FieldsOf(x.reader).ToList();
                var index = fields.FindIndex(f => f.Name == x.field);
                if (index < 0)
                {
                    return;
                }

                var clean = new string([.. x.text.Where(c => !char.IsSurrogate(c) && c != '"' && c != '\\')]);
                var lone = clean.Insert(Math.Min(x.at, clean.Length), x.surrogate.ToString());
                // JSON carries the lone surrogate escaped, as a JSON writer would.
                fields[index] = (x.field, IsCsv(x.reader) ? lone : clean.Insert(Math.Min(x.at, clean.Length), $"\\u{(int)x.surrogate:X4}"));
                var file = File(x.reader, fields);
                if (!IsCsv(x.reader))
                {
                    file = file.Replace("\\\\u", "\\u", StringComparison.Ordinal);
                }

                var error = Error(x.reader, file);

                error.Should().NotBeNull();
                error!.Location.Should().Be(Location(x.reader, fields, index), error.Message);
            }, iter: 300));

    [Fact]
    public void A_lone_surrogate_in_free_text_is_refused_by_the_constructors_naming_the_parameter() =>
        Documented.WithinTimeLimit(() =>
            (from text in Gen.String[0, 10]
             from surrogate in Gen.Char['\uD800', '\uDFFF']
             from at in Gen.Int[0, 10]
             from which in Gen.Int[0, 6]
             select (text: new string([.. text.Where(c => !char.IsSurrogate(c))]), surrogate, at, which)).Sample(x =>
            {
                var lone = x.text.Insert(Math.Min(x.at, x.text.Length), x.surrogate.ToString());
                var observation = new Observation(78m, Unit.Percent, new LocalDate(2025, 9, 30));
                var measure = Jilin.Urbanization.Domain.Documents.MeasureId.Parse("jilin-2022-county-urbanization/26");
                Action act = x.which switch
                {
                    0 => () => _ = new ProgressObservation(TargetId.Parse(Share), Subject.Province, observation, source: lone),
                    1 => () => _ = new ProgressObservation(TargetId.Parse(Share), Subject.Province, observation, note: lone),
                    2 => () => _ = new StatusUpdate(measure, Subject.Province, new LocalDate(2025, 9, 30), MeasureStatus.InProgress, lone),
                    3 => () => _ = new StatusUpdate(measure, Subject.Province, new LocalDate(2025, 9, 30), MeasureStatus.InProgress, "n", lone),
                    4 => () => _ = new Jilin.Urbanization.Domain.Reports.HtmlReport("t", subtitle: lone),
                    5 => () => _ = new Jilin.Urbanization.Domain.Reports.ReportSection("h", [lone]),
                    _ => () => _ = new Jilin.Urbanization.Domain.Charts.SvgChart(lone, "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", 1, 1, 0),
                };
                var name = new[] { "source", "note", "narrative", "source", "subtitle", "paragraphs", "title" }[x.which];

                act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(name);
            }, iter: 300));

    [Fact]
    public void Null_and_non_object_entries_are_refused_at_their_index() =>
        Documented.WithinTimeLimit(() =>
            (from reader in Gen.OneOfConst(Reader.ObservationsJson, Reader.StatusJson, Reader.ReportJson)
             from before in Gen.Int[0, 3]
             from item in Gen.OneOfConst("null", "1", "\"x\"", "[]", "true")
             select (reader, before, item)).Sample(x =>
            {
                var valid = File(x.reader, FieldsOf(x.reader));
                var entry = valid[(valid.IndexOf('[', StringComparison.Ordinal) + 1)..valid.LastIndexOf(']')];
                // Distinct valid entries first (one per target or measure reads whole), then the bad item.
                var items = Enumerable.Repeat(entry, x.before).Select((e, i) => e.Replace("2025-09-30", $"2025-09-{i + 1:00}", StringComparison.Ordinal)).Append(x.item);
                var array = x.reader == Reader.StatusJson ? "statusUpdates" : "observations";
                var file = x.reader == Reader.ReportJson && x.before > 1
                    ? null
                    : $"{{\"version\": 1, \"{array}\": [{string.Join(", ", items)}]}}";
                if (file is null)
                {
                    return;
                }

                var error = Error(x.reader, file);

                error.Should().NotBeNull();
                error!.Location.Should().Be($"$.{array}[{x.before}]");
            }, iter: 200));

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static string StrictText(string text) => Jilin.Urbanization.Domain.Data.StrictText.Quote(text);
}
