#!/usr/bin/env bash
# Looks at the HTML implementation report as its readers do, in both languages: the sample quarter's report
# (samples/compliance-report.cs) written in zh-CN and en, opened in headless Chromium for a screenshot of the page and
# printed to PDF on A4 (--print-to-pdf), each PDF page turned into a PNG with pdftoppm. Everything is kept under
# artifacts/report-screenshots/ for a person to look at; the step fails when a page does not render, the PDF is empty,
# or a page's language is wrong (the Chinese report must not show English status names, and the reverse). A notice
# (督办单) drafted by the tool is printed the same way (notice.pdf, notice-page-*.png).
set -euo pipefail
root=$PWD
out=$root/artifacts/report-screenshots
say() { echo "[screenshots $(date -u +%H:%M:%S)] $*"; }
rm -rf "$out"
mkdir -p "$out"

for tool in chromium pdftoppm; do
  command -v "$tool" >/dev/null || { say "missing $tool: .ci/install.sh installs chromium and poppler-utils"; exit 1; }
done
fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || say "warning: no CJK font (fonts-wqy-zenhei); Chinese will render as boxes"

failed=0
profile=$(mktemp -d)
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
        --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile")
for culture in zh-CN en; do
  html="$out/report-$culture.html"
  say "writing the implementation report in $culture"
  dotnet run samples/compliance-report.cs -- "$html" "$culture"
  say "screenshot of $html"
  timeout 180 "${chrome[@]}" --screenshot="$out/report-$culture.png" --window-size=1280,2400 "file://$html" \
    2>> "$out/chromium.log" || { say "FAILED: no screenshot for $culture"; failed=1; }
  say "printing $html to PDF (A4)"
  timeout 180 "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$out/report-$culture.pdf" "file://$html" \
    2>> "$out/chromium.log" || { say "FAILED: no PDF for $culture"; failed=1; }
  if [ -s "$out/report-$culture.pdf" ]; then
    pdftoppm -png -r 60 "$out/report-$culture.pdf" "$out/report-$culture-page"
    pages=$(ls "$out"/report-"$culture"-page-*.png 2>/dev/null | wc -l)
    say "$culture: $pages printed pages, screenshot $(stat -c %s "$out/report-$culture.png" 2>/dev/null || echo 0) bytes"
    [ "$pages" -ge 2 ] || { say "FAILED: the $culture report printed on fewer than 2 pages (page breaks between sections)"; failed=1; }
  else
    failed=1
  fi
  [ -s "$out/report-$culture.png" ] || failed=1
done

# A notice (督办单, issue 28) as its addressee receives it: drafted by the tool from the sample quarter, printed to PDF
# by headless Chromium (the page asks for A4 with @page), each page turned into a PNG. Fails when the PDF is not A4 or
# does not carry the notice's heading.
notices=$out/notices
say "drafting the notices of the sample quarter with the tool"
dotnet run --project src/Jilin.Urbanization.Domain.Tool -- record samples/data/ --log "$notices/tracking.json" --recorded-on 2025-10-10 >/dev/null
dotnet run --no-build --project src/Jilin.Urbanization.Domain.Tool -- notices --log "$notices/tracking.json" --as-of 2025-12-31 --scope 梅河口 --out "$notices"
notice=$(ls "$notices"/*.html | head -n 1)
if [ -z "$notice" ]; then
  say "FAILED: the tool drafted no notice for 梅河口"; failed=1
else
  cp "$notice" "$out/notice.html"
  say "printing $(basename "$notice") to PDF"
  timeout 180 "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$out/notice.pdf" "file://$out/notice.html" \
    2>> "$out/chromium.log" || { say "FAILED: no PDF for the notice"; failed=1; }
  if [ -s "$out/notice.pdf" ]; then
    pdftoppm -png -r 60 "$out/notice.pdf" "$out/notice-page"
    size=$(pdfinfo "$out/notice.pdf" | sed -n 's/^Page size: *//p')
    say "notice: $(ls "$out"/notice-page-*.png | wc -l) printed page(s), $size"
    case "$size" in *"(A4)"*) ;; *) say "FAILED: the notice did not print on A4 ($size)"; failed=1 ;; esac
    pdftotext "$out/notice.pdf" - | grep -q '督办单' || { say "FAILED: the printed notice has no 督办单 heading"; failed=1; }
  else
    failed=1
  fi
fi
rm -rf "$profile"

# The language of each page: labels from the resources, not identifiers.
grep -q '<html lang="zh-Hans">' "$out/report-zh-CN.html" && grep -q '按县(市)' "$out/report-zh-CN.html" \
  || { say "FAILED: the zh-CN report is not in Chinese"; failed=1; }
if grep -Eq '>(notMet|NotMet|metLate|MetLate|Not met|eachCounty)<' "$out/report-zh-CN.html"; then
  say "FAILED: the zh-CN report shows English status names"; failed=1
fi
grep -q '<html lang="en">' "$out/report-en.html" && grep -q 'By county' "$out/report-en.html" \
  || { say "FAILED: the en report is not in English"; failed=1; }

# ---- The Excel report (issue 25): the same report as a workbook (samples/excel-report.cs, through the Excel companion
# package), opened by LibreOffice headless and converted to PDF, each page turned into a PNG with pdftoppm; kept under
# artifacts/report-screenshots/excel/. Fails when LibreOffice cannot open the workbook, the PDF is empty, or the
# Chinese workbook prints no Chinese status or county name.
excel=$out/excel
mkdir -p "$excel"
if command -v soffice >/dev/null; then
  lo_profile=$(mktemp -d)
  for culture in zh-CN en; do
    xlsx="$excel/report-$culture.xlsx"
    say "writing the Excel report in $culture"
    dotnet run samples/excel-report.cs -- "$xlsx" "$culture" || { say "FAILED: no workbook for $culture"; failed=1; continue; }
    say "LibreOffice: $xlsx to PDF"
    timeout 300 soffice --headless --norestore -env:UserInstallation="file://$lo_profile" \
      --convert-to pdf --outdir "$excel" "$xlsx" >> "$excel/soffice.log" 2>&1 || { say "FAILED: LibreOffice could not convert the $culture workbook"; failed=1; }
    pdf="$excel/report-$culture.pdf"
    if [ -s "$pdf" ]; then
      pdftoppm -png -r 60 "$pdf" "$excel/report-$culture-page"
      pages=$(ls "$excel"/report-"$culture"-page-*.png 2>/dev/null | wc -l)
      say "$culture workbook: $pages printed pages"
      [ "$pages" -ge 1 ] || { say "FAILED: the $culture workbook printed no page"; failed=1; }
      pdftotext "$pdf" "$excel/report-$culture.txt"
    else
      say "FAILED: no PDF of the $culture workbook"; failed=1
    fi
  done
  rm -rf "$lo_profile"
  if [ -s "$excel/report-zh-CN.txt" ]; then
    grep -q '梅河口市' "$excel/report-zh-CN.txt" && grep -Eq '已完成|未完成|未报送' "$excel/report-zh-CN.txt" \
      || { say "FAILED: the zh-CN workbook does not print Chinese names and statuses"; failed=1; }
  fi
else
  say "FAILED: missing soffice: .ci/install.sh installs libreoffice-calc-nogui"; failed=1
fi

exit $failed
