#:project ../src/Jilin.Urbanization.Domain/Jilin.Urbanization.Domain.csproj
#:property PublishAot=false
#:package NodaTime.Testing

// The targets due by the end of 2025, and a compliance check of a progress report against them.
// Run from the repository root:  dotnet run samples/targets-2025.cs
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Testing;

var catalog = PolicyCatalog.Default;
var endOf2025 = new LocalDate(2025, 12, 31);

var due = catalog.TargetsDueBy(endOf2025);
Console.WriteLine($"{due.Count} of {catalog.Targets.Count} targets fall due by {endOf2025:uuuu-MM-dd}:");
foreach (var target in due.Where(t => t.Deadline!.Date.Year >= 2025))
{
    Console.WriteLine($"  {target}");
}

// "Is 78% 5G coverage on 2025-12-31 compliant?" Asked on the deadline day it is still pending; the day after, not met.
var fiveG = catalog.GetTarget("jilin-2022-county-urbanization/68/t1");
var observation = new Observation(78m, Unit.Percent, endOf2025);
Console.WriteLine(fiveG.Evaluate(observation, endOf2025));
Console.WriteLine(fiveG.Evaluate(observation, endOf2025.PlusDays(1)));

// A progress report (as a supervision system would send it) evaluated as of a clock.
var csv = """
    indicator,value,unit,observedOn
    jilin-2022-county-urbanization/68/t1,78,%,2025-12-31
    jilin-2022-county-urbanization/43/t2,0.57,fraction,2025-11-30
    jilin-2022-county-urbanization/49/t1,60,%,2025-10-01
    """;
var report = ProgressReport.ReadCsv(new StringReader(csv), catalog);
var clock = new FakeClock(Instant.FromUtc(2026, 1, 15, 0, 0));
var compliance = report.Evaluate(catalog, clock);
Console.WriteLine(compliance);
foreach (var result in compliance.Results)
{
    Console.WriteLine($"  {result}");
}

Console.WriteLine($"overdue: {compliance.Overdue.Count} ({string.Join(", ", compliance.Overdue.Take(5).Select(t => t.Id))} …)");
Console.WriteLine(ComplianceTable.From(compliance).ToMarkdown());
