using System.Globalization;
using System.Text;
using System.Text.Json;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>Reads progress reports from JSON and CSV; every error is a <see cref="PolicyDataException"/> with its location.</summary>
internal static class ProgressReportReader
{
    public const int SupportedVersion = 1;
    private const string CsvHeader = "indicator,value,unit,observedOn";
    private static readonly LocalDate Earliest = new(2000, 1, 1);
    private static readonly LocalDate Latest = new(2100, 12, 31);

    public static ProgressReport ReadJson(Stream utf8Json, PolicyCatalog catalog)
    {
        ProgressFileDto file;
        try
        {
            file = JsonSerializer.Deserialize(utf8Json, ComplianceJsonContext.Default.ProgressFileDto)
                ?? throw new PolicyDataException("The progress report is JSON null; expected an object with 'version' and 'observations'.", "$");
        }
        catch (JsonException e)
        {
            throw new PolicyDataException($"The progress report is not valid: {e.Message}", e.Path ?? "$", e);
        }

        if (file.Version != SupportedVersion)
        {
            throw new PolicyDataException($"Version {file.Version} is not supported; this library reads version {SupportedVersion}.", "$.version");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<ProgressEntry>(file.Observations.Count);
        for (var i = 0; i < file.Observations.Count; i++)
        {
            var o = file.Observations[i];
            var at = $"$.observations[{i}]";
            entries.Add(Check(o.Indicator, o.Value, o.Unit, o.ObservedOn, catalog, seen, i, field => $"{at}.{field}", j => $"$.observations[{j}]"));
        }

        return new ProgressReport(entries);
    }

    public static ProgressReport ReadCsv(TextReader reader, PolicyCatalog catalog)
    {
        var header = reader.ReadLine();
        if (header is null || !string.Equals(header.TrimStart('\uFEFF').TrimEnd(), CsvHeader, StringComparison.Ordinal))
        {
            throw new PolicyDataException($"The first line must be the header '{CsvHeader}'.", "1:1");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<ProgressEntry>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = SplitCsv(line, lineNumber);
            if (fields.Count != 4)
            {
                throw new PolicyDataException($"A line has {fields.Count} field(s); expected 4 ({CsvHeader}).", $"{lineNumber}:1");
            }

            var number = lineNumber;
            string Where(string field) => $"{number}:{fields[Array.IndexOf(FieldNames, field)].Column}";
            if (!decimal.TryParse(fields[1].Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw new PolicyDataException($"'{fields[1].Text}' is not a number (write digits with '.' as decimal point).", Where("value"));
            }

            entries.Add(Check(fields[0].Text, value, fields[2].Text, fields[3].Text, catalog, seen, number, Where, j => $"{j}:1"));
        }

        return new ProgressReport(entries);
    }

    private static readonly string[] FieldNames = ["indicator", "value", "unit", "observedOn"];

    private static ProgressEntry Check(
        string id, decimal value, string unitSymbol, string date, PolicyCatalog catalog, Dictionary<string, int> seen, int position,
        Func<string, string> where, Func<int, string> entryAt)
    {
        if (!catalog.TryGetTarget(id, out var target))
        {
            throw new PolicyDataException($"No target has the id '{id}' (a dangling reference); ids are '<measure-id>/t<n>', e.g. 'jilin-2022-county-urbanization/68/t1'.", where("indicator"));
        }

        if (!seen.TryAdd(id, position))
        {
            throw new PolicyDataException($"The target '{id}' is observed twice (first at {entryAt(seen[id])}); a report holds one observation per target.", where("indicator"));
        }

        if (!Unit.TryParse(unitSymbol, out var unit))
        {
            throw new PolicyDataException($"'{unitSymbol}' is not a known unit; known: {string.Join(" ", Unit.Known.Select(u => u.Symbol))}, and 万 before a count unit.", where("unit"));
        }

        if (!unit.IsCompatibleWith(target.Unit) && target.Comparator != Comparator.Zero)
        {
            throw new PolicyDataException($"Target '{id}' is measured in {target.Unit.Symbol} ({target.Unit.EnglishName}); {unit.Symbol} ({unit.EnglishName}) does not convert to it.", where("unit"));
        }

        var parsed = LocalDatePattern.Iso.Parse(date);
        if (!parsed.Success)
        {
            throw new PolicyDataException($"'{date}' is not a date; write yyyy-MM-dd, e.g. 2025-12-31.", where("observedOn"));
        }

        var observedOn = parsed.Value;
        if (observedOn < Earliest || observedOn > Latest)
        {
            throw new PolicyDataException($"{date} is out of range: observations are dated 2000-01-01 to 2100-12-31.", where("observedOn"));
        }

        if (target.Period is { } period && observedOn < period.Start)
        {
            throw new PolicyDataException($"Target '{id}' counts deliveries from {LocalDatePattern.Iso.Format(period.Start)}; an observation dated {date} cannot measure it.", where("observedOn"));
        }

        var inPercent = unit.BaseSymbol == Unit.Percent.Symbol ? value * unit.Factor : (decimal?)null;
        if (value < 0 || inPercent > 100m)
        {
            throw new PolicyDataException(
                string.Create(CultureInfo.InvariantCulture, $"{value} {unit.Symbol} is out of range: {(value < 0 ? "amounts and shares are never negative" : "a share is at most 100 % (1 as a fraction)")}."),
                where("value"));
        }

        return new ProgressEntry(target.Id, new Observation(value, unit, observedOn));
    }

    private static List<(string Text, int Column)> SplitCsv(string line, int lineNumber)
    {
        var fields = new List<(string, int)>();
        var i = 0;
        while (true)
        {
            var column = i + 1;
            var text = new StringBuilder();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new PolicyDataException("A quoted field is not closed.", $"{lineNumber}:{column}");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            text.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    text.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    throw new PolicyDataException("A quoted field is followed by characters before the next comma.", $"{lineNumber}:{i + 1}");
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    text.Append(line[i++]);
                }
            }

            fields.Add((text.ToString().Trim(), column));
            if (i >= line.Length)
            {
                return fields;
            }

            i++; // the comma
        }
    }
}
