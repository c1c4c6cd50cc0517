#:project ../src/Jilin.Urbanization.Domain/Jilin.Urbanization.Domain.csproj
#:property PublishAot=false

// Quick start: load the catalog and print a readable summary of both documents.
// Run from the repository root:  dotnet run samples/quickstart.cs
using System.Globalization;
using Jilin.Urbanization.Domain.Catalog;

var catalog = PolicyCatalog.Default;
Console.WriteLine(catalog);
foreach (var document in catalog.Documents)
{
    Console.WriteLine();
    Console.WriteLine($"《{document.Title}》 [{document.Id}] {document.Year}");
    Console.WriteLine($"  source: {document.Source.SeedFile} ({document.Source.Kind}), printed date: {document.Source.PrintedDate?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "none printed"}");
    Console.WriteLine($"  {document.Chapters.Count} chapters, {document.Groups.Count} groups, {document.Measures.Count} measures, {document.Errata.Count} errata");
    foreach (var chapter in document.Chapters)
    {
        var groups = document.GroupsIn(chapter.Number).ToList();
        var measures = groups.Sum(g => document.MeasuresIn(g.Number).Count());
        Console.WriteLine($"  {chapter.Heading}  ({groups.Count} groups, {measures} measures)");
    }

    if (document.ImplicitImplementer is { } implementer)
    {
        Console.WriteLine($"  every measure is also carried out by: {implementer.Department.Name} — {implementer.Note}");
    }
}
