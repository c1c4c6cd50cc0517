#!/usr/bin/env bash
# Runs every file-based C# sample; any failure fails CI.
set -euo pipefail
for sample in samples/*.cs; do
  echo "--- dotnet run $sample"
  dotnet run "$sample" > "artifacts/$(basename "$sample" .cs).out"
  head -n 5 "artifacts/$(basename "$sample" .cs).out"
done
