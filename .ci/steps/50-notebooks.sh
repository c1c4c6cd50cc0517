#!/usr/bin/env bash
# Runs every samples/*.ipynb top to bottom in Jupyter with the .NET Interactive kernel, as a notebook user does:
# the packages come from a local feed by #r "nuget: …". Fails on any error output. Checks the README's Install on the same feed. Opens the HTML compliance
# report in headless Chromium: it must load with no console error and its SVG charts must be in the DOM; a
# screenshot is kept. Everything it makes is under artifacts/ (notebooks/, report.html, report.png).
set -euo pipefail
root=$PWD
version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
feed=$root/artifacts/notebook-packages
out=$root/artifacts/notebooks
say() { echo "[notebooks $(date -u +%H:%M:%S)] $*"; }

# 1. Tools. apt prints its own progress; the dotnet tool comes from the local manifest (.config/dotnet-tools.json).
need=()
for tool in jupyter-nbconvert chromium; do command -v "$tool" >/dev/null || need+=("$tool"); done
/usr/bin/python3 -c "import nbclient, ipykernel" 2>/dev/null || need+=(python3-nbclient)
fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || need+=(fonts-wqy-zenhei)
if [ ${#need[@]} -gt 0 ]; then
  say "installing Debian packages (missing: ${need[*]})"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel chromium fonts-wqy-zenhei
fi
say "restoring the dotnet-interactive tool"
dotnet tool restore
say "registering the .NET kernels with Jupyter"
dotnet tool run dotnet-interactive jupyter install

# 2. The packages, packed into this step's own feed (30-packages.sh deletes and repacks artifacts/packages).
say "packing $version into $feed"
rm -rf "$feed" "$out"
mkdir -p "$out"
dotnet pack -c Release -o "$feed" --nologo -v q   # as the README says: every packable project
# A stale copy of this version in the global cache would hide what was just packed.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/jilin.urbanization.domain "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/jilin.urbanization.domain.interactive

# The notebooks read the quarter's sample data from data/ next to them, as they do in samples/.
cp -r samples/data "$out/data"

failed=0
# The README's "Install", as written, outside the repository: a nuget.config naming the feed, `dotnet add package`.
say "README Install: a new console app takes Jilin.Urbanization.Domain from the local feed"
app=$(mktemp -d)
if ! (cd "$app" && dotnet new console -n InstallCheck -o . >/dev/null && dotnet new nugetconfig >/dev/null \
      && dotnet nuget add source "$feed" -n jilin-local --configfile nuget.config \
      && dotnet add package Jilin.Urbanization.Domain \
      && printf 'using Jilin.Urbanization.Domain.Catalog;\nConsole.WriteLine(PolicyCatalog.Default);\nreturn PolicyCatalog.Default.Measures.Count == 146 ? 0 : 1;\n' > Program.cs \
      && dotnet run); then
  say "FAILED: the README's Install does not work as written"
  failed=1
fi
rm -rf "$app"

# 3. Every notebook, from a copy that names this feed and version. The kernel runs in artifacts/notebooks, inside the
#    repository, so `dotnet interactive` finds the local tool.
for notebook in samples/*.ipynb; do
  name=$(basename "$notebook" .ipynb)
  python3 - "$notebook" "$out/$name.ipynb" "$feed" "$version" <<'PY'
import json, re, sys
source, target, feed, version = sys.argv[1:]
nb = json.load(open(source, encoding="utf-8"))
found = False
for cell in nb["cells"]:
    text = "".join(cell["source"])
    if '#r "nuget: Jilin.Urbanization.Domain.Interactive' in text:
        found = True
        text = re.sub(r'^// #i "nuget: [^"]*".*$', f'#i "nuget: {feed}"', text, flags=re.M)
        text = re.sub(r'(#r "nuget: Jilin\.Urbanization\.Domain\.Interactive), [^"]+"', rf'\1, {version}"', text)
        cell["source"] = text.splitlines(keepends=True)
if not found:
    sys.exit(f"{source}: no cell references Jilin.Urbanization.Domain.Interactive")
json.dump(nb, open(target, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
  say "executing $notebook"
  start=$(date +%s)
  if ! (cd "$out" && timeout 900 jupyter nbconvert --to notebook --execute --inplace \
          --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.startup_timeout=300 "$name.ipynb"); then
    say "FAILED: $notebook did not run to the end"
    failed=1
    continue
  fi
  say "$notebook ran in $(( $(date +%s) - start )) s"
  if ! python3 - "$out/$name.ipynb" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
bad = []
for i, cell in enumerate(nb["cells"]):
    if cell["cell_type"] != "code":
        continue
    if "id" not in cell:
        bad.append(f"cell {i}: no id")
    for output in cell.get("outputs", []):
        text = "".join(output.get("text", [])) if isinstance(output.get("text"), list) else output.get("text", "")
        if output["output_type"] == "error":
            bad.append(f"cell {i}: {output.get('ename')}: {output.get('evalue')}")
        elif output["output_type"] == "stream" and output.get("name") == "stderr" and "error CS" in text:
            bad.append(f"cell {i}: {text.strip()}")
    if cell.get("execution_count") is None:
        bad.append(f"cell {i}: not executed")
def html(output):
    value = output.get("data", {}).get("text/html", "")
    return "".join(value) if isinstance(value, list) else value
# The library's own displays: tables styled inline, charts as inline SVG (the kernel's default dumps look different).
ours = sum(1 for c in nb["cells"] for o in c.get("outputs", []) if '<table style="border-collapse' in html(o) or html(o).startswith("<svg ") or html(o).startswith("<section>"))
print(f"{sys.argv[1]}: {sum(c['cell_type'] == 'code' for c in nb['cells'])} code cells, {ours} rich displays (tables, charts)")
if ours == 0:
    bad.append("no rich display: the kernel extension did not register its HTML formatters")
for b in bad:
    print("  " + b)
sys.exit(1 if bad else 0)
PY
  then
    say "FAILED: $notebook has error output"
    failed=1
  fi
done

# 4. The browser check: the implementation report of the sample data opened in headless Chromium.
say "writing the HTML implementation report"
dotnet run samples/compliance-report.cs -- "$root/artifacts/report.html"
profile=$(mktemp -d)
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
        --disable-component-update --disable-sync --user-data-dir="$profile")
say "screenshot and DOM of artifacts/report.html in headless Chromium"
timeout 120 "${chrome[@]}" --enable-logging=stderr --v=0 --screenshot="$root/artifacts/report.png" --window-size=1280,2000 \
  "file://$root/artifacts/report.html" 2> "$root/artifacts/report-console.log" || { say "FAILED: chromium could not take the screenshot"; failed=1; }
timeout 120 "${chrome[@]}" --dump-dom "file://$root/artifacts/report.html" > "$root/artifacts/report-dom.html" 2>> "$root/artifacts/report-console.log" || failed=1
rm -rf "$profile"
if grep -E 'CONSOLE|Uncaught|ERR_FILE|ERR_BLOCKED|net::ERR' "$root/artifacts/report-console.log"; then
  say "FAILED: the report logged console or load errors (artifacts/report-console.log)"
  failed=1
fi
charts=$(grep -o '<svg ' "$root/artifacts/report-dom.html" | wc -l)
say "$charts SVG charts in the rendered DOM; screenshot $(stat -c %s "$root/artifacts/report.png" 2>/dev/null || echo 0) bytes"
# Six charts: status, led and shared by department, by county, deadlines, workload.
if [ "$charts" -lt 6 ] || [ ! -s "$root/artifacts/report.png" ]; then
  say "FAILED: the report's charts are not in the DOM, or there is no screenshot"
  failed=1
fi
for title in "Targets of the measures each department leads" "Targets binding each county, by county"; do
  grep -q "$title" "$root/artifacts/report-dom.html" || { say "FAILED: no chart '$title' in the report"; failed=1; }
done
exit $failed
