#!/usr/bin/env bash
# Lighthouse scores (accessibility, best practices, SEO) of the indexable public pages, in Debian's
# chromium against the published site with the test fixtures. A measurement, not a CI test.
#
#   bash tests/Benchmarks/lighthouse.sh          (needs node and npm; installs lighthouse 12.2.3 in a temp folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
cleanup() { [ -f "$work/pid" ] && kill "$(cat "$work/pid")" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Lighthouse 13 wants Node 22 and npm ci refuses locks made with 12.3 to 13.4: 12.2.3 is the pin.
(cd "$work" && npm i -E lighthouse@12.2.3 --no-audit --no-fund --silent >/dev/null)
dotnet publish src/OmbudsmanSite.Web -c Release -o "$work/publish" --nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
mkdir -p "$work/uSync" "$work/data"
cp -r uSync/. "$work/uSync/"
cp -r tests/TestData/uSync/. "$work/uSync/"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
(cd "$work/publish" && exec env Site__DataPath="$work/data" Site__USyncPath="$work/uSync" Site__FileLog__Enabled=false \
   AllowedHosts=127.0.0.1 Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
   dotnet OmbudsmanSite.Web.dll --urls "$base" >"$work/site.log" 2>&1) &
echo $! >"$work/pid"
for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/en/" && break; sleep 0.5; done

echo "| page | accessibility | best practices | SEO |"
echo "|---|---|---|---|"
for path in /az /en/meetings "/en/meetings?organisation=ohchr" /ru/doklady \
            /en/meetings/ombudsman-held-an-online-meeting-with-several-ngo-directors-and-human-rights \
            /az/xeberler/test-xeberi-huquqi-maariflendirme /ru/doklady/testovyi-ezhegodnyi-doklad-2024 /en/test-page; do
  CHROME_PATH=/usr/bin/chromium "$work/node_modules/.bin/lighthouse" "$base$path" --quiet --output=json --output-path="$work/report.json" \
    --only-categories=accessibility,best-practices,seo \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync" >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]); const c = r.categories; const s = k => Math.round(c[k].score * 100);
    const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map(a => a.id);
    console.log(`| ${process.argv[2]} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |` + (failed.length ? ` failed: ${failed.join(", ")}` : ""));
  ' "$work/report.json" "$path"
done
