#!/usr/bin/env bash
# Builds the library in Release and runs every F# script sample; any failure fails CI.
set -euo pipefail
shopt -s nullglob
mkdir -p artifacts
dotnet build src/Jilin.Urbanization.Domain -c Release --nologo -v quiet
for script in samples/*.fsx; do
  echo "--- dotnet fsi $script"
  dotnet fsi "$script" > "artifacts/$(basename "$script" .fsx).fsx.out"
  head -n 5 "artifacts/$(basename "$script" .fsx).fsx.out"
done
