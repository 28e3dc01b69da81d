#!/usr/bin/env bash
# Benchmarks the board pack's PDF: how long a full pack takes to generate, end to end (the figures read from every
# feature, the page typeset with its charts, the PDF written), against the issue's target of under 2 s. Cadence runs in
# demo mode on a fresh database, so every section has its artifact: the demo company's quarter in progress is a draft
# whose PDF is generated on each request, and last quarter's final PDF is read back as stored. Each is fetched RUNS
# times after WARM ones (the JIT and Batik's first SVG), one at a time, as a board member or the CFO would.
#
#   bench/boardpack.sh            # builds the jar, loads the demo company, measures, cleans up
#
# Needs PostgreSQL on 127.0.0.1:5432, curl and qpdf (for the page count). Tunables: RUNS (20), WARM (5), PORT (8090), DB (cadence_bench),
# USER_NAME (cfo).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${RUNS:-20}
WARM=${WARM:-5}
USER_NAME=${USER_NAME:-cfo}

echo "Building the jar…"
./mvnw -q -B -ntp -DskipTests package
jar=$(ls target/cadence-*.jar | grep -v plain | head -1)
cp "$jar" "$WORK/cadence.jar"
$PG -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
echo "Starting Cadence (demo mode) on $BASE…"
PORT=$PORT SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx1g -jar "$WORK/cadence.jar" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  grep -q "Demo board packs" "$WORK/app.log" 2>/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
grep -q "Demo board packs" "$WORK/app.log" || { echo "The demo company did not load"; tail -50 "$WORK/app.log"; exit 1; }

cookies="$WORK/cookies"
csrf=$(curl -fs -c "$cookies" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "username=$USER_NAME" --data-urlencode "password=demo" \
     --data-urlencode "_csrf=$csrf" "$BASE/login"
current=$(curl -fs -b "$cookies" "$BASE/board-packs" | grep -o 'href="/board-packs/FY[0-9]*-Q[1-4]"' | head -1 | sed 's/.*packs\///;s/"//')
last=$(curl -fs -b "$cookies" "$BASE/board-packs" | grep -o 'href="/board-packs/FY[0-9]*-Q[1-4]"' | sed -n 2p | sed 's/.*packs\///;s/"//')
machine_line

# Fetches $1 WARM times unmeasured, then RUNS times; prints the pages, the size and min / median / p95 / max in ms.
time_pdf() {
  local path=$1 label=$2 times=() t
  for _ in $(seq 1 "$WARM"); do curl -fs -b "$cookies" -o /dev/null "$BASE$path"; done
  for _ in $(seq 1 "$RUNS"); do
    t=$(curl -fs -b "$cookies" -o "$WORK/pack.pdf" -w '%{time_total}' "$BASE$path")
    times+=("$(awk -v t="$t" 'BEGIN { printf "%.0f", t * 1000 }')")
  done
  local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  local n=${#times[@]}
  local pages; pages=$(qpdf --show-npages "$WORK/pack.pdf" 2>/dev/null || echo "?")
  printf '%-44s %3s pages %6s KB   min %5s ms  median %5s ms  p95 %5s ms  max %5s ms\n' "$label" "$pages" \
    "$(( $(stat -c %s "$WORK/pack.pdf") / 1024 ))" "$(echo "$sorted" | head -1)" "$(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p")" \
    "$(echo "$sorted" | sed -n "$(( (n * 95 + 99) / 100 ))p")" "$(echo "$sorted" | tail -1)"
}

echo
echo "== The board pack's PDF, $RUNS requests each after $WARM to warm up, one at a time"
time_pdf "/board-packs/$current.pdf" "$current draft: generated on each request"
time_pdf "/board-packs/$last.pdf" "$last final: the stored PDF, as it was"
echo "  Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
