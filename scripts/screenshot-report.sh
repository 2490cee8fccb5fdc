#!/usr/bin/env bash
# Renders the HTML report of a shared example in headless Chromium and saves a PNG, to look at the
# report as a coach's browser shows it. Usage: scripts/screenshot-report.sh [INPUT] [OUT.png]
# Needs /usr/bin/chromium (apt-get install -y chromium) and the built jar (mvn -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
input="${1:-src/test/resources/examples/anna_upper_lower.xlsx}"
png="${2:-target/screenshots/$(basename "${input%.*}").png}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || { echo "no Chromium at $chromium (apt-get install -y chromium)" >&2; exit 2; }
[ -f target/program-audit.jar ] || mvn -q package -DskipTests

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# exit 1 only means the program has error findings; 2 is a real failure
java -jar target/program-audit.jar audit "$input" --format html --out "$work/report" --rules rules || [ $? -eq 1 ]
html="$work/report/$(basename "${input%.*}").html"
mkdir -p "$(dirname "$png")"
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars \
  --screenshot="$(realpath -m "$png")" --window-size=1280,2000 "file://$html" >/dev/null 2>&1
[ -s "$png" ] || { echo "Chromium wrote no screenshot" >&2; exit 1; }
echo "$png"
