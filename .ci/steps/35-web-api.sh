#!/usr/bin/env bash
# The web sample (samples/web-api: ASP.NET Core minimal API, progress in SQLite through EF Core) and its integration
# tests (WebApplicationFactory over a temporary SQLite file, restarted on the same file). Kept out of the solution so
# the README's `dotnet test` stays near one minute and the library build needs no ASP.NET Core or EF Core.
set -euo pipefail
results=${1:-artifacts/test-results}
dotnet test samples/web-api.Tests -c Release --logger "trx;LogFileName=web-api.trx" --results-directory "$results"
