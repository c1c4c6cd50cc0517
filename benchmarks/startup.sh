#!/usr/bin/env bash
# Startup goal of issue #7: a process that loads the catalog and answers one query starts within 1.5x the wall time
# of an empty console app. Publishes both apps under benchmarks/Startup (Release, framework-dependent; with --r2r
# also ReadyToRun for linux-x64) and compares them with hyperfine over repeated runs.
#   benchmarks/startup.sh [--r2r] [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=40
r2r=false
while [ $# -gt 0 ]; do
  case $1 in
    --r2r) r2r=true ;;
    --runs) runs=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install -y hyperfine)" >&2; exit 2; }
out=artifacts/startup
rm -rf "$out"
mkdir -p "$out"

publish() { # publish NAME SUFFIX EXTRA-ARGS...
  local name=$1 suffix=$2; shift 2
  dotnet publish "benchmarks/Startup/$name" -c Release -o "$out/$name$suffix" --nologo -v q "$@" >/dev/null
}
publish Empty "" ; publish LoadAndQuery ""
commands=("$out/Empty/Empty" "$out/LoadAndQuery/LoadAndQuery")
if $r2r; then
  publish Empty "-r2r" -r linux-x64 --self-contained false -p:PublishReadyToRun=true
  publish LoadAndQuery "-r2r" -r linux-x64 --self-contained false -p:PublishReadyToRun=true
  commands+=("$out/Empty-r2r/Empty" "$out/LoadAndQuery-r2r/LoadAndQuery")
fi

"$out/LoadAndQuery/LoadAndQuery" # fails the script if the app does not answer
hyperfine --warmup 5 --runs "$runs" -N --export-markdown "$out/startup.md" --export-json "$out/startup.json" "${commands[@]}"
cat "$out/startup.md"
