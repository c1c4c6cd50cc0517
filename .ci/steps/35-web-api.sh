#!/usr/bin/env bash
# The web sample (samples/web-api: ASP.NET Core minimal API, bearer tokens, progress in SQLite or PostgreSQL through EF
# Core migrations) and its integration tests on both stores. The tests start their own throwaway PostgreSQL cluster
# (initdb/pg_ctl of Debian's postgresql package, installed by .ci/install.sh; run as the postgres user under root) on a
# free loopback port and stop it at the end; the load test runs at its small size here (JILIN_LOAD=full for the
# figures in benchmarks/README.md). Kept out of the solution so the README's `dotnet test` stays near one minute and
# the library build needs no ASP.NET Core or EF Core.
set -euo pipefail
results=${1:-artifacts/test-results}
ls /usr/lib/postgresql/*/bin/initdb >/dev/null || { echo "PostgreSQL is not installed: run .ci/install.sh" >&2; exit 1; }
dotnet test samples/web-api.Tests -c Release --logger "trx;LogFileName=web-api.trx" --results-directory "$results"
