using System.Globalization;
using System.Text;
using System.Text.Json;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary>
/// Issue 16's progress dataset, as a supervision office would receive it: observations and measure status updates
/// that fit the tracker's rules (<c>TrackingRules</c>, <c>ObservationRule</c>), written once per size to CSV and
/// JSON files under the temp folder (deterministic seed, so every run reads the same bytes).
/// <list type="bullet">
/// <item>Observations, day by day from Monday 2020-01-06: every per-county target (<see cref="TargetBinding.EachCounty"/>)
/// for every county-level division of <see cref="DivisionRegistry.Counties"/> (60), and every province-wide target
/// for the province (<c>全省</c>; the rules accept no other subject for them), <b>daily</b>: the catalog has 5
/// per-county and 39 province-wide targets, so weekly figures would give ~30,000 rows a year (a million only by
/// 2053); daily figures give ~124,000 a year and a million by early 2028 (see <see cref="Describe"/> for the span). A figure is dated on or after its target's period start, in the target's unit, shares within
/// 0–100, amounts ≥ 0; values drift towards the target with noise.</item>
/// <item>Status updates over the same span: each responsible department of each measure quarterly, and each county
/// quarterly for the measures of a document naming local governments as implementers (the 2022 county document).</item>
/// </list>
/// </summary>
public sealed class ProgressDataset : IScaleDataset
{
    /// <summary>The first day of the dataset (a Monday).</summary>
    public static readonly LocalDate FirstDay = new(2020, 1, 6);

    private const int Seed = 20_200_107;

    private static readonly string[] Statuses = ["未启动", "推进中", "推进中", "滞后", "已完成", "常态化推进"];

    /// <summary>Creates the dataset description for <paramref name="observations"/> observations.</summary>
    /// <param name="observations">The number of observations (1,000,000 for the dataset).</param>
    public ProgressDataset(int observations) => Observations = observations;

    /// <summary>The number of observations.</summary>
    public int Observations { get; }

    /// <inheritdoc/>
    public string Name => $"progress-{Observations:N0}";

    /// <inheritdoc/>
    public long Rows => Observations + StatusUpdates;

    /// <summary>The number of status updates (known once <see cref="Write"/> has run).</summary>
    public int StatusUpdates { get; private set; }

    /// <summary>The last day with a figure (known once <see cref="Write"/> has run).</summary>
    public LocalDate LastDay { get; private set; }

    /// <summary>The folder of the files.</summary>
    /// <remarks>Named by the catalog's binding of every target too: a file written for another reading of the targets (a target that
    /// became per-county) would be refused by the readers, so it is written again rather than reused.</remarks>
    public string Folder => Path.Combine(Path.GetTempPath(), $"jilin-progress-{Observations}-{Seed}-{BindingsKey}");

