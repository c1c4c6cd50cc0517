using Jilin.Urbanization.Domain.Catalog;

// Load the catalog, answer one question, print the answer: what a short-lived script or function does.
var led = PolicyCatalog.Default.MeasuresLedBy("省住房城乡建设厅");
Console.WriteLine(led.Count);
return led.Count > 0 ? 0 : 1;
