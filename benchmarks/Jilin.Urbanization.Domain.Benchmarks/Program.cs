using BenchmarkDotNet.Running;
using Jilin.Urbanization.Domain.Benchmarks;

// Run all:  dotnet run -c Release --project benchmarks/Jilin.Urbanization.Domain.Benchmarks -- --filter '*'
// Dry run (CI): add --job Dry
// Stopwatch breakdown of the load path: -- --profile-load
// Retained size of a loaded catalog:    -- --retained
// Peak memory reading the progress dataset: -- --progress-memory csv|json [rows]
// Retained size at scale (1×, 10×, 100×): -- --scale-retained [factors]
switch (args)
{
    case ["--profile-load", ..]:
        LoadProfile.Run();
        break;
    case ["--loop-load", ..]:
        // For a sampling profiler (dotnet-trace): loads fresh catalogs for ten seconds.
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed.TotalSeconds < 10;)
        {
            Jilin.Urbanization.Domain.Catalog.PolicyCatalog.LoadEmbedded();
        }

        break;
    case ["--scale-retained", .. var rest]:
        // Retained size of the synthetic catalogs, part by part; factors default to 1, 10, 100.
        Jilin.Urbanization.Domain.Benchmarks.Scale.ScaleRetained.Run(rest.Length > 0 ? rest.Select(int.Parse) : Jilin.Urbanization.Domain.Benchmarks.Scale.ScaleData.Factors);
        break;
    case ["--profile-progress", .. var rest]:
        // Stopwatch breakdown of reading the progress dataset's CSV.
        Jilin.Urbanization.Domain.Benchmarks.Scale.ProgressProfile.Run(
            rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : Jilin.Urbanization.Domain.Benchmarks.Scale.ProgressDataset.ConfiguredRows);
        break;
    case ["--progress-memory", .. var rest]:
        // Peak memory of reading the progress dataset once: csv (default) or json, and the number of observations.
        Jilin.Urbanization.Domain.Benchmarks.Scale.ProgressMemory.Run(
            rest.Length > 0 ? rest[0] : "csv",
            rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : Jilin.Urbanization.Domain.Benchmarks.Scale.ProgressDataset.ConfiguredRows);
        break;
    case ["--retained", ..]:
        LoadProfile.Retained();
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