    // The bindings in target order, as a short stable key (FNV-1a over the per-county target ids).
    private static string BindingsKey
    {
        get
        {
            var hash = 2166136261u;
            foreach (var target in Jilin.Urbanization.Domain.Catalog.PolicyCatalog.Default.Targets.Where(t => t.Binding == TargetBinding.EachCounty))
            {
                foreach (var c in target.Id.ToString())
                {
                    hash = unchecked((hash ^ c) * 16777619u);
                }
            }

            return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Observations CSV (UTF-8).</summary>
    public string ObservationsCsv => Path.Combine(Folder, "observations.csv");

    /// <summary>Status updates CSV (UTF-8).</summary>
    public string StatusCsv => Path.Combine(Folder, "status.csv");

    /// <summary>Both in one JSON tracking file (version 1).</summary>
    public string Json => Path.Combine(Folder, "tracking.json");

    /// <summary>The observations' days as a size from an environment variable (<c>JILIN_PROGRESS_ROWS</c>, e.g. 10000 in the CI dry run), else 1,000,000.</summary>
    public static int ConfiguredRows =>
        int.TryParse(Environment.GetEnvironmentVariable("JILIN_PROGRESS_ROWS"), NumberStyles.None, CultureInfo.InvariantCulture, out var rows) && rows > 0 ? rows : 1_000_000;

    /// <summary>Writes the files (once per size and process: an existing complete set is reused) and returns this.</summary>
    /// <param name="catalog">The catalog (the embedded one: the dataset names its real targets and measures).</param>
    public ProgressDataset Write(PolicyCatalog catalog)
    {
        var done = Path.Combine(Folder, "complete.txt");
        if (File.Exists(done))
        {
            var parts = File.ReadAllText(done).Split(' ');
            StatusUpdates = int.Parse(parts[0], CultureInfo.InvariantCulture);
            LastDay = LocalDatePattern.Iso.Parse(parts[1]).Value;
            return this;
        }

        Directory.CreateDirectory(Folder);
        var observations = Generate(catalog).Take(Observations).ToList();
        LastDay = observations[^1].Day;
        var updates = GenerateStatus(catalog, LastDay).ToList();
        StatusUpdates = updates.Count;
        var utf8 = new UTF8Encoding(false);
        using (var csv = new StreamWriter(ObservationsCsv, false, utf8))
        {
            csv.Write("target,subject,value,unit,observedOn,source\n");
            foreach (var o in observations)
            {
                csv.Write($"{o.Target},{o.Subject},{o.Value.ToString(CultureInfo.InvariantCulture)},{o.Unit},{Iso(o.Day)},{o.Source}\n");
            }
        }

        using (var csv = new StreamWriter(StatusCsv, false, utf8))
        {
            csv.Write("measure,reporter,status,reportedOn,narrative\n");
            foreach (var u in updates)
            {
                csv.Write($"{u.Measure},{u.Reporter},{u.Status},{Iso(u.Day)},{u.Narrative}\n");
            }
        }

        using (var stream = File.Create(Json))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("version", TrackingLogReader.SupportedVersion);
            json.WriteStartArray("observations");
            foreach (var o in observations)
            {
                json.WriteStartObject();
                json.WriteString("target", o.Target);
                json.WriteString("subject", o.Subject);
                json.WriteNumber("value", o.Value);
                json.WriteString("unit", o.Unit);
                json.WriteString("observedOn", Iso(o.Day));
                json.WriteString("source", o.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("statusUpdates");
            foreach (var u in updates)
            {
                json.WriteStartObject();
                json.WriteString("measure", u.Measure);
                json.WriteString("reporter", u.Reporter);
                json.WriteString("status", u.Status);
                json.WriteString("reportedOn", Iso(u.Day));
                json.WriteString("narrative", u.Narrative);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        File.WriteAllText(done, $"{StatusUpdates} {Iso(LastDay)}");
        return this;
    }

    /// <inheritdoc/>
    /// <remarks>Writes the files if needed and returns the log read from them (observations CSV merged with status CSV).</remarks>
    public object Build(PolicyCatalog catalog)
    {
        Write(catalog);
        using var observations = File.OpenText(ObservationsCsv);
        using var status = File.OpenText(StatusCsv);
        return TrackingLogReader.ReadObservationsCsv(catalog, observations).Merge(TrackingLogReader.ReadStatusUpdatesCsv(catalog, status));
    }

    /// <summary>What the dataset is, for the README: targets, subjects, span, files' sizes.</summary>
    public string Describe(PolicyCatalog catalog)
    {
        var perCounty = catalog.Targets.Count(t => t.Binding == TargetBinding.EachCounty);
        var province = catalog.Targets.Count - perCounty;
        return $"{Name}: {Observations:N0} observations ({perCounty} per-county targets × {DivisionRegistry.Default.Counties.Count} county-level divisions daily, " +
            $"{province} province-wide targets daily for 全省), {FirstDay:uuuu-MM-dd} to {LastDay:uuuu-MM-dd}; {StatusUpdates:N0} status updates; " +
            $"CSV {new FileInfo(ObservationsCsv).Length / 1e6:F1} MB + {new FileInfo(StatusCsv).Length / 1e6:F1} MB, JSON {new FileInfo(Json).Length / 1e6:F1} MB";
    }

    private static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);

    private static IEnumerable<Row> Generate(PolicyCatalog catalog)
    {
        var random = new Random(Seed);
        var counties = DivisionRegistry.Default.Counties.Select(d => d.Code.ToString()).ToArray();
        var targets = catalog.Targets.ToArray();
        for (var day = FirstDay; day <= new LocalDate(2100, 12, 31); day = day.PlusDays(1))
        {
            var years = Period.Between(FirstDay, day, PeriodUnits.Days).Days / 365.25;
            foreach (var target in targets)
            {
                if (target.Period is { } period && day < period.Start)
                {
                    continue;
                }

                if (target.Binding == TargetBinding.EachCounty)
                {
                    foreach (var county in counties)
                    {
                        yield return new Row(target.Id.ToString(), county, Value(target, years, random), target.Unit.Symbol, day, "县级统计月报");
                    }
                }
                else
                {
                    yield return new Row(target.Id.ToString(), "全省", Value(target, years, random), target.Unit.Symbol, day, "省统计局");
                }
            }
        }
    }

    // Drifts from 60 % of the target towards 110 % over six years, ±5 %; shares stay within 0–100, amounts ≥ 0.
    private static decimal Value(TargetIndicator target, double years, Random random)
    {
        var goal = target.Value == 0 ? 10.0 : (double)target.Value;
        var value = goal * (0.6 + (0.5 * Math.Min(years / 6, 1.5)) + ((random.NextDouble() - 0.5) * 0.1));
        if (string.Equals(target.Unit.BaseSymbol, Unit.Percent.Symbol, StringComparison.Ordinal))
        {
            value = Math.Min(value, 100.0 / (double)target.Unit.Factor);
        }

        return Math.Round((decimal)Math.Max(value, 0), 2);
    }

    private static IEnumerable<StatusRow> GenerateStatus(PolicyCatalog catalog, LocalDate last)
    {
        var random = new Random(Seed + 1);
        var counties = DivisionRegistry.Default.Counties.Select(d => d.Code.ToString()).ToArray();
        for (var day = new LocalDate(2020, 3, 31); day <= last; day = day.PlusMonths(3).With(DateAdjusters.EndOfMonth))
        {
            foreach (var measure in catalog.Measures)
            {
                var id = measure.Id.ToString();
                foreach (var department in measure.Responsibility.Departments.Select(d => d.Department.Id).Distinct())
                {
                    yield return new StatusRow(id, Subject.DepartmentPrefix + department, Statuses[random.Next(Statuses.Length)], day, "按季度报送");
                }

                if (catalog.GetDocument(measure.DocumentId).ImplicitImplementer is not null)
                {
                    foreach (var county in counties)
                    {
                        yield return new StatusRow(id, county, Statuses[random.Next(Statuses.Length)], day, "县级季度报告");
                    }
                }
            }
        }
    }

    private sealed record Row(string Target, string Subject, decimal Value, string Unit, LocalDate Day, string Source);

    private sealed record StatusRow(string Measure, string Reporter, string Status, LocalDate Day, string Narrative);
}
