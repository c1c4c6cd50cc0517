using BenchmarkDotNet.Running;
using Jilin.Urbanization.Domain.Benchmarks;

// Run all:  dotnet run -c Release --project benchmarks/Jilin.Urbanization.Domain.Benchmarks -- --filter '*'
// Dry run (CI): add --job Dry
// Stopwatch breakdown of the load path: -- --profile-load
// Retained size of a loaded catalog:    -- --retained
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
    case ["--retained", ..]:
        LoadProfile.Retained();
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
