using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Jilin.Urbanization.Domain.Excel;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Output;

/// <summary>
/// The one place the tool reads the supervision log and writes lights (三色预警), rankings (考评排名) and notices
/// (督办单), in the format the file's extension names, as <see cref="ReportFiles"/> does for reports: <c>.html</c>
/// (charts and tables, the lights' colours in the cells), <c>.xlsx</c> (the same tables, colours as fills), <c>.md</c>,
/// <c>.csv</c> (one row per item or body), <c>.json</c> (the library's own JSON); labels by <c>--lang</c>.
/// </summary>
internal static class SupervisionFiles
{
    /// <summary>The extensions the lights and the ranking are written in.</summary>
    public const string Formats = ".html, .xlsx, .md, .csv or .json";

    /// <summary>The supervision log in <paramref name="path"/>, or the empty log when no path is given (or, unless <paramref name="mustExist"/>, no file is there yet).</summary>
    /// <exception cref="UsageException">The file does not exist.</exception>
    /// <exception cref="PolicyDataException">The file is not a supervision log; the location names it.</exception>
    public static SupervisionLog ReadLog(string? path, bool mustExist = true)
    {
        if (path is null)
        {
            return SupervisionLog.Empty;
        }

        if (!File.Exists(path))
        {
            return mustExist ? throw new UsageException($"{path}: no such supervision log") : SupervisionLog.Empty;
        }

        using var json = File.OpenRead(path);
        try
        {
            return SupervisionLog.ReadJson(json);
        }
        catch (PolicyDataException e)
        {
            var problem = Input.Problem.From(path, e);
            throw new PolicyDataException(problem.Message, problem.Location, e);
        }
    }

    /// <summary>
    /// Writes the supervision log atomically, as <see cref="LogFile.WriteAtomically"/> writes the tracking log: into a
    /// temporary file beside it, flushed, then renamed over it; a cancellation before the rename leaves the old file.
    /// </summary>
    public static void WriteLogAtomically(SupervisionLog log, string path, CancellationToken cancellationToken) =>
        LogFile.ReplaceAtomically(path, (stream, token) => log.WriteJsonAsync(stream, token), cancellationToken);

    /// <summary>The score weights in <paramref name="path"/>, or <see cref="ScoreWeights.Default"/> when no path is given.</summary>
    /// <exception cref="UsageException">The file does not exist.</exception>
    /// <exception cref="PolicyDataException">The file is not valid weights; the location names it.</exception>
    public static ScoreWeights ReadWeights(string? path)
    {
        if (path is null)
        {
            return ScoreWeights.Default;
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such weights file");
        }

        using var json = File.OpenRead(path);
        try
        {
            return ScoreWeights.ReadJson(json);
        }
        catch (PolicyDataException e)
        {
            var problem = Input.Problem.From(path, e);
            throw new PolicyDataException(problem.Message, problem.Location, e);
        }
    }

    /// <summary>The roll-up table (name and the count of each colour) of counties, departments or chapters.</summary>
    public static ExportTable<LightRollup> RollupTable(string name, IEnumerable<LightRollup> rollups, CultureInfo culture) => ExportTable.Create(
        name,
        rollups,
        new TableColumn<LightRollup>(Text(culture, "名称", "name"), r => r.Name),
        new TableColumn<LightRollup>(Text(culture, "红灯", "red"), r => Number(r.Red)),
        new TableColumn<LightRollup>(Text(culture, "黄灯", "yellow"), r => Number(r.Yellow)),
        new TableColumn<LightRollup>(Text(culture, "绿灯", "green"), r => Number(r.Green)),
        new TableColumn<LightRollup>(Text(culture, "灰灯", "grey"), r => Number(r.Grey)),
        new TableColumn<LightRollup>(Text(culture, "合计", "total"), r => Number(r.Items.Count)));

