#:project ../src/Jilin.Urbanization.Domain/Jilin.Urbanization.Domain.csproj
#:project ../src/Jilin.Urbanization.Domain.Excel/Jilin.Urbanization.Domain.Excel.csproj
#:property PublishAot=false

// The implementation report as an Excel workbook (issue 25), for an office that prints from Excel or WPS: the
// quarter's figures and status updates (samples/data/2025-q4-*.csv) tracked as of 2025-12-31 over the 2022 document,
// one sheet per table of the report (frozen header row, filters, widths that fit Chinese text, status colours).
// Run from the repository root:  dotnet run samples/excel-report.cs [output.xlsx] [culture: zh-CN or en; default the current UI culture]
using System.Globalization;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Excel;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

var catalog = PolicyCatalog.Default;
var folder = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? "samples", "data");
var figures = TrackingLogReader.ReadObservationsCsv(catalog, File.OpenText(Path.Combine(folder, "2025-q4-observations.csv")));
var statuses = TrackingLogReader.ReadStatusUpdatesCsv(catalog, File.OpenText(Path.Combine(folder, "2025-q4-status.csv")));
var tracker = new ImplementationTracker(catalog, figures.Merge(statuses));
var report = tracker.Report(tracker.Scope().InDocument(DocumentId.CountyUrbanization2022), new LocalDate(2025, 12, 31));

var path = args.Length > 0 ? args[0] : Path.Combine("artifacts", "report.xlsx");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
var culture = args.Length > 1 ? CultureInfo.GetCultureInfo(args[1]) : null;
Console.WriteLine($"Wrote {HtmlReport.ForImplementation(report, culture).SaveXlsx(path)}");
