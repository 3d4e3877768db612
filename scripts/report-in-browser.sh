#!/bin/sh
# Renders the HTML team report of the example transcripts in headless Chromium and saves a
# screenshot, to check that the page looks right in a real browser.
#   sh scripts/report-in-browser.sh [OUT.png]
# Needs chromium (apt-get install -y chromium). Exits non-zero if the page cannot be rendered.
set -e
cd "$(dirname "$0")/.."
out=${1:-/tmp/rapport-report.png}
html=$(mktemp --suffix=.html)
swift build >/dev/null
.build/debug/rapport report transcripts/examples --format html --out "$html" 2>/dev/null
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "no chromium found: apt-get install -y chromium" >&2; exit 2; }
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2600 \
    --screenshot="$out" "file://$html" >/dev/null 2>&1
[ -s "$out" ] || { echo "chromium wrote no screenshot" >&2; exit 1; }
echo "report: $html"
echo "screenshot: $out"
