#!/usr/bin/env bash
# Runs the long reliability fuzz runs (trait Category=LongFuzz, issue 15), which the default dotnet test leaves out.
set -euo pipefail
results="$1"
dotnet test tests/Jilin.Urbanization.Domain.Tests -c Release --filter "Category=LongFuzz" \
  --logger "trx;LogFileName=long-fuzz.trx" --results-directory "$results"
