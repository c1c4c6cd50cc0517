// Quick start in F#, through the built library.
// Build once, then run from the repository root:
//   dotnet build src/Jilin.Urbanization.Domain -c Release
//   dotnet fsi samples/quickstart.fsx
#r "nuget: NodaTime, 3.3.7"
#r "nuget: Ardalis.GuardClauses, 5.0.0"
#r "../src/Jilin.Urbanization.Domain/bin/Release/net10.0/Jilin.Urbanization.Domain.dll"

open System.IO
open Jilin.Urbanization.Domain.Catalog
open Jilin.Urbanization.Domain.Documents

let catalog = PolicyCatalog.Default
printfn "%O" catalog

// Both documents, with their unofficial English titles.
for document in catalog.Documents do
    printfn "%O" document
    printfn "  %O" (catalog.Labels.Of document)

// One measure, and who leads it.
let measure = catalog.GetMeasure "jilin-2022-county-urbanization/68"
printfn "%O" measure
printfn "%s" measure.Responsibility.Explanation

// A department's workload.
let housing = catalog.FindDepartment "省住房城乡建设厅"
for led in catalog.Query().InDocument(DocumentId.CountyUrbanization2022).LedBy(housing.Id) |> Seq.truncate 5 do
    printfn "  %O" led

// Places, and the measures that name them.
for m in catalog.MeasuresMentioning "梅河口市" do
    printfn "梅河口市: %O" m

// Follow a 2021 task into the 2022 measures that continue it.
for related in catalog.RelatedTo("jilin-2021-urbanization-tasks/40", DocumentId.CountyUrbanization2022, 3) do
    printfn "  %O" related

// Export to CSV (UTF-8 with BOM, RFC 4180).
let path = Path.Combine(Path.GetTempPath(), "jilin-measures-fsharp.csv")
printfn "%s" (catalog.Query().Containing("冷链").Export().Save path)

// The targets due by the end of 2025, and a compliance check of one observation.
let endOf2025 = NodaTime.LocalDate(2025, 12, 31)
let due = catalog.TargetsDueBy endOf2025
printfn "%d targets fall due by %s" due.Count (endOf2025.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
let fiveG = catalog.GetTarget "jilin-2022-county-urbanization/68/t1"
let observation = Jilin.Urbanization.Domain.Compliance.Observation(78m, Jilin.Urbanization.Domain.Targets.Unit.Percent, endOf2025)
printfn "%O" (fiveG.Evaluate(observation, endOf2025.PlusDays 1))
