#:project ../src/Jilin.Urbanization.Domain/Jilin.Urbanization.Domain.csproj
#:property PublishAot=false

// The HTML implementation report a supervision office opens in a browser: the quarter's figures and status updates
// (samples/data/2025-q4-*.csv) tracked as of 2025-12-31 over the 2022 document, rendered as one self-contained page
// (inline CSS and SVG charts — by status, by department, by county, deadlines, workload — no script, no external resource).
// Run from the repository root:  dotnet run samples/compliance-report.cs [output.html] [culture: zh-CN or en; default the current UI culture]
using System.Globalization;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

Console.WriteLine("Loading the catalog and the quarter's progress (samples/data) …");
var catalog = PolicyCatalog.Default;
var folder = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? "samples", "data");
var figures = TrackingLogReader.ReadObservationsCsv(catalog, File.OpenText(Path.Combine(folder, "2025-q4-observations.csv")));
var statuses = TrackingLogReader.ReadStatusUpdatesCsv(catalog, File.OpenText(Path.Combine(folder, "2025-q4-status.csv")));
var tracker = new ImplementationTracker(catalog, figures.Merge(statuses));
var report = tracker.Report(tracker.Scope().InDocument(DocumentId.CountyUrbanization2022), new LocalDate(2025, 12, 31));
Console.WriteLine(report);

var path = args.Length > 0 ? args[0] : Path.Combine("artifacts", "report.html");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
var culture = args.Length > 1 ? CultureInfo.GetCultureInfo(args[1]) : null;
Console.WriteLine($"Wrote {HtmlReport.ForImplementation(report, culture).Save(path)}");
