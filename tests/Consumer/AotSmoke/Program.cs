using System.Text;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using NodaTime;

// Exercise the paths that would break under trimming: embedded resources, source-generated JSON (catalog,
// curated data, exports, progress reports), enums by name, places and labels built on first use.
var catalog = PolicyCatalog.Default;
var lead = catalog.GetMeasure("jilin-2022-county-urbanization/68").Responsibility.Lead!.Name;
using var json = new MemoryStream();
catalog.WriteJson(json);
json.Position = 0;
var roundTrip = PolicyCatalog.ReadJson(json);
var led = catalog.MeasuresLedBy("省住房城乡建设厅").Count;
var meihekou = catalog.Query().MentioningPlace("梅河口市").Count();
var title = catalog.Labels.Of(catalog.GetDocument("jilin-2022-county-urbanization")).English;

using var csv = new MemoryStream();
catalog.ExportMeasures().WriteCsv(csv);
using var exported = new MemoryStream();
catalog.ExportTargets().WriteJson(exported);

// Labels from the zh-Hans satellite assembly. Printed, not checked: with InvariantGlobalization the label is English
// (CI saw "Not met"). Invariant mode gives every culture invariant data: no parent, and the script subtag upper-cased
// ("zh-Hans" is "zh-HANS"), so ResourceManager asks for a "zh-HANS" satellite, which it does not find (measured under
// the JIT on Linux too). See ReportText's remarks; Chinese labels need globalization on.
var notMet = Jilin.Urbanization.Domain.Labels.ReportText.Of(ComplianceStatus.NotMet, new System.Globalization.CultureInfo("zh-Hans"));

var progress = ProgressReport.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(
    """{"version": 1, "observations": [{"indicator": "jilin-2022-county-urbanization/68/t1", "value": 78, "unit": "%", "observedOn": "2025-12-31"}]}""")));
var compliance = progress.Evaluate(catalog, new LocalDate(2026, 1, 1));
using var report = new MemoryStream();
compliance.WriteJson(report);

Console.WriteLine($"measures={catalog.Measures.Count} lead68={lead} housingLeads={led} meihekou={meihekou} jsonBytes={json.Length} csvBytes={csv.Length} targetsJson={exported.Length} reportJson={report.Length} roundTripEqual={roundTrip.Equals(catalog)} title={title} notMet={notMet}");
var ok = catalog.Measures.Count == 146 && lead == "省通信管理局" && roundTrip.Equals(catalog) && meihekou > 0
    && csv.Length > 0 && exported.Length > 0 && compliance.CountOf(ComplianceStatus.NotMet) == 1 && title.Length > 0 && notMet.Length > 0;
return ok ? 0 : 1;
