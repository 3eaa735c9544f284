#!/usr/bin/env bash
# Throughput of public pages, measured with wrk on loopback (a benchmark, not a test).
#
# For an article, the home page and a list page, at concurrency 32 and 64, it measures the
# published site with the output cache on and off, and the same bytes served as static files by
# the same Kestrel process and by nginx, all in one run. Prints a Markdown table and the ratios.
#
#   bash tests/Benchmarks/site-throughput.sh [seconds-per-run]     (default 8; run as root on a
#                                                                    fresh machine to install wrk/nginx)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-8}"

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "Install ${missing[*]} first (or run as root)." >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
# Sites start inside $(...), a subshell, so their pids are kept in a file rather than a variable.
cleanup() {
  [ -f "$work/pids" ] && while read -r pid; do kill "$pid" 2>/dev/null || true; done <"$work/pids"
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

echo "Publishing (Release)..." >&2
dotnet publish src/OmbudsmanSite.Web -c Release -o "$work/publish" --nologo -v quiet >/dev/null

# start_site NAME CACHE_ENABLED -> echoes the base URL
start_site() {
  local name=$1 cache=$2 port
  port=$(free_port)
  # Request logging is an Information event: at Warning the benchmark measures serving, not logging.
  (cd "$work/publish" && exec env Site__DataPath="$work/data-$name" Site__Caching__OutputCacheEnabled="$cache" \
     Site__FileLog__Enabled=false AllowedHosts=127.0.0.1 Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
     dotnet OmbudsmanSite.Web.dll --urls "http://127.0.0.1:$port" >"$work/$name.log" 2>&1) &
  echo $! >>"$work/pids"
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/az" && { echo "http://127.0.0.1:$port"; return; }
    sleep 0.5
  done
  echo "site $name did not start" >&2; cat "$work/$name.log" >&2; exit 1
}

# measure URL CONCURRENCY -> "rps p50 p99" (latencies in ms). A discarded warm-up run first, so
# every server is measured in steady state (tiered JIT, pools and caches warm), not while compiling.
measure() {
  wrk -t2 -c"$2" -d3s "$1" >/dev/null
  wrk -t2 -c"$2" -d"${duration}s" --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}

cached=$(start_site cached true)
uncached=$(start_site uncached false)

declare -A paths=(
  [article]="/en/meetings/ombudsman-held-an-online-meeting-with-several-ngo-directors-and-human-rights"
  [home]="/en"
  [list]="/en/meetings"
)

# The same bytes as static files: in the Kestrel process (its files folder) and in nginx.
mkdir -p "$work/data-cached/files/bench" "$work/nginx/bench"
for page in article home list; do
  curl -sf "$cached${paths[$page]}" -o "$work/data-cached/files/bench/$page.html"
  cp "$work/data-cached/files/bench/$page.html" "$work/nginx/bench/$page.html"
done
nginx_port=$(free_port)
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  types { text/html html; }
  server { listen 127.0.0.1:$nginx_port; root $work/nginx; }
}
CONF
"$nginx_bin" -c "$work/nginx.conf"

# Warm every endpoint of both processes before the first measurement: the first pages a process
# serves run through tier-0 JIT code, which would penalise whichever row comes first.
for page in article home list; do
  for url in "$cached${paths[$page]}" "$uncached${paths[$page]}" "$cached/files/bench/$page.html"; do
    wrk -t2 -c32 -d4s "$url" >/dev/null
  done
done

echo
echo "| page | concurrency | server | requests/s | p50 ms | p99 ms | vs Kestrel static |"
echo "|---|---|---|---|---|---|---|"
for page in article home list; do
  for c in 32 64; do
    read -r s_rps s_p50 s_p99 < <(measure "$cached/files/bench/$page.html" "$c")
    read -r n_rps n_p50 n_p99 < <(measure "http://127.0.0.1:$nginx_port/bench/$page.html" "$c")
    read -r oc_rps oc_p50 oc_p99 < <(measure "$cached${paths[$page]}" "$c")
    read -r nc_rps nc_p50 nc_p99 < <(measure "$uncached${paths[$page]}" "$c")
    ratio() { awk -v a="$1" -v b="$s_rps" 'BEGIN { printf "%.2fx", a / b }'; }
    echo "| $page | $c | Kestrel static file | $s_rps | $s_p50 | $s_p99 | 1.00x |"
    echo "| $page | $c | nginx static file | $n_rps | $n_p50 | $n_p99 | $(ratio "$n_rps") |"
    echo "| $page | $c | page, output cache on | $oc_rps | $oc_p50 | $oc_p99 | $(ratio "$oc_rps") |"
    echo "| $page | $c | page, output cache off | $nc_rps | $nc_p50 | $nc_p99 | $(ratio "$nc_rps") |"
  done
done

echo
echo "Page weight (Brotli from the site, bytes): article $(curl -s -H 'Accept-Encoding: br' "$cached${paths[article]}" | wc -c)," \
  "home $(curl -s -H 'Accept-Encoding: br' "$cached${paths[home]}" | wc -c)," \
  "list $(curl -s -H 'Accept-Encoding: br' "$cached${paths[list]}" | wc -c)," \
  "stylesheet $(curl -s -H 'Accept-Encoding: br' "$cached$(curl -s "$cached/en" | grep -o '/css/site\.[a-z0-9]*\.css')" | wc -c), script 0, fonts 0 (system fonts)."
