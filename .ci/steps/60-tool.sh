#!/usr/bin/env bash
# The office's tool (issue 26), met as a user meets it: the library and the tool packed into a local feed, the tool
# installed from it into a tool path with `dotnet tool install`, then a whole quarter on samples/data/ — check, record,
# report (each format), changes, explain, lights, notices, ranking — with exit codes and files checked. Its unit and process tests run in the
# main `dotnet test` (tests/Jilin.Urbanization.Domain.Tool.Tests).
set -euo pipefail
root=$PWD
version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
feed=$root/artifacts/tool-feed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

rm -rf "$feed"
dotnet pack src/Jilin.Urbanization.Domain -c Release -o "$feed" --nologo -v q
dotnet pack src/Jilin.Urbanization.Domain.Tool -c Release -o "$feed" --nologo -v q
# A stale copy of this version in the global cache would hide what was just packed.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/jilin.urbanization.domain.tool"
dotnet tool install Jilin.Urbanization.Domain.Tool --version "$version" --tool-path "$work/tools" --add-source "$feed"
tool=$work/tools/jilin-urbanization

expect() { # expect CODE COMMAND...: runs the command, fails unless it exits with CODE
  local want=$1; shift
  local got=0
  "$@" || got=$?
  if [ "$got" -ne "$want" ]; then echo "expected exit code $want, got $got: $*" >&2; exit 1; fi
}

cd "$work"
"$tool" --help | grep -q '示例 / Examples:'
expect 0 "$tool" check "$root/samples/data"
"$tool" check "$root/samples/data" --format json > checked.json
python3 -c 'import json,sys; d=json.load(open("checked.json")); sys.exit(0 if d["entries"] and d["problems"] == [] else 1)'
expect 0 "$tool" record "$root/samples/data" --log tracking.json --recorded-on 2025-10-10
# Sent again: every entry is a no-op and the log is not rewritten.
before=$(sha256sum tracking.json)
"$tool" record "$root/samples/data" --log tracking.json --recorded-on 2025-10-10 --quiet | grep -q 'unchanged, not rewritten'
[ "$before" = "$(sha256sum tracking.json)" ]
# A county re-sends one figure corrected and withdraws another.
cat > resent.csv <<'CSV'
target,subject,value,unit,observedOn,reason,action
jilin-2022-county-urbanization/37/t1,珲春市,1,所,2025-09-30,已投用,
jilin-2022-county-urbanization/37/t1,通榆县,,,2025-09-30,误报,撤回
CSV
"$tool" record resent.csv --log tracking.json --recorded-on 2025-10-20 | tee recorded.txt
grep -q '更正1条，撤回1条' recorded.txt   # the summary line in the tool's default language (zh), labels as the change table's
for format in html md csv json; do
  expect 0 "$tool" report --log tracking.json --as-of 2025-12-31 --out "report.$format"
  [ -s "report.$format" ]
done
"$tool" report --log tracking.json --as-of 2025-12-31 --known-on 2025-10-10 --scope 梅河口 --out issued.md
# Labels in Chinese by default, English on request: the packed tool carries the library's zh-Hans resources.
"$tool" report --log tracking.json --as-of 2025-12-31 --lang en --out report-en.md
cmp -s report.md report-en.md && { echo "--lang en gave the same report as zh" >&2; exit 1; }
expect 0 "$tool" changes --log tracking.json --from 2025-10-10 --to 2025-10-31 --out changes.csv
grep -q '更正' changes.csv   # the change column in the default language (zh): 更正 for a correction
expect 0 "$tool" explain jilin-2022-county-urbanization/26 --log tracking.json --as-of 2025-12-31
expect 0 "$tool" explain 住建厅
# Supervision (issue 28): lights in each format, a notice per body (.html + .xlsx), the ranking with ties explained.
for format in html xlsx md csv json; do
  expect 0 "$tool" lights --log tracking.json --as-of 2025-12-31 --out "lights.$format"
  [ -s "lights.$format" ]
done
"$tool" lights --log tracking.json --as-of 2025-12-31 | grep -q '| 名称 | 红灯 | 黄灯 | 绿灯 | 灰灯 | 合计 |'
"$tool" lights --log tracking.json --as-of 2025-12-31 > lights.txt
grep -q '^截至2025-12-31（知悉日期2025-10-20）三色预警：' lights.txt   # the console's summary line follows --lang (zh by default) …
"$tool" lights --log tracking.json --as-of 2025-12-31 --lang en > lights-en.txt
grep -q '^Lights as of 2025-12-31, as known on 2025-10-20: ' lights-en.txt   # … and reads English under en
expect 0 "$tool" notices --log tracking.json --supervision supervision.json --as-of 2025-12-31 --out notices --issue
grep -q '"notices"' supervision.json
# After the reply deadline, unanswered: the next notices escalate (橙色).
"$tool" notices --log tracking.json --supervision supervision.json --as-of 2026-01-11 --out notices-later | grep -q '橙色督办单'
ls notices/*.html >/dev/null && ls notices/*.xlsx >/dev/null
[ "$(ls notices/*.html | wc -l)" -eq "$(ls notices/*.xlsx | wc -l)" ]
"$tool" ranking --log tracking.json --from 2025-10-01 --to 2025-12-31 | grep -q '并列第'
expect 0 "$tool" ranking --log tracking.json --from 2025-10-01 --to 2025-12-31 --out ranking.html
grep -q '<svg' ranking.html
expect 2 "$tool" ranking --log tracking.json --from 2025-12-31 --to 2025-10-01
expect 2 "$tool" explain 梅河
expect 2 "$tool" report --log tracking.json --as-of 2025-13-01 --out x.html
echo 'target,subject,value,unit,observedOn' > bad.csv
echo 'jilin-2022-county-urbanization/43/t1,通榆县,-1,所,2025-09-30' >> bad.csv
expect 1 "$tool" check bad.csv
cd "$root"
# The README's main job: one command from a clone, samples/data/ to a report, printing where it is.
dotnet run --project src/Jilin.Urbanization.Domain.Tool -- report samples/data/ --as-of 2025-12-31 --out "$work/quarter.html" | tee "$work/main-job.txt"
grep -q "report written to $work/quarter.html" "$work/main-job.txt"
echo "tool quarter: ok"