    /// <summary>The item table: a row per item with its light, why, and its schedule.</summary>
    public static ExportTable<ItemLight> ItemTable(IEnumerable<ItemLight> items, SubjectDirectory subjects, CultureInfo culture) => ExportTable.Create(
        "lights",
        items,
        new TableColumn<ItemLight>(Text(culture, "事项", "item"), l => (l.Item.Target?.ToString() ?? l.Item.Measure.ToString())),
        new TableColumn<ItemLight>(Text(culture, "对象", "subject"), l => subjects.NameOf(l.Item.Subject)),
        new TableColumn<ItemLight>(Text(culture, "内容", "title"), l => l.Title),
        new TableColumn<ItemLight>(Text(culture, "预警", "light"), l => Chinese(culture) ? l.LightText : LightName(l.Light)),
        new TableColumn<ItemLight>(Text(culture, "原因", "reason"), l => Chinese(culture) ? l.ReasonText : JsonNamingPolicy.CamelCase.ConvertName(l.Reason.ToString())),
        new TableColumn<ItemLight>(Text(culture, "期限", "deadline"), l => l.Deadline is { } d ? EntryTextDay(d) : string.Empty),
        new TableColumn<ItemLight>(Text(culture, "序时进度应达", "expected"), l => Decimal(l.Expected)),
        new TableColumn<ItemLight>(Text(culture, "最新值", "latest"), l => Decimal(l.Latest)),
        new TableColumn<ItemLight>(Text(culture, "差距", "gap"), l => Decimal(l.Gap)),
        new TableColumn<ItemLight>(Text(culture, "责任单位", "responsible"), l => subjects.NameOf(l.ResponsibleBody)));

    /// <summary>The ranking table of counties or departments, best first, ties explained.</summary>
    public static ExportTable<BodyScore> RankingTable(string name, IEnumerable<BodyScore> rows, CultureInfo culture) => ExportTable.Create(
        name,
        rows,
        new TableColumn<BodyScore>(Text(culture, "名次", "rank"), r => Number(r.Rank)),
        new TableColumn<BodyScore>(Text(culture, "单位", "body"), r => r.Name),
        new TableColumn<BodyScore>(Text(culture, "得分", "score"), r => r.Score.ToString("0.00", CultureInfo.InvariantCulture)),
        new TableColumn<BodyScore>(Text(culture, "事项", "items"), r => Number(r.Items)),
        new TableColumn<BodyScore>(Text(culture, "按时报送", "reportedOnTime"), r => Number(r.ReportedOnTime)),
        new TableColumn<BodyScore>(Text(culture, "绿灯", "green"), r => Number(r.GreenItems)),
        new TableColumn<BodyScore>(Text(culture, "逾期事项", "overdue"), r => Number(r.OverdueItems)),
        new TableColumn<BodyScore>(Text(culture, "逾期回复", "lateReplies"), r => Number(r.LateReplies)),
        new TableColumn<BodyScore>(Text(culture, "并列说明", "tie"), r => r.TieNote ?? string.Empty));

    /// <summary>Writes the lights; returns the full path written.</summary>
    public static string Save(LightReport lights, SubjectDirectory subjects, string path, CultureInfo culture)
    {
        var full = Path.GetFullPath(path);
        switch (ReportFiles.FormatOf(path, Formats))
        {
            case ".html":
                return LightsPage(lights, subjects, culture).Save(full);
            case ".xlsx":
                return LightsPage(lights, subjects, culture).SaveXlsx(full);
            case ".csv":
                return ItemTable(lights.Items, subjects, culture).Save(full, culture);
            case ".json":
                WriteJson(full, lights);
                return full;
            default:
                File.WriteAllText(full, LightsMarkdown(lights, subjects, culture));
                return full;
        }
    }

