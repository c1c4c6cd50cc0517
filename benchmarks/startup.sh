#!/usr/bin/env bash
# Startup goal of issue #7: a process that loads the catalog and answers one query starts within 1.5x the wall time
# of an empty console app. Publishes the apps under benchmarks/Startup (Release, framework-dependent; with --r2r
# also ReadyToRun for linux-x64) and compares them with hyperfine over repeated runs:
#   Empty         returns 0 (no output)
#   Hello         the `dotnet new console` template: prints "Hello, World!"
#   LibraryOnly   references the library, parses a measure id (no data loaded), prints the number
#   LoadAndQuery  PolicyCatalog.Default.MeasuresLedBy("省住房城乡建设厅"), prints the count
# With --aot the apps are also published with Native AOT (PublishAot, linux-x64); --aot-tuned adds the four apps
# published with Native AOT and the size settings an app may choose (OptimizationPreference=Size,
# StackTraceSupport=false, UseSystemResourceKeys=true), all four alike. --aot-map publishes LoadAndQuery with
# IlcGenerateMapFile and prints what the binary holds by assembly (code, and type data rehydrated at every start).
# --tool adds the office's command-line tool (src/Jilin.Urbanization.Domain.Tool, issue 26), published the same ways
# as the apps (framework-dependent; with --r2r and --aot also ReadyToRun and Native AOT), run twice:
#   tool --version        System.CommandLine parses and answers, no catalog loaded
#   tool explain 住建厅    the catalog loaded, a department resolved and its measures listed: LoadAndQuery's work, as a CLI
#   benchmarks/startup.sh [--r2r] [--aot] [--aot-tuned] [--aot-map] [--tool] [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=40
r2r=false
aot=false
tuned=false
map=false
tool=false
while [ $# -gt 0 ]; do
  case $1 in
    --r2r) r2r=true ;;
    --aot) aot=true ;;
    --aot-tuned) tuned=true ;;
    --aot-map) map=true ;;
    --tool) tool=true ;;
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
if $tuned; then
  for app in "${apps[@]}"; do
    publish "$app" "-aot-tuned" -r linux-x64 -p:PublishAot=true -p:OptimizationPreference=Size \
      -p:StackTraceSupport=false -p:UseSystemResourceKeys=true
    commands+=("$out/$app-aot-tuned/$app")
  done
fi
if $map; then
  # Code (MethodCode) and type data (EETypes and generic dictionaries: the part rehydrated at every start) by assembly.
  publish LoadAndQuery "-aot-map" -r linux-x64 -p:PublishAot=true -p:IlcGenerateMapFile=true
  ls -l "$out/LoadAndQuery-aot-map/LoadAndQuery"
  awk -F'"' '/^  <(MethodCode|ConstructedEEType|EEType|TypeGenericDictionary|MethodGenericDictionary) Name=/ {
      kind = ($0 ~ /^  <MethodCode/) ? "code" : "types"; name = $2; sub(/^_ZTV[0-9]+/, "", name); sub(/^Boxed_/, "", name)
      asm = "other"
      n = split("S_P_CoreLib NodaTime Jilin_Urbanization_Domain System_Linq System_Collections_Immutable S_P_TypeLoader S_P_Reflection_Execution System_Console System_Collections_Concurrent System_Collections Ardalis_GuardClauses", known, " ")
      for (i = 1; i <= n; i++) if (index(name, known[i] "_") == 1) { asm = known[i]; break }
      if (asm == "other" && name ~ /^__GenericDict/) asm = "generic dictionaries"
      size[asm, kind] += $4; seen[asm] = 1; total[kind] += $4
    }
    END {
      printf "%-30s %10s %10s\n", "assembly", "code", "type data"
      for (a in seen) printf "%-30s %10d %10d\n", a, size[a, "code"], size[a, "types"] | "sort -k2 -n -r"
      close("sort -k2 -n -r")
      printf "%-30s %10d %10d\n", "total", total["code"], total["types"]
    }' "benchmarks/Startup/LoadAndQuery/obj/Release/net10.0/linux-x64/native/LoadAndQuery.map.xml"
fi

if $tool; then
  publish_tool() { # publish_tool SUFFIX EXTRA-ARGS...
    local suffix=$1; shift
    dotnet publish src/Jilin.Urbanization.Domain.Tool -c Release -o "$out/Tool$suffix" --nologo -v q "$@" >/dev/null
    commands+=("$out/Tool$suffix/jilin-urbanization --version" "$out/Tool$suffix/jilin-urbanization explain 住建厅")
  }
  publish_tool ""
  if $r2r; then publish_tool "-r2r" -r linux-x64 --self-contained false -p:PublishReadyToRun=true; fi
  if $aot; then publish_tool "-aot" -r linux-x64 -p:PublishAot=true; fi
  "$out/Tool/jilin-urbanization" explain 住建厅 >/dev/null # fails the script if the tool does not answer
fi

"$out/LoadAndQuery/LoadAndQuery" # fails the script if the app does not answer
hyperfine --warmup 5 --runs "$runs" -N --export-markdown "$out/startup.md" --export-json "$out/startup.json" "${commands[@]}"
cat "$out/startup.md"
