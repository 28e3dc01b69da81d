#!/usr/bin/env bash
# Benchmarks /scorecard and /metrics/{key} on a large scorecard: 12 approved weekly metrics, each
# with company-wide and three segment values for 156 weeks (7,488 values), plus targets. The last
# run reads /scorecard while values are written through the API at a fixed rate (see writer below).
#
#   bench/scorecard.sh            # builds the jar, loads a fresh database, measures, cleans up
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth, or PG* variables) and wrk
# (installed from Debian's packages when missing). Tunables: DURATION (default 30s), WARMUP (10s
# before each run), PREWARM (60s: reading the pages measured in turn for at least that long, then on
# until the JIT compiler has settled, SETTLED and PREWARM_MAX in bench/lib.sh), CONNECTIONS (16), THREADS (2),
# PORT (8090), WRITES_PER_SECOND (5), DB (cadence_bench: give another name and PORT when two
# checkouts measure at once).
set -euo pipefail
cd "$(dirname "$0")/.."
WRITES_PER_SECOND=${WRITES_PER_SECOND:-5}
. bench/lib.sh

start_cadence
add_segments_and_token

echo "Loading 12 metrics × (company + 3 segments) × 156 weeks…"
this_monday=$(date -d "$(date +%F) -$(( $(date +%u) - 1 )) days" +%F)
first_monday=$(date -d "$this_monday -156 weeks" +%F)
first_week=$(date -d "$first_monday" +%G-W%V)
$PG -d $DB <<SQL
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
sign_in /scorecard

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
  ( sleep "${WARMUP%s}"; writer "$seconds" > "$WORK/writer.out" ) &
  WRITER_PID=$!
  wrk_run "$path"
  wait "$WRITER_PID"
  WRITER_PID=
  cat "$WORK/writer.out"
}

prewarm /scorecard "/scorecard?segment=enterprise" /metrics/bench-metric-1
machine_line
measure /scorecard
measure "/scorecard?segment=enterprise"
measure /metrics/bench-metric-1
measure_while_writing /scorecard