    /// <summary>The lights as markdown: the counts, the roll-ups, the red and yellow items.</summary>
    public static string LightsMarkdown(LightReport lights, SubjectDirectory subjects, CultureInfo culture) => new StringBuilder()
        .Append("# ").AppendLine(ReportText.Summary(lights, culture)).AppendLine()
        .Append("## ").AppendLine(Text(culture, "县（市）", "Counties")).AppendLine().AppendLine(RollupTable("counties", lights.Counties, culture).ToMarkdown(culture))
        .Append("## ").AppendLine(Text(culture, "部门", "Departments")).AppendLine().AppendLine(RollupTable("departments", lights.Departments, culture).ToMarkdown(culture))
        .Append("## ").AppendLine(Text(culture, "篇章", "Chapters")).AppendLine().AppendLine(RollupTable("chapters", lights.Chapters, culture).ToMarkdown(culture))
        .Append("## ").AppendLine(Text(culture, "红灯、黄灯事项", "Red and yellow items")).AppendLine()
        .AppendLine(ItemTable(lights.Items.Where(l => l.Light is Light.Red or Light.Yellow).OrderByDescending(l => l.Light == Light.Red), subjects, culture).ToMarkdown(culture))
        .ToString();

    /// <summary>Writes the ranking; returns the full path written.</summary>
    public static string Save(Ranking ranking, string path, CultureInfo culture)
    {
        var full = Path.GetFullPath(path);
        switch (ReportFiles.FormatOf(path, Formats))
        {
            case ".html":
                return RankingPage(ranking, culture).Save(full);
            case ".xlsx":
                return RankingPage(ranking, culture).SaveXlsx(full);
            case ".csv":
                // One table: the counties, then the departments, each row saying which.
                var rows = ranking.Counties.Select(r => (Kind: Text(culture, "县（市）", "county"), Row: r)).Concat(ranking.Departments.Select(r => (Kind: Text(culture, "部门", "department"), Row: r)));
                var columns = RankingTable("ranking", [], culture).Columns.Select(c => new TableColumn<(string Kind, BodyScore Row)>(c.Header, x => c.Cell(x.Row)));
                return ExportTable.Create("ranking", rows, [new TableColumn<(string Kind, BodyScore Row)>(Text(culture, "类别", "kind"), x => x.Kind), .. columns]).Save(full, culture);
            case ".json":
                WriteJson(full, ranking);
                return full;
            default:
                File.WriteAllText(full, RankingMarkdown(ranking, culture));
                return full;
        }
    }

    /// <summary>The ranking as markdown: the period and weights, then the counties' and departments' tables.</summary>
    public static string RankingMarkdown(Ranking ranking, CultureInfo culture) => new StringBuilder()
        .Append("# ").AppendLine(ReportText.Summary(ranking, culture)).AppendLine().AppendLine(ranking.Weights.ToString()).AppendLine()
        .Append("## ").AppendLine(Text(culture, "县（市）", "Counties")).AppendLine().AppendLine(RankingTable("counties", ranking.Counties, culture).ToMarkdown(culture))
        .Append("## ").AppendLine(Text(culture, "部门", "Departments")).AppendLine().AppendLine(RankingTable("departments", ranking.Departments, culture).ToMarkdown(culture))
        .ToString();

