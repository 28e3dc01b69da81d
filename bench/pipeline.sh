#!/usr/bin/env bash
# Benchmarks the pipeline at the size the issue names: 40 weekly snapshots of 5,000 deals each (200,000
# deal rows). 39 snapshots are loaded in SQL; the 40th arrives as a 5,000-row Salesforce opportunity
# report through the API, and that import is timed (a new date, the same file again, a changed file for
# the same date, and a date between older snapshots, which re-derives every later one). Then /pipeline
# and /pipeline/flow are read with wrk, the last run while the latest snapshot is re-imported every
# IMPORT_EVERY seconds; then /forecast and /forecast/accuracy, whose CRM roll-up reads the same snapshots
# (no targets or calls are loaded: the roll-up is the cost), and /nrr; and /forecast again while re-imported.
#
#   bench/pipeline.sh            # builds the jar, loads a fresh database, measures, cleans up
#
# Needs PostgreSQL on 127.0.0.1:5432 and wrk, as bench/scorecard.sh; the same tunables (DURATION,
# WARMUP, PREWARM, CONNECTIONS, THREADS, PORT, DB), IMPORT_EVERY (10 s), and HOLD=1 to keep Cadence running
# on the loaded database after the imports instead of measuring (to look into a page).
set -euo pipefail
cd "$(dirname "$0")/.."
IMPORT_EVERY=${IMPORT_EVERY:-10}
. bench/lib.sh

start_cadence
add_segments_and_token

this_monday=$(date -d "$(date +%F) -$(( $(date +%u) - 1 )) days" +%F)
first_monday=$(date -d "$this_monday -39 weeks" +%F)

# Snapshot s (0 = 39 weeks ago … 39 = this Monday) holds deals s*100+1 … s*100+5000: each week 100 deals
# arrive and the 100 oldest close (a third won). Deals advance a stage every 1,000 places, one in ten is
# pushed a month every eight weeks, one in seven grows $1,000 every five weeks.
$PG -d "$DB" <<SQL
create function pg_temp.bench_deals(s int, monday date) returns table (
    deal_id text, name text, account text, owner text, segment_id bigint, segment text, deal_type text, stage text,
    category text, outcome text, amount numeric, close_date date, created_date date, source text) language sql as \$\$
  select 'OPP-' || lpad(k::text, 6, '0'), 'Deal ' || k, 'Account ' || (k % 1700), 'Rep ' || (k % 40 + 1),
         seg.id, seg.name, case when k % 4 = 0 then 'Existing Business' else 'New Business' end,
         case when pos <= 100 then case when k % 3 = 0 then 'Closed Won' else 'Closed Lost' end
              else (array['Negotiation/Review', 'Proposal/Price Quote', 'Needs Analysis', 'Qualification', 'Prospecting'])[least(5, pos / 1000 + 1)] end,
         case when pos <= 100 then case when k % 3 = 0 then 'CLOSED' else 'OMITTED' end
              else (array['COMMIT', 'BEST_CASE', 'PIPELINE', 'PIPELINE', 'PIPELINE'])[least(5, pos / 1000 + 1)] end,
         case when pos <= 100 then case when k % 3 = 0 then 'WON' else 'LOST' end else 'OPEN' end,
         ((5 + (k * 7919) % 200) * 1000 * case k % 3 when 0 then 3 when 1 then 1 else 0.3 end
           + case when k % 7 = 0 then ((s + k % 5) / 5) * 1000 else 0 end)::numeric(15, 2),
         case when pos <= 100 then monday - (k % 7)
              else date '$first_monday' + (k / 100) * 7 + 14
                   + case when k % 10 = 0 then ((s + k % 8) / 8) * 30 else 0 end end,
         date '$first_monday' - 140 + (k / 100) * 7,
         (array['Inbound', 'Outbound', 'Partner', 'Event', 'Expansion'])[k % 5 + 1]
  from generate_series(s * 100 + 1, s * 100 + 5000) k
       cross join lateral (select k - s * 100 as pos) p
       join (select id, name, row_number() over (order by display_order) - 1 as n from segment) seg on seg.n = k % 3
\$\$;

create temporary table bench_snapshot as
  select s, (date '$first_monday' + s * 7) as as_of from generate_series(0, 38) s;
insert into pipeline_snapshot (as_of, source, file_name, deal_count, open_amount, imported_by, imported_at)
  select as_of, 'SALESFORCE', 'bench-' || as_of || '.csv', 5000, 0, p.id, now()
  from bench_snapshot, person p where p.email = '$ADMIN_EMAIL';
insert into pipeline_deal (snapshot_id, deal_id, name, account, owner, segment_id, deal_type, stage, forecast_category,
                           outcome, amount, close_date, created_date, source, push_count, unchanged_since)
  select ps.id, d.deal_id, d.name, d.account, d.owner, d.segment_id, d.deal_type, d.stage, d.category, d.outcome,
         d.amount, d.close_date, d.created_date, d.source, 0, ps.as_of
  from bench_snapshot b join pipeline_snapshot ps on ps.as_of = b.as_of
       cross join lateral pg_temp.bench_deals(b.s, b.as_of) d;

update pipeline_snapshot s set open_amount = (select sum(amount) from pipeline_deal d where d.snapshot_id = s.id and d.outcome = 'OPEN');

-- What the import derives from the snapshot before (PipelineStore.deriveFrom), one snapshot after another.
$(derive_deals_sql "true")
analyze pipeline_deal;

-- This Monday's deals as Salesforce exports them (every value quoted, US dates, the currency column), twice:
-- as they are and with every amount \$1 higher (a corrected export of the same day).
create temporary table bench_export as
  select d.*, row_number() over (order by d.deal_id) as n from pg_temp.bench_deals(39, '$this_monday') d;
