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
        // Columns by name in any order, ',' or ';', RFC 4180 quoting: the tracking readers' CSV rules.
        var csv = Tracking.CsvRecords.Read(reader.ReadToEnd(), "progress report");
        if (csv.Column("subject", "county", "division", "department") >= 0)
        {
            throw new PolicyDataException(
                "A progress report holds one figure per target for the province; for figures per county or department read the file with TrackingLogReader.ReadObservationsCsv and evaluate it with an ImplementationTracker.",
                "1:1");
        }

        var indicator = csv.RequiredColumn("indicator", "target", "targetId");
        var valueColumn = csv.RequiredColumn("value");
        var unitColumn = csv.RequiredColumn("unit");
        var dateColumn = csv.RequiredColumn("observedOn", "date");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<ProgressEntry>();
        foreach (var row in csv.Rows)
        {
            string Text(int column) => column < row.Fields.Count ? row.Fields[column].Text : string.Empty;
            string At(int column) => column < row.Fields.Count ? $"{row.Fields[column].Line}:{row.Fields[column].Column}" : $"{row.Line}:1";
            if (!Data.StrictText.TryParseDecimal(Text(valueColumn), out var value))
            {
                throw new PolicyDataException($"{Shown(Text(valueColumn))} is not a number (write digits with '.' as decimal point).", At(valueColumn));
            }

            var fields = new Dictionary<string, int> { ["indicator"] = indicator, ["value"] = valueColumn, ["unit"] = unitColumn, ["observedOn"] = dateColumn };
            entries.Add(Check(Text(indicator), value, Text(unitColumn), Text(dateColumn), catalog, seen, row.Line, field => At(fields[field]), j => $"{j}:1"));
        }

        return new ProgressReport(entries);
    }

    private static string Shown(string text) => Data.StrictText.Quote(text);

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

        if (!Tracking.UnitText.TryRead(unitSymbol, out var unit))
        {
            throw new PolicyDataException($"{Shown(unitSymbol)} is not a known unit; known: {Tracking.UnitText.Known}.", where("unit"));
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

        // The one rule for values that Evaluate applies too, so whatever is read evaluates.
        var observation = new Observation(value, unit, observedOn);
        if (!ObservationRule.TryCheck(target, observation, out var error))
        {
            throw new PolicyDataException(error, where(target.Period is { } period && observedOn < period.Start ? "observedOn" : "value"));
        }

        return new ProgressEntry(target.Id, observation);
    }
}
