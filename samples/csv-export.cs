#:project ../src/Jilin.Urbanization.Domain/Jilin.Urbanization.Domain.csproj
#:property PublishAot=false

// Export measures, departments and places to CSV (UTF-8 with BOM: opens correctly in spreadsheet programs),
// JSON and Markdown. Run from the repository root:  dotnet run samples/csv-export.cs [output folder]
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

var catalog = PolicyCatalog.Default;
var folder = Directory.CreateDirectory(args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "jilin-urbanization-export")).FullName;

// Every measure, and a filtered selection: the 2022 measures on old residential compounds or pipe networks.
Console.WriteLine(catalog.ExportMeasures().Save(Path.Combine(folder, "measures.csv")));
var selection = catalog.Query()
    .InDocument(DocumentId.CountyUrbanization2022)
    .ContainingAny("老旧小区", "管网");
Console.WriteLine(selection);
Console.WriteLine(selection.Export().Save(Path.Combine(folder, "old-compounds-and-pipes.csv")));
Console.WriteLine(selection.Export().Save(Path.Combine(folder, "old-compounds-and-pipes.md")));

Console.WriteLine(catalog.ExportDepartments().Save(Path.Combine(folder, "departments.csv")));
Console.WriteLine(catalog.ExportPlaces().Save(Path.Combine(folder, "places.json")));

// The Markdown table prints well in a terminal or a notebook cell.
Console.WriteLine();
Console.Write(catalog.ExportDepartments().ToMarkdown().Split('\n').Take(6).Aggregate((a, b) => a + "\n" + b) + "\n");