    /// <summary>
    /// Writes each notice into <paramref name="folder"/> as <c>&lt;number&gt; &lt;body&gt;.html</c> (printable on A4) and
    /// <c>.xlsx</c>; returns the files written, in order.
    /// </summary>
    public static List<string> SaveNotices(IEnumerable<Notice> notices, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var notice in notices)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stem = Path.Combine(folder, $"{notice.Number} {notice.BodyName}");
            File.WriteAllText(stem + ".html", notice.ToHtml());
            written.Add(Path.GetFullPath(stem + ".html"));
            written.Add(notice.SaveXlsx(stem + ".xlsx"));
        }

        return written;
    }

    private static HtmlReport LightsPage(LightReport lights, SubjectDirectory subjects, CultureInfo culture)
    {
        var summary = new ReportSection(
            Text(culture, "概况", "Summary"),
            [ReportText.Summary(lights, culture)],
            tables: [new ReportTable(Text(culture, "各色事项数", "Items by light"), [Text(culture, "预警", "light"), Text(culture, "事项", "items")],
                Enum.GetValues<Light>().Select(l => (IEnumerable<ReportCell>)[new(Chinese(culture) ? ItemLight.NameOf(l) : LightName(l), LightBars.ColourOf(l)), new(Number(lights.CountOf(l)))]))]);
        ReportSection Rollups(string heading, ValueList<LightRollup> rollups) => new(
            heading,
            charts: rollups.Count == 0 ? [] : [LightBars.Chart(rollups, heading)],
            tables: [ColouredRollups(heading, rollups, culture)]);
        var items = lights.Items.Where(l => l.Light is Light.Red or Light.Yellow).OrderByDescending(l => l.Light == Light.Red).ToList();
        var table = ItemTable(items, subjects, culture);
        var lightColumn = 3;
        var itemSection = new ReportSection(
            Text(culture, "红灯、黄灯事项", "Red and yellow items"),
            tables: [new ReportTable(string.Empty, table.Columns.Select(c => c.Header), items.Select(l => (IEnumerable<ReportCell>)[.. table.Columns.Select((c, i) => new ReportCell(c.Cell(l), i == lightColumn ? LightBars.ColourOf(l.Light) : null))]))]);
        return new HtmlReport(
            Text(culture, "三色预警", "Traffic lights"),
            [summary, Rollups(Text(culture, "县（市）", "Counties"), lights.Counties), Rollups(Text(culture, "部门", "Departments"), lights.Departments), Rollups(Text(culture, "篇章", "Chapters"), lights.Chapters), itemSection],
            Text(culture, $"截至{EntryTextDay(lights.AsOf)}，知悉日期{EntryTextDay(lights.KnownOn)}", $"as of {EntryTextDay(lights.AsOf)}, as known on {EntryTextDay(lights.KnownOn)}"),
            culture);
    }

    private static ReportTable ColouredRollups(string caption, IEnumerable<LightRollup> rollups, CultureInfo culture)
    {
        Light[] order = [Light.Red, Light.Yellow, Light.Green, Light.Grey];
        return new ReportTable(
            caption,
            [Text(culture, "名称", "name"), .. order.Select(l => Chinese(culture) ? ItemLight.NameOf(l) : LightName(l)), Text(culture, "合计", "total")],
            rollups.Select(r => (IEnumerable<ReportCell>)[new(r.Name), .. order.Select(l => new ReportCell(Number(r.CountOf(l)), r.CountOf(l) > 0 ? LightBars.ColourOf(l) : null)), new(Number(r.Items.Count))]));
    }

    private static HtmlReport RankingPage(Ranking ranking, CultureInfo culture)
    {
        ReportSection Section(string heading, string name, ValueList<BodyScore> rows, Charts.SvgChart chart)
        {
            var table = RankingTable(name, rows, culture);
            return new ReportSection(heading, charts: rows.Count == 0 ? [] : [chart], tables: [table.ToReportTable(culture)]);
        }

        return new HtmlReport(
            Text(culture, "考评排名", "Ranking"),
            [
                new ReportSection(Text(culture, "权重", "Weights"), [ReportText.Summary(ranking, culture), ranking.Weights.ToString()]),
                Section(Text(culture, "县（市）", "Counties"), "counties", ranking.Counties, RankingChart.Counties(ranking)),
                Section(Text(culture, "部门", "Departments"), "departments", ranking.Departments, RankingChart.Departments(ranking)),
            ],
            Text(culture, $"{EntryTextDay(ranking.Period.Start)}至{EntryTextDay(ranking.Period.End)}，知悉日期{EntryTextDay(ranking.KnownOn)}", $"{EntryTextDay(ranking.Period.Start)} to {EntryTextDay(ranking.Period.End)}, as known on {EntryTextDay(ranking.KnownOn)}"),
            culture);
    }

    private static void WriteJson<T>(string path, T value)
    {
        var options = new JsonSerializerOptions(DomainJson.CreateOptions()) { WriteIndented = true };
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }

    private static bool Chinese(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static string Text(CultureInfo culture, string chinese, string english) => Chinese(culture) ? chinese : english;

    private static string LightName(Light light) => JsonNamingPolicy.CamelCase.ConvertName(light.ToString());

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(decimal? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    private static string EntryTextDay(NodaTime.LocalDate day) => Commands.EntryText.Day(day);
}
