#!/usr/bin/env bash
# Soak under a bad crawler (a benchmark, not a CI test): publishes the site with the test fixtures
# (news photo, report PDFs), starts it, then crawls every same-origin link it can reach, srcset
# candidates included, at concurrency 16, ignoring robots.txt and nofollow, for SECONDS, while it
# polls /en/ every second. Prints a row a minute (requests, 5xx, timeouts over 10 s, poll p99, RSS)
# and ends with: soak: N requests, N 5xx, N timeouts, peak RSS N MB. Exit 1 when a target is missed
# (0 5xx, 0 timeouts, peak RSS ≤ 512 MB, RSS in the last third within 5% of the end of the first).
#
#   bash tests/Benchmarks/crawl-soak.sh [SECONDS]      (default 600)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"

work=$(mktemp -d)
cleanup() {
  [ -f "$work/pid" ] && kill "$(cat "$work/pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Publishing (Release)..." >&2
dotnet publish src/OmbudsmanSite.Web -c Release -o "$work/publish" --nologo -v quiet >"$work/build.log" 2>&1 &&
  dotnet build tests/Benchmarks/CrawlSoak -c Release --nologo -v quiet >>"$work/build.log" 2>&1 ||
  { cat "$work/build.log" >&2; exit 1; }

# The fixtures over the repository's uSync, as the tests use them.
mkdir -p "$work/uSync" "$work/data"
cp -r uSync/. "$work/uSync/"
cp -r tests/TestData/uSync/. "$work/uSync/"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
key=$(head -c 32 /dev/urandom | base64)
(cd "$work/publish" && exec env Site__DataPath="$work/data" Site__USyncPath="$work/uSync" Site__Media__SigningKey="$key" \
   Site__FileLog__Enabled=false Site__Search__RateLimit__Enabled=false AllowedHosts=127.0.0.1 \
   Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
   dotnet OmbudsmanSite.Web.dll --urls "$base" >"$work/site.log" 2>&1) &
echo $! >"$work/pid"
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$base/en/" && break
  sleep 0.5
done
curl -sf -o /dev/null "$base/en/" || { echo "The site did not start:" >&2; cat "$work/site.log" >&2; exit 1; }

status=0
dotnet tests/Benchmarks/CrawlSoak/bin/Release/net10.0/CrawlSoak.dll --base "$base" --pid "$(cat "$work/pid")" --seconds "$seconds" --concurrency 16 || status=$?
if ! kill -0 "$(cat "$work/pid")" 2>/dev/null; then
  echo "The site process exited during the soak. Its last lines:" >&2
  tail -n 30 "$work/site.log" >&2
  status=1
fi
exit "$status"
