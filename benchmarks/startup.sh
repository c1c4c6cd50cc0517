#!/usr/bin/env bash
# Startup goal of issue #7: a process that loads the catalog and answers one query starts within 1.5x the wall time
# of an empty console app. Publishes the apps under benchmarks/Startup (Release, framework-dependent; with --r2r
# also ReadyToRun for linux-x64) and compares them with hyperfine over repeated runs:
#   Empty         returns 0 (no output)
#   Hello         the `dotnet new console` template: prints "Hello, World!"
#   LibraryOnly   references the library, parses a measure id (no data loaded), prints the number
#   LoadAndQuery  PolicyCatalog.Default.MeasuresLedBy("省住房城乡建设厅"), prints the count
# With --aot the apps are also published with Native AOT (PublishAot, linux-x64).
#   benchmarks/startup.sh [--r2r] [--aot] [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=40
r2r=false
aot=false
while [ $# -gt 0 ]; do
  case $1 in
    --r2r) r2r=true ;;
    --aot) aot=true ;;
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
apps=(Empty Hello LibraryOnly LoadAndQuery)
commands=()
for app in "${apps[@]}"; do publish "$app" ""; commands+=("$out/$app/$app"); done
if $r2r; then
  for app in "${apps[@]}"; do
    publish "$app" "-r2r" -r linux-x64 --self-contained false -p:PublishReadyToRun=true
    commands+=("$out/$app-r2r/$app")
  done
fi
if $aot; then
  for app in "${apps[@]}"; do
    publish "$app" "-aot" -r linux-x64 -p:PublishAot=true
    commands+=("$out/$app-aot/$app")
  done
fi

"$out/LoadAndQuery/LoadAndQuery" # fails the script if the app does not answer
hyperfine --warmup 5 --runs "$runs" -N --export-markdown "$out/startup.md" --export-json "$out/startup.json" "${commands[@]}"
cat "$out/startup.md"
