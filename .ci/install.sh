#!/usr/bin/env bash
# Installs, once, every outside program the tests and steps use (Debian packages), before the README's test command.
# As root: `apt-get update` once, then one `apt-get install -y`. Skipped when everything is already there.
set -euo pipefail
packages=(
  postgresql                                   # the web sample's second store (issue 27)
  libreoffice-calc-nogui python3-openpyxl      # outside writers and readers of workbooks (issues 24, 25)
  poppler-utils                                # PDF pages to PNG (issue 25, 28)
  python3-icalendar                            # a real iCalendar parser (issue 28)
  jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel  # notebooks
  chromium fonts-wqy-zenhei                    # screenshots, printed PDF, CJK font
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then echo "[install] every package is installed"; exit 0; fi
if [ "$(id -u)" -ne 0 ]; then echo "[install] missing (install as root): ${missing[*]}" >&2; exit 1; fi
echo "[install] installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${packages[@]}"
