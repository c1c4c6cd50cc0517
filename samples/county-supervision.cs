#:project ../src/Jilin.Urbanization.Domain/Jilin.Urbanization.Domain.csproj
#:property PublishAot=false

// A quarter of supervision (督查督办): figures from several counties and departments, and their status updates, read
// from the CSV files in samples/data, evaluated as of 2025-12-31 over the 2022 county-seat measures, printed per
// department and per county. Run from the repository root:  dotnet run samples/county-supervision.cs
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

Console.WriteLine("Reading the quarter's progress …");
var catalog = PolicyCatalog.Default;
var folder = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? "samples", "data");
var figures = TrackingLogReader.ReadObservationsCsv(catalog, File.OpenText(Path.Combine(folder, "2025-q4-observations.csv")));
var statuses = TrackingLogReader.ReadStatusUpdatesCsv(catalog, File.OpenText(Path.Combine(folder, "2025-q4-status.csv")));
var tracker = new ImplementationTracker(catalog, figures.Merge(statuses));
Console.WriteLine(tracker);

var asOf = new LocalDate(2025, 12, 31);
var scope = tracker.Scope().InDocument(DocumentId.CountyUrbanization2022);
var report = tracker.Report(scope, asOf);
Console.WriteLine(report);
Console.WriteLine();

Console.WriteLine("Targets past their deadline and not met:");
foreach (var rollup in report.Overdue)
{
    Console.WriteLine($"  {rollup}");
}

Console.WriteLine();
Console.WriteLine("Per department (those with a reported status or an overdue target):");
var active = report.Departments.Where(d => d.OverdueTargets.Count > 0 || d.Led.Concat(d.Shared).Any(m => d.LatestOf(m) is not null)).ToList();
foreach (var department in active)
{
    Console.WriteLine($"  {department}");
}

Console.WriteLine();
Console.WriteLine(DepartmentProgressTable.From(report).ToMarkdown().Split('\n').Length - 3 + " department rows; the first ones as Markdown:");
foreach (var line in DepartmentProgressTable.From(report).ToMarkdown().Split('\n').Take(8))
{
    Console.WriteLine("  " + line);
}

Console.WriteLine();
Console.WriteLine("Per county (those that reported):");
foreach (var county in report.Counties.Where(c => c.StatusUpdates.Count > 0 || c.Results.Any(r => r.Latest is not null)))
{
    Console.WriteLine($"  {county}");
    foreach (var result in county.Results.Where(r => r.Latest is not null))
    {
        Console.WriteLine($"    {result.Target.Id} {result.Status}: {result.Evaluation!.Explanation}");
    }
}

Console.WriteLine();
var careHomes = report.Targets.Single(t => t.Target.Id.ToString() == "jilin-2022-county-urbanization/43/t1");
Console.WriteLine($"Each county a care home by 2022 (43/t1): {careHomes.MetCount} of {careHomes.Results.Count} 县(市) met it, {careHomes.Unreported.Count} have not reported.");
var output = Path.Combine(Path.GetTempPath(), "county-progress.csv");
Console.WriteLine(CountyProgressTable.From(report).Save(output));
