#!/usr/bin/env bash
# Compiles the benchmarks in Release and runs every one of them once in BenchmarkDotNet's dry mode (one launch,
# one iteration, no warm-up), so they cannot rot. Nothing about timing is asserted; a benchmark that throws (or
# whose library and naive answers disagree, checked in QueryBenchmarks' cleanup) fails the step.
set -euo pipefail
project=benchmarks/Jilin.Urbanization.Domain.Benchmarks
artifacts=artifacts/benchmarks-dry
rm -rf "$artifacts"
mkdir -p artifacts
dotnet build "$project" -c Release --nologo -v q
# The progress dataset (issue 16: 1,000,000 observations) is generated at 10,000 rows here, so the read and
# evaluation benchmarks stay a few seconds; the README's figures are from the full size.
export JILIN_PROGRESS_ROWS=10000
# In-process toolchain: no per-benchmark project generation and rebuild, which keeps the step to about a minute.
dotnet run -c Release --no-build --project "$project" -- --filter '*' --job Dry --inProcess --stopOnFirstError --artifacts "$artifacts" | tee "$artifacts.log"
# BenchmarkDotNet reports some failures only in its log; treat them as failures too.
if grep -qE "Benchmarks with issues|ExitCode != 0|Exception" "$artifacts.log"; then
  echo "benchmark dry run reported errors" >&2
  exit 1
fi
# The other modes of the benchmark program must keep working too.
dotnet run -c Release --no-build --project "$project" -- --retained
dotnet run -c Release --no-build --project "$project" -- --progress-memory csv
dotnet run -c Release --no-build --project "$project" -- --profile-progress
