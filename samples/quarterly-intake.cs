#:project ../src/Jilin.Urbanization.Domain/Jilin.Urbanization.Domain.csproj
#:project ../src/Jilin.Urbanization.Domain.Excel/Jilin.Urbanization.Domain.Excel.csproj
#:property PublishAot=false

// Collecting a quarter (issue 24): a county supervision office (督查督办) makes an Excel template for three counties
// and two departments, then reads the quarter's files as they came back (samples/data/2025-q3: a CSV saved by Excel on
// a Chinese Windows in GB18030, a TSV, an .xlsx written by openpyxl with a merged title row), all with one call, and
// prints the validation report to send back. Run from the repository root:  dotnet run samples/quarterly-intake.cs
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Excel;
using Jilin.Urbanization.Domain.Tracking;

var catalog = PolicyCatalog.Default;
var subjects = new SubjectDirectory(DivisionRegistry.Default, catalog.Departments);
var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? "samples";
var output = Path.Combine(Path.GetTempPath(), "quarterly-intake");
Directory.CreateDirectory(output);

Console.WriteLine("Templates (填报模板):");
foreach (var name in new[] { "梅河口市", "公主岭市", "扶余市", "省住房和城乡建设厅", "省教育厅" })
{
    var path = ExcelTemplate.Save(catalog, subjects.Resolve(name), Path.Combine(output, $"{name}-2025Q3.xlsx"));
    Console.WriteLine($"  {name}: {path}");
}

var files = Directory.GetFiles(Path.Combine(here, "data", "2025-q3")).Order(StringComparer.Ordinal).ToList();
Console.WriteLine($"\nReading {files.Count} files: {string.Join(", ", files.Select(Path.GetFileName))}");
var result = ExcelIntake.Read(catalog, files);
Console.WriteLine($"{result.Log.Observations.Count} figures and {result.Log.StatusUpdates.Count} status updates accepted.\n");
result.Report.WriteMarkdown(Console.Out);

var report = result.Report.SaveXlsx(Path.Combine(output, "问题清单-2025Q3.xlsx"));
Console.WriteLine($"\nValidation report as a workbook, to send back: {report}");
return result.Log.Count > 0 ? 0 : 1;
