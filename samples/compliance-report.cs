#:project ../src/Jilin.Urbanization.Domain/Jilin.Urbanization.Domain.csproj
#:property PublishAot=false

// The HTML compliance report a supervision office opens in a browser: a progress report (CSV) evaluated as of a day,
// rendered as one self-contained page (inline CSS and SVG charts, no script, no external resource).
// Run from the repository root:  dotnet run samples/compliance-report.cs [output.html]
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Reports;
using NodaTime;

Console.WriteLine("Loading the catalog and evaluating a sample progress report…");
var catalog = PolicyCatalog.Default;
const string progress = """
    indicator,value,unit,observedOn
    jilin-2021-urbanization-tasks/10/t1,30000,人,2021-12-31
    jilin-2021-urbanization-tasks/56/t1,92,%,2021-12-31
    jilin-2022-county-urbanization/43/t2,58,%,2026-01-20
    jilin-2022-county-urbanization/49/t1,55,%,2025-11-30
    jilin-2022-county-urbanization/51/t1,0,个,2026-02-01
    jilin-2022-county-urbanization/60/t1,80,%,2025-10-01
    jilin-2022-county-urbanization/62/t1,0,%,2023-12-01
    jilin-2022-county-urbanization/68/t1,0.81,fraction,2025-12-01
    """;
var report = ProgressReport.ReadCsv(new StringReader(progress), catalog).Evaluate(catalog, new LocalDate(2026, 3, 1));
Console.WriteLine(report);

var path = args.Length > 0 ? args[0] : Path.Combine("artifacts", "report.html");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
Console.WriteLine($"Wrote {HtmlReport.ForCompliance(catalog, report).Save(path)}");
