using System.Diagnostics;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Data.Snapshot;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Parsing;

namespace Jilin.Urbanization.Domain.Benchmarks;

/// <summary>
/// Non-BenchmarkDotNet modes of the benchmark program: a Stopwatch breakdown of the load path
/// (<c>--profile-load</c>) and the retained size of a loaded catalog (<c>--retained</c>).
/// </summary>
internal static class LoadProfile
{
    /// <summary>
    /// Times each stage of <see cref="PolicyCatalog.LoadEmbedded"/> (the snapshot) and of
    /// <see cref="PolicyCatalog.ParseEmbedded"/> (the parser) separately, averaged over many rounds.
    /// </summary>
    public static void Run(int rounds = 2000)
    {
        var departmentsJson = EmbeddedData.ReadBytes(EmbeddedData.DepartmentsResource);
        var departments = EmbeddedData.ReadDepartments();
        var errata = EmbeddedData.ReadErrata();
        var seeds = SeedManifest.Entries.Select(s => EmbeddedData.ReadBytes(EmbeddedData.SeedPrefix + s.FileName)).ToArray();
        var documents = SeedManifest.Entries.Select((s, i) => Parse(seeds[i], s, departments, errata)).ToArray();
        var snapshot = EmbeddedData.ReadResource(CatalogSnapshotFormat.ResourceName);

        var stages = new (string Name, Action Body)[]
        {
            ("read snapshot bytes", () => EmbeddedData.ReadResource(CatalogSnapshotFormat.ResourceName)),
            ("snapshot checksum", () => CatalogSnapshotFormat.Unframe(snapshot, "x")),
            ("snapshot -> catalog", () => CatalogSnapshotReader.Read(snapshot, "x")),
            ("LoadEmbedded (total)", () => PolicyCatalog.LoadEmbedded()),
            ("read seed bytes (2)", () => { foreach (var s in SeedManifest.Entries) { EmbeddedData.ReadBytes(EmbeddedData.SeedPrefix + s.FileName); } }),
            ("verify seed SHA-256 (2)", () => { for (var i = 0; i < seeds.Length; i++) { EmbeddedData.VerifySeed(SeedManifest.Entries[i], seeds[i], "x"); } }),
            ("departments.json -> registry", () => EmbeddedData.ReadDepartments(departmentsJson, "x")),
            ("departments.json deserialize", () => System.Text.Json.JsonSerializer.Deserialize(departmentsJson, CuratedDataJsonContext.Default.DepartmentsFile)),
            ("registry ctor", () => _ = new Departments.DepartmentRegistry(departments.All)),
            ("errata.json", () => EmbeddedData.ReadErrata()),
            ("parse 2021 seed", () => Parse(seeds[0], SeedManifest.Entries[0], departments, errata)),
            ("parse 2022 seed", () => Parse(seeds[1], SeedManifest.Entries[1], departments, errata)),
            ("catalog ctor + indexes", () => _ = new PolicyCatalog(documents, departments)),
            ("ParseEmbedded (total)", () => PolicyCatalog.ParseEmbedded()),
        };

        // Three passes, only the last printed: the first ones run while the JIT is still tiering the code up.
        for (var pass = 0; pass < 3; pass++)
        foreach (var (name, body) in stages)
        {
            for (var i = 0; i < 200; i++)
            {
                body();
            }

            GC.Collect();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < rounds; i++)
            {
                body();
            }

            clock.Stop();
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / rounds;
            if (pass == 2)
            Console.WriteLine($"{name,-32} {clock.Elapsed.TotalMicroseconds / rounds,10:F1} us {bytes / 1024.0,10:F1} KB allocated");
        }
    }

    /// <summary>
    /// The memory a loaded catalog keeps alive: <see cref="GC.GetTotalMemory(bool)"/> (after a full collection)
    /// before and after loading one and holding it. A first load may also fill process-wide caches (static data of
    /// the model and its dependencies), so it is reported separately from a second, fresh load.
    /// </summary>
    public static void Retained()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var first = PolicyCatalog.LoadEmbedded();
        var afterFirst = GC.GetTotalMemory(forceFullCollection: true);
        var second = PolicyCatalog.LoadEmbedded();
        var afterSecond = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"first load (with process-wide caches): {(afterFirst - before) / 1024.0:F1} KB retained");
        Console.WriteLine($"second fresh load:                     {(afterSecond - afterFirst) / 1024.0:F1} KB retained");
        _ = first.Places;
        _ = first.Labels;
        var afterLazy = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"places + labels built on first use:    {(afterLazy - afterSecond) / 1024.0:F1} KB retained");
        _ = first.Query().Containing("污水").Count();
        var afterKeyword = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"keyword index built on first search:   {(afterKeyword - afterLazy) / 1024.0:F1} KB retained ({first.KeywordIndex.Grams:N0} characters and pairs, {first.KeywordIndex.Postings:N0} postings)");
        var (_, floor) = Floors.SnapshotFloor.Load();
        Console.WriteLine($"snapshot floor creates:                {floor.Strings:N0} strings, {floor.Objects:N0} plain objects and arrays");
        GC.KeepAlive(first);
        GC.KeepAlive(second);
    }

    private static Documents.PolicyDocument Parse(byte[] bytes, SeedEntry seed, Departments.DepartmentRegistry departments, ValueList<Errata.ErratumDefinition> errata) =>
        PolicyTextParser.Parse(bytes, new PolicyTextParserOptions
        {
            DocumentId = DocumentId.Parse(seed.DocumentId),
            Year = seed.Year,
            SeedFile = seed.FileName,
            Departments = departments,
            Errata = errata,
        });
}
