using BenchmarkDotNet.Running;

// Run all:  dotnet run -c Release --project benchmarks/Jilin.Urbanization.Domain.Benchmarks -- --filter '*'
// Dry run (CI): add --job Dry
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
