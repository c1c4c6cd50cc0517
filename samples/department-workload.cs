#:project ../src/Jilin.Urbanization.Domain/Jilin.Urbanization.Domain.csproj
#:property PublishAot=false

// A department's workload: what it leads, what it shares, with whom, and where.
// Run from the repository root:  dotnet run samples/department-workload.cs [department name or id]
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Labels;

var catalog = PolicyCatalog.Default;
var department = catalog.FindDepartment(args.Length > 0 ? args[0] : "省住房和城乡建设厅");
Console.WriteLine($"{department.Name} — {catalog.Labels.Of(department)}");

Console.WriteLine();
Console.WriteLine("Workload ranking (top 5, both documents):");
foreach (var workload in catalog.RankDepartments().Take(5))
{
    Console.WriteLine($"  {workload}");
}

foreach (var document in catalog.Documents)
{
    var led = catalog.Query().InDocument(document.Id).LedBy(department.Id);
    var shared = catalog.Query().InDocument(document.Id).Involving(department.Id).Where(m => m.Responsibility.Lead?.Id != department.Id);
    Console.WriteLine();
    Console.WriteLine($"{catalog.Labels.Of(document).English} — leads {led.Count()}, shares {shared.Count()}");
    foreach (var measure in led)
    {
        Console.WriteLine($"  {measure}");
    }
}

Console.WriteLine();
Console.WriteLine("Most frequent partners:");
foreach (var partner in catalog.PartnersOf(department.Name).Take(5))
{
    Console.WriteLine($"  {partner}");
}

Console.WriteLine();
Console.WriteLine("Places its measures name:");
foreach (var group in catalog.MeasuresInvolving(department.Id).SelectMany(catalog.PlacesIn).GroupBy(p => p.Id).OrderByDescending(g => g.Count()))
{
    Console.WriteLine($"  {group.First().Name} ({group.First().EnglishName.English}): {group.Count()} measure(s)");
}
