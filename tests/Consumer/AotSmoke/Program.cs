using Jilin.Urbanization.Domain.Catalog;

// Exercise the paths that would break under trimming: embedded resources, source-generated JSON, enums.
var catalog = PolicyCatalog.Default;
var lead = catalog.GetMeasure("jilin-2022-county-urbanization/68").Responsibility.Lead!.Name;
using var json = new MemoryStream();
catalog.WriteJson(json);
json.Position = 0;
var roundTrip = PolicyCatalog.ReadJson(json);
var led = catalog.MeasuresLedBy("省住房城乡建设厅").Count;
Console.WriteLine($"measures={catalog.Measures.Count} lead68={lead} housingLeads={led} jsonBytes={json.Length} roundTripEqual={roundTrip.Equals(catalog)}");
return catalog.Measures.Count == 146 && lead == "省通信管理局" && roundTrip.Equals(catalog) ? 0 : 1;
