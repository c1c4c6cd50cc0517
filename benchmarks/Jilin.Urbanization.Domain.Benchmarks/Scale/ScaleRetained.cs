using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary>
/// <c>--scale-retained</c>: the memory a catalog 1, 10 and 100 times the real one keeps alive, part by part
/// (<see cref="GC.GetTotalMemory(bool)"/> after a full collection, before and after each part is built and held):
/// its data (documents and departments), the catalog with its look-up indexes (those built on first use included), the keyword index (first search), the
/// place index (first place question). The goal: every index together at most 2× the data at 100×.
/// </summary>
internal static class ScaleRetained
{
    public static void Run(IEnumerable<int> factors)
    {
        Console.WriteLine("factor | measures | data (documents, departments) | catalog + look-up indexes | keyword index | place index | indexes ÷ data");
        Console.WriteLine("---:|---:|---:|---:|---:|---:|---:");
        foreach (var factor in factors)
        {
            var before = Total();
            var parts = ScaleData.Parts(factor);
            var afterData = Total();
            var catalog = new PolicyCatalog(parts.Documents, parts.Departments);

            // The look-up parts built on first use count with the catalog: the typed-id table and the "has targets" marks.
            _ = catalog.MeasuresLedBy(catalog.Departments.All[0].Id);
            _ = catalog.Query().WithTargets().Count();
            var afterCatalog = Total();
            _ = catalog.Query().Containing("污水").Count();
            var afterKeyword = Total();
            _ = catalog.PlaceMentions;
            var afterPlaces = Total();
            double data = afterData - before, lookups = afterCatalog - afterData, keyword = afterKeyword - afterCatalog, places = afterPlaces - afterKeyword;
            Console.WriteLine(
                $"{factor}× | {catalog.Measures.Count:N0} | {MB(data)} | {MB(lookups)} | {MB(keyword)} ({catalog.KeywordIndex.Grams:N0} grams, {catalog.KeywordIndex.Postings:N0} postings) | {MB(places)} | {(lookups + keyword + places) / data:F2}×");
            GC.KeepAlive(parts);
            GC.KeepAlive(catalog);
        }
    }

    private static long Total() => GC.GetTotalMemory(forceFullCollection: true);

    private static string MB(double bytes) => bytes >= 1 << 20 ? $"{bytes / (1 << 20):F2} MB" : $"{bytes / 1024:F1} KB";
}
