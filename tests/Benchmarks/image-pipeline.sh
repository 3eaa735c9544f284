#!/usr/bin/env bash
# The image pipeline against libvips' own command line (a benchmark, not a test).
#
# A 4000x3000 JPEG to a 400 px wide WebP: N uncached requests through /media (each with another
# quality, so each is a new derivative) against vipsthumbnail doing the same N conversions in the
# same run; the site's peak memory; then wrk on a cached derivative against a static file of the
# same size served by the same Kestrel process: a stored document in the media library (a PDF),
# which is how the site serves every file it gives out as stored, streamed from disk with ranges.
#
#   bash tests/Benchmarks/image-pipeline.sh [conversions] [seconds-per-wrk-run]   (defaults 40, 8)
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-40}"
duration="${2:-8}"

missing=()
command -v vipsthumbnail >/dev/null || missing+=(libvips-tools)
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
command -v openssl >/dev/null || missing+=(openssl)
command -v bc >/dev/null || missing+=(bc)
command -v xxd >/dev/null || missing+=(xxd)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "Install ${missing[*]} first (or run as root)." >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d)
cleanup() { [ -f "$work/pid" ] && kill "$(cat "$work/pid")" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
key=$(head -c 32 /dev/urandom | base64 -w0)

echo "Publishing (Release)..." >&2
dotnet publish src/OmbudsmanSite.Web -c Release -o "$work/publish" --nologo -v quiet >/dev/null

# A photo-like 4000x3000 JPEG (noise, so the encoder works as on a real photo).
mkdir -p "$work/data/media/bench"
vips gaussnoise "$work/noise.v" 4000 3000 --mean 128 --sigma 40
vips colourspace "$work/noise.v" "$work/noise-srgb.v" srgb
vips bandjoin "$work/noise-srgb.v $work/noise-srgb.v $work/noise-srgb.v" "$work/photo.v"
vips jpegsave "$work/photo.v" "$work/data/media/bench/photo.jpg" --Q 85
echo "source: $(stat -c %s "$work/data/media/bench/photo.jpg") bytes, 4000x3000 JPEG" >&2

(cd "$work/publish" && exec env Site__DataPath="$work/data" Site__Media__SigningKey="$key" Site__FileLog__Enabled=false AllowedHosts=127.0.0.1 \
   Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production dotnet OmbudsmanSite.Web.dll --urls "$base" >"$work/site.log" 2>&1) &
echo $! >"$work/pid"
for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/az" && break; sleep 0.5; done

# The site's signature: base64url of the first 16 bytes of HMAC-SHA256(key, "path?commands").
sign() {
  printf '%s' "$1?$2" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$(printf '%s' "$key" | base64 -d | xxd -p -c 256)" -binary \
    | head -c 16 | base64 -w0 | tr '+/' '-_' | tr -d '='
}
# Quality 80 is the default, left out of the signed canonical commands: the script skips it.
quality() { local q=$((50 + $1)); [ "$q" -ge 80 ] && q=$((q + 1)); echo "$q"; }
url() { local commands="width=400&format=webp&quality=$1"; echo "$base/media/bench/photo.jpg?$commands&sig=$(sign bench/photo.jpg "$commands")"; }

# Warm-up: JIT and libvips start-up, on qualities not measured.
for q in 20 21 22; do curl -sf -o /dev/null "$(url $q)"; done
for q in 20 21 22; do vipsthumbnail "$work/data/media/bench/photo.jpg" -s 400x -o "$work/warm-$q.webp[Q=$q,strip]"; done

start=$(date +%s.%N)
for i in $(seq 1 "$count"); do curl -sf -o /dev/null "$(url "$(quality "$i")")"; done
site_total=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
for i in $(seq 1 "$count"); do vipsthumbnail "$work/data/media/bench/photo.jpg" -s 400x -o "$work/out-$i.webp[Q=$(quality "$i"),strip]"; done
vips_total=$(echo "$(date +%s.%N) - $start" | bc)
peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$(cat "$work/pid")/status" 2>/dev/null || echo 0)

cached=$(url 81)
size=$(curl -sf "$cached" | wc -c)
{ printf '%%PDF-1.4\n'; head -c $((size - 9)) /dev/zero; } > "$work/data/media/bench/same-size.pdf"
rps() { wrk -t2 -c32 -d3s "$1" >/dev/null; wrk -t2 -c32 -d"${duration}s" "$1" | awk '/Requests\/sec/ {print $2}'; }
cached_rps=$(rps "$cached")
static_rps=$(rps "$base/media/bench/same-size.pdf")

printf '\n| measure | site (/media) | vipsthumbnail | ratio |\n|---|---|---|---|\n'
printf '| 4000x3000 JPEG -> 400 px WebP, per image (%s runs) | %.1f ms | %.1f ms | %.2fx |\n' "$count" \
  "$(echo "$site_total * 1000 / $count" | bc -l)" "$(echo "$vips_total * 1000 / $count" | bc -l)" "$(echo "$site_total / $vips_total" | bc -l)"
printf '| site peak working set (VmHWM) | %.0f MB | | |\n' "$(echo "$peak_kb / 1024" | bc -l)"
printf '\n| 32 connections, %s s | requests/s |\n|---|---|\n' "$duration"
printf '| cached derivative (%s bytes) | %s |\n| static file, same size, same Kestrel (stored PDF) | %s |\n| ratio | %.2f |\n' "$size" "$cached_rps" "$static_rps" "$(echo "$cached_rps / $static_rps" | bc -l)"
