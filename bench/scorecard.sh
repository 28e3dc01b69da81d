#!/usr/bin/env bash
# Benchmarks /scorecard and /metrics/{key} on a large scorecard: 12 approved weekly metrics, each
# with company-wide and three segment values for 156 weeks (7,488 values), plus targets. The last
# run reads /scorecard while values are written through the API at a fixed rate (see writer below).
#
#   bench/scorecard.sh            # builds the jar, loads a fresh database, measures, cleans up
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth, or PG* variables) and wrk
# (installed from Debian's packages when missing). Tunables: DURATION (default 30s), WARMUP (10s
# before each run), PREWARM (0s: reading all three pages in turn once before the runs; on a busy
# machine the JIT needs minutes to catch up after start-up), CONNECTIONS (16), THREADS (2),
# PORT (8090), WRITES_PER_SECOND (5), DB (cadence_bench: give another name and PORT when two
# checkouts measure at once).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
PREWARM=${PREWARM:-0s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8090}
WRITES_PER_SECOND=${WRITES_PER_SECOND:-5}
DB=${DB:-cadence_bench}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
BASE="http://127.0.0.1:$PORT"
ADMIN_EMAIL=bench@cadence.example
ADMIN_PASSWORD=bench-password-1234
TOKEN=bench-token-$RANDOM$RANDOM
WORK=$(mktemp -d)
APP_PID=
WRITER_PID=

cleanup() {
  [ -n "$WRITER_PID" ] && kill "$WRITER_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  $PG -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  echo "Installing wrk…"
  { apt-get update -qq && apt-get install -y -qq wrk; } >/dev/null
fi

echo "Building the jar…"
./mvnw -q -B -ntp -DskipTests package
JAR=$(ls target/cadence-*.jar | grep -v plain | head -1)

$PG -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

echo "Starting Cadence (prod profile, empty company) on $BASE…"
SPRING_PROFILES_ACTIVE=prod PORT=$PORT \
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
  CADENCE_ADMIN_EMAIL=$ADMIN_EMAIL CADENCE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  java -Xmx1g -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done

echo "Loading 12 metrics × (company + 3 segments) × 156 weeks…"
TOKEN_HASH=$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)
this_monday=$(date -d "$(date +%F) -$(( $(date +%u) - 1 )) days" +%F)
first_monday=$(date -d "$this_monday -156 weeks" +%F)
first_week=$(date -d "$first_monday" +%G-W%V)
$PG -d $DB <<SQL
insert into segment (key, name, display_order) values ('enterprise', 'Enterprise', 1), ('mid-market', 'Mid-market', 2), ('smb', 'SMB', 3);
insert into api_token (name, token_hash, hint, scope, owner_id, created_at)
  select 'Benchmark', '$TOKEN_HASH', '…bench', 'READ_WRITE', id, now() from person where email = '$ADMIN_EMAIL';
insert into metric_definition (key, name, definition, calculation, unit, direction, cadence, owner_id, indicator,
                               lever, segmented, at_risk_band_percent, data_source, status, display_order)
  select 'bench-metric-' || n, 'Benchmark metric ' || n, 'A weekly metric for the benchmark', 'Sum of things',
         'COUNT', case when n % 3 = 0 then 'LOWER_IS_BETTER' else 'HIGHER_IS_BETTER' end, 'WEEKLY', p.id,
         case when n % 2 = 0 then 'LAGGING' else 'LEADING' end, 'Pipeline', true, 10, 'Warehouse', 'APPROVED', n
  from generate_series(1, 12) n, person p where p.email = '$ADMIN_EMAIL';
insert into metric_target (metric_id, effective_from, period_start, segment_id, target)
  select m.id, '$first_week', date '$first_monday', s.id, 100
  from metric_definition m left join (select id from segment union all select null) s on true;
SQL

# One CSV per metric: 156 weeks ending last week, company-wide and per segment, values around the target.
for n in $(seq 1 12); do
  for w in $(seq 156 -1 1); do
    week=$(date -d "$this_monday -$w weeks" +%G-W%V)
    for seg in "" enterprise mid-market smb; do
      echo "bench-metric-$n,$week,$seg,$(( 80 + (n * 7 + w * 13) % 40 )),"
    done
  done | sed '1i metric_key,period,segment,value,narrative' > "$WORK/metric-$n.csv"
  curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
       --data-binary "@$WORK/metric-$n.csv" "$BASE/api/v1/metrics/values/import" >/dev/null
