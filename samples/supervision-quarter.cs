#:project ../src/Jilin.Urbanization.Domain/Jilin.Urbanization.Domain.csproj
#:property PublishAot=false

// Lights, notices and ranking (督查督办) for the sample quarter: the figures and statuses of samples/data, the 2022
// county-seat measures, as of 2025-12-31. Prints the three-colour lights (三色预警) per county and department, drafts
// the notices (督办单) due, issues them, records a reply and a verification (核查销号), drafts again after the reply
// deadline (an unanswered notice escalates), ranks the counties and departments for the quarter (考评) and writes a
// calendar (.ics) and a printable notice (.html). Run from the repository root:  dotnet run samples/supervision-quarter.cs
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using NodaTime.Text;

var catalog = PolicyCatalog.Default;
var folder = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? "samples", "data");
var figures = TrackingLogReader.ReadObservationsCsv(catalog, File.OpenText(Path.Combine(folder, "2025-q4-observations.csv")));
var statuses = TrackingLogReader.ReadStatusUpdatesCsv(catalog, File.OpenText(Path.Combine(folder, "2025-q4-status.csv")));
var tracker = new ImplementationTracker(catalog, figures.Merge(statuses));
var supervisor = new Supervisor(tracker, SupervisionLog.Empty, LightRules.Default);
Console.WriteLine(supervisor.Rules);

var asOf = new LocalDate(2025, 12, 31);
var scope = tracker.Scope().InDocument(DocumentId.CountyUrbanization2022);
var lights = supervisor.Lights(scope, asOf);
Console.WriteLine(lights);

Console.WriteLine();
Console.WriteLine("序时进度 of the 5G target (68/t1) for the province:");
var fiveG = lights.Items.Single(l => l.Item.Target?.ToString() == "jilin-2022-county-urbanization/68/t1");
Console.WriteLine($"  {fiveG.Schedule}: expected {fiveG.Expected}, latest {fiveG.Latest}, gap {fiveG.Gap}, {fiveG.LightText} {fiveG.ReasonText}");

Console.WriteLine();
Console.WriteLine("Counties that reported (红/黄/绿/灰):");
foreach (var county in lights.Counties.Where(c => c.Items.Any(i => i.LastReportedOn is not null)))
{
    Console.WriteLine($"  {county}");
}

Console.WriteLine();
Console.WriteLine("Departments with red or yellow items:");
foreach (var department in lights.Departments.Where(d => d.Red + d.Yellow > 0))
{
    Console.WriteLine($"  {department}");
}

Console.WriteLine();
Console.WriteLine("Chapters:");
foreach (var chapter in lights.Chapters)
{
    Console.WriteLine($"  {chapter}");
}

// The notices due on 2025-12-31; the office issues them by recording them.
var drafts = supervisor.DraftNotices(scope, asOf, asOf);
Console.WriteLine();
Console.WriteLine($"{drafts.Count} notice(s) due on {LocalDatePattern.Iso.Format(asOf)}:");
foreach (var notice in drafts.Take(5))
{
    Console.WriteLine($"  {notice.Number} {notice.LevelText} → {notice.BodyName}: {notice.Items.Count} item(s), reply by {LocalDatePattern.Iso.Format(notice.ReplyBy)}");
}

foreach (var notice in drafts)
{
    supervisor = supervisor.Record(notice);
}

// 梅河口 answers on time; the others do not. After the reply deadline, the next notices escalate.
var meihekou = tracker.Subjects.Resolve("梅河口");
if (drafts.FirstOrDefault(n => n.Body == meihekou) is { } toMeihekou)
{
    supervisor = supervisor.Record(new NoticeReply { Notice = toMeihekou.Number, RepliedOn = asOf.PlusDays(5), RecordedOn = asOf.PlusDays(5), RecordedBy = meihekou, Text = "已列出整改清单" });
}

// The 5G target is not met (78 %); 梅河口's care home is met and verified on site: closed (销号).
var careHome = SupervisedItem.OfTarget(catalog.GetTarget("jilin-2022-county-urbanization/43/t1").Id, meihekou);
supervisor = supervisor.Record(new Verification { Item = careHome, VerifiedOn = asOf, RecordedOn = asOf, RecordedBy = Subject.Province, Note = "现场核查" });

var later = asOf.PlusDays(supervisor.Rules.ReplyWithinDays + 1);
var next = supervisor.DraftNotices(scope, later, later);
Console.WriteLine();
Console.WriteLine($"On {LocalDatePattern.Iso.Format(later)}, after the reply deadline: {next.Count(n => n.Level == NoticeLevel.Orange)} orange (not answered), {next.Count(n => n.Level == NoticeLevel.Blue)} blue (answered in time, or items newly yellow or red), {next.Count(n => n.Level == NoticeLevel.Red)} red.");
Console.WriteLine($"Closed (销号) as of {LocalDatePattern.Iso.Format(later)}: {string.Join(", ", supervisor.Lights(scope, later, later).Closed)}");

var quarter = new DateInterval(new LocalDate(2025, 10, 1), asOf);
var ranking = supervisor.Rank(quarter, ScoreWeights.Default, later);
Console.WriteLine();
Console.WriteLine($"{ranking} ({ranking.Weights})");
Console.WriteLine("Counties, the first ten:");
foreach (var row in ranking.Counties.Take(10))
{
    Console.WriteLine($"  {row}");
}

Console.WriteLine("Departments, the first five:");
foreach (var row in ranking.Departments.Take(5))
{
    Console.WriteLine($"  {row}");
}

var ics = Path.Combine(Path.GetTempPath(), "meihekou-supervision.ics");
File.WriteAllText(ics, supervisor.Calendar(meihekou, new DateInterval(new LocalDate(2025, 10, 1), new LocalDate(2026, 12, 31)), later, SystemClock.Instance));
Console.WriteLine();
Console.WriteLine($"Calendar for 梅河口: {ics}");
if (drafts.Count > 0)
{
    var html = Path.Combine(Path.GetTempPath(), "notice.html");
    File.WriteAllText(html, drafts[0].ToHtml());
    Console.WriteLine($"Printable notice {drafts[0].Number}: {html}");
}