\copy (select deal_id as "Opportunity ID", name as "Opportunity Name", account as "Account Name", owner as "Opportunity Owner", segment as "Segment", deal_type as "Type", source as "Lead Source", stage as "Stage", initcap(replace(category, '_', ' ')) as "Forecast Category", 'USD' as "Amount Currency", amount as "Amount", to_char(close_date, 'FMMM/FMDD/YYYY') as "Close Date", to_char(created_date, 'FMMM/FMDD/YYYY') as "Created Date" from bench_export order by n) to '$WORK/export-a.csv' with (format csv, header, force_quote *)
\copy (select deal_id as "Opportunity ID", name as "Opportunity Name", account as "Account Name", owner as "Opportunity Owner", segment as "Segment", deal_type as "Type", source as "Lead Source", stage as "Stage", initcap(replace(category, '_', ' ')) as "Forecast Category", 'USD' as "Amount Currency", amount + 1 as "Amount", to_char(close_date, 'FMMM/FMDD/YYYY') as "Close Date", to_char(created_date, 'FMMM/FMDD/YYYY') as "Created Date" from bench_export order by n) to '$WORK/export-b.csv' with (format csv, header, force_quote *)
SQL
for f in a b; do
  printf '\n"Grand Totals (5000 records)"\n\n"Confidential Information - Do Not Distribute"\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\n' >> "$WORK/export-$f.csv"
done
echo "  $($PG -d "$DB" -c 'select count(*) from pipeline_snapshot') snapshots, $($PG -d "$DB" -c 'select count(*) from pipeline_deal') deals stored; the export is $(du -k "$WORK/export-a.csv" | cut -f1) KB."

# Sends an export as the snapshot of a date; prints the HTTP status and the seconds it took.
import_export() {
  local file=$1 date=$2 replace=${3:-false}
  curl -s -o "$WORK/import.out" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $TOKEN" \
       -H 'Content-Type: text/csv' --data-binary "@$file" "$BASE/api/v1/pipeline/snapshots?date=$date&replace=$replace"
}

timed_import() {
  local label=$1 result; shift
  result=$(import_export "$@")
  echo "  $label: HTTP ${result% *} in ${result#* } s (load average $(cut -d' ' -f1 /proc/loadavg))"
  [ "${result% *}" = 200 ] || [ "${result% *}" = 201 ] || { cat "$WORK/import.out"; exit 1; }
}

machine_line
echo
echo "== Importing a 5,000-row Salesforce export through the API"
timed_import "new date ($this_monday, after 39 snapshots)" "$WORK/export-a.csv" "$this_monday"
timed_import "the same file again (replace=true: changes nothing)" "$WORK/export-a.csv" "$this_monday" true
timed_import "a corrected file for the same date (replace=true: 5,000 amounts changed)" "$WORK/export-b.csv" "$this_monday" true
timed_import "the first file again (replace=true)" "$WORK/export-a.csv" "$this_monday" true

echo "Signing in…"
sign_in /pipeline
quarter=$(curl -fs -H "Cookie: SESSION=$SESSION" "$BASE/pipeline" | sed -n 's/.*<option value="\(FY[0-9]*-Q[1-4]\)" selected.*/\1/p' | head -1)
deal=OPP-004000
if [ -n "${HOLD:-}" ]; then
  echo "HOLD: Cadence runs on $BASE (database $DB, session cookie SESSION=$SESSION) until this script is stopped."
  wait "$APP_PID"
fi

# Re-imports the latest snapshot every IMPORT_EVERY seconds for $1 seconds, alternating the two exports, so
# that every import replaces 5,000 deals. Prints the imports done and their times.
importer() {
  local seconds=$1 i=0 result times= end
  end=$(( $(date +%s) + seconds ))
  while [ $(( $(date +%s) + IMPORT_EVERY )) -le "$end" ]; do
    sleep "$IMPORT_EVERY"
    if (( i % 2 == 0 )); then result=$(import_export "$WORK/export-b.csv" "$this_monday" true)
    else result=$(import_export "$WORK/export-a.csv" "$this_monday" true); fi
    times="$times ${result% *}:${result#* }s"
    i=$((i + 1))
  done
  echo "  Imports (HTTP status:time):$times"
}

# $1 read while this Monday's 5,000 deals are re-imported every IMPORT_EVERY seconds.
measure_while_importing() {
  echo
  echo "== $1 while this Monday's 5,000 deals are re-imported every ${IMPORT_EVERY}s: warm-up $WARMUP, then $DURATION at $CONNECTIONS connections"
  ( sleep "${WARMUP%s}"; importer "${DURATION%s}" > "$WORK/importer.out" ) &
  WRITER_PID=$!
  wrk_run "$1"
  wait "$WRITER_PID"
  WRITER_PID=
  cat "$WORK/importer.out"
}

prewarm /pipeline /pipeline/flow /forecast /forecast/accuracy /nrr
measure /pipeline
measure "/pipeline?segment=enterprise${quarter:+&quarter=$quarter}"
measure /pipeline/flow
measure "/pipeline/flow?segment=enterprise"
measure "/pipeline/deals/$deal"
measure_while_importing /pipeline/flow

measure /forecast
measure /forecast/accuracy
measure /nrr
measure_while_importing /forecast

echo
echo "== An export for a day between older snapshots (every later snapshot is derived again)"
timed_import "$(date -d "$first_monday +20 weeks +2 days" +%F) (19 later snapshots)" "$WORK/export-a.csv" "$(date -d "$first_monday +20 weeks +2 days" +%F)"