done
echo "  $($PG -d $DB -c 'select count(*) from metric_value') values stored."

echo "Signing in…"
JAR_COOKIES="$WORK/cookies"
csrf=$(curl -fs -c "$JAR_COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null \
     --data-urlencode "username=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" \
     "$BASE/login"
# Spring Session's cookie (sessions live in PostgreSQL).
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$JAR_COOKIES")
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$SESSION" "$BASE/scorecard")
[ "$status" = 200 ] || { echo "Signed-in /scorecard answered $status"; exit 1; }

measure() {
  local path=$1
  echo
  echo "== $path: warm-up $WARMUP, then $DURATION at $CONNECTIONS connections"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: SESSION=$SESSION" "$BASE$path" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$BASE$path" \
    | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%|Latency  '
  echo "  Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Writes WRITES_PER_SECOND values a second through the API for $1 seconds, on a fixed schedule (a slow
# answer delays the next write, never adds one), each to a cell the scorecard shows: metric 1..12 in
# turn, one of the last 13 weeks, company-wide or a segment. Prints how many were stored and refused.
writer() {
  local seconds=$1 stored=0 refused=0 i=0 metric week segment status codes=
  local interval_ns=$(( 1000000000 / WRITES_PER_SECOND ))
  local start_ns; start_ns=$(date +%s%N)
  local end_ns=$(( start_ns + seconds * 1000000000 ))
  local segments=("" enterprise mid-market smb)
  while :; do
    local due_ns=$(( start_ns + i * interval_ns )) now_ns; now_ns=$(date +%s%N)
    (( due_ns >= end_ns )) && break
    (( due_ns > now_ns )) && sleep "$(printf '%d.%09d' $(( (due_ns - now_ns) / 1000000000 )) $(( (due_ns - now_ns) % 1000000000 )))"
    metric=$(( i % 12 + 1 ))
    week=$(date -d "$this_monday -$(( i % 13 )) weeks" +%G-W%V)
    segment=${segments[$(( i / 12 % 4 ))]}
    status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $TOKEN" \
             -H 'Content-Type: application/json' --data "{\"value\": $(( 80 + i % 40 )), \"narrative\": \"Write $i\"}" \
             "$BASE/api/v1/metrics/bench-metric-$metric/values/$week${segment:+?segment=$segment}")
    if [ "$status" = 200 ]; then stored=$((stored + 1)); else refused=$((refused + 1)) codes="$codes $status"; fi
    i=$((i + 1))
  done
  echo "  Writes: $stored stored, $refused refused${codes:+ (HTTP$codes)} in ${seconds}s (target $WRITES_PER_SECOND/s)"
}

measure_while_writing() {
  local path=$1 seconds=${DURATION%s}
  echo
  echo "== $path while $WRITES_PER_SECOND values/s are written through the API: warm-up $WARMUP, then $DURATION at $CONNECTIONS connections"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: SESSION=$SESSION" "$BASE$path" >/dev/null
  writer "$seconds" > "$WORK/writer.out" &
  WRITER_PID=$!
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$BASE$path" \
    | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%|Latency  '
  echo "  Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  wait "$WRITER_PID"
  WRITER_PID=
  cat "$WORK/writer.out"
}

if [ "${PREWARM%s}" -gt 0 ]; then
  echo "Pre-warming: /scorecard, /scorecard?segment=enterprise and /metrics/bench-metric-1 for $PREWARM in all…"
  for _ in 1 2 3; do
    for path in /scorecard "/scorecard?segment=enterprise" /metrics/bench-metric-1; do
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(( ${PREWARM%s} / 9 ))s" -H "Cookie: SESSION=$SESSION" "$BASE$path" >/dev/null
    done
  done
fi
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"
measure /scorecard
measure "/scorecard?segment=enterprise"
measure /metrics/bench-metric-1
measure_while_writing /scorecard
