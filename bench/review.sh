#!/usr/bin/env bash
# Benchmarks the weekly forecast & pipeline review's meeting page at the size the issue names: the demo company with
# its pipeline grown to 40 weekly snapshots of 5,000 deals (the demo's own deals in its own snapshots, 4,900 or so
# synthetic ones beside them, and older snapshots of synthetic deals before the demo's first), then with wrk: this
# week's review in preparation and last week's closed one (/meetings/{id}, every panel as of its meeting's week:
# the call, what moved, the deals that moved, coverage and sources, NRR and at-risk accounts), each with the app's
# own CPU per request; then this week's again while people write (WRITE_EVERY, as bench/council.sh).
#
#   bench/review.sh            # builds the jar, loads a fresh demo database, grows it, measures, cleans up
#
# Needs PostgreSQL on 127.0.0.1:5432 and wrk, as bench/scorecard.sh; the same tunables (DURATION, WARMUP, PREWARM,
# CONNECTIONS, THREADS, PORT, DB), and HOLD=1 to keep Cadence running on the grown database instead of measuring.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_PROFILE=   # the demo company, signed in as its CEO
. bench/lib.sh

start_cadence

echo "Growing the demo's pipeline to 40 snapshots of 5,000 deals…"
first_demo=$($PG -d "$DB" -c "select min(as_of) from pipeline_snapshot")
$PG -d "$DB" <<SQL
-- Synthetic deal k as of snapshot s (a Monday): each week 100 arrive and the 100 oldest close (a third won), deals
-- advance a stage every 1,000 places, one in ten is pushed a month every eight weeks; spread over the demo's segments.
create function pg_temp.bench_deals(s int, monday date, n int) returns table (
    deal_id text, name text, account text, owner text, segment_id bigint, stage text, category text, outcome text,
    amount numeric, close_date date, created_date date, source text) language sql as \$\$
  select 'BENCH-' || lpad(k::text, 6, '0'), 'Bench deal ' || k, 'Bench account ' || (k % 1700), 'Rep ' || (k % 40 + 1),
         seg.id,
         case when pos <= 100 then case when k % 3 = 0 then 'Closed Won' else 'Closed Lost' end
              else (array['Negotiation', 'Proposal', 'Discovery', 'Qualification', 'Prospecting'])[least(5, pos / 1000 + 1)] end,
         case when pos <= 100 then case when k % 3 = 0 then 'CLOSED' else 'OMITTED' end
              else (array['COMMIT', 'BEST_CASE', 'PIPELINE', 'PIPELINE', 'PIPELINE'])[least(5, pos / 1000 + 1)] end,
         case when pos <= 100 then case when k % 3 = 0 then 'WON' else 'LOST' end else 'OPEN' end,
         ((5 + (k * 7919) % 200) * 100)::numeric(15, 2),
         case when pos <= 100 then monday - (k % 7)
              else monday + (pos / 50) + case when k % 10 = 0 then ((s + k % 8) / 8) * 30 else 0 end end,
         monday - 140 + (k % 100),
         (array['Inbound', 'Outbound', 'Partner', 'Event', 'Expansion'])[k % 5 + 1]
  from generate_series(s * 100 + 1, s * 100 + n) k
       cross join lateral (select k - s * 100 as pos) p
       join (select id, row_number() over (order by display_order) - 1 as r, count(*) over () as c from segment) seg
         on seg.r = k % seg.c
\$\$;

-- 40 Mondays ending with the demo's latest snapshot; those before the demo's first get a snapshot of their own.
create temporary table bench_week as
  select s, (select max(as_of) from pipeline_snapshot) - (39 - s) * 7 as as_of from generate_series(0, 39) s;
insert into pipeline_snapshot (as_of, source, file_name, deal_count, open_amount, imported_by, imported_at)
  select w.as_of, 'SALESFORCE', 'bench-' || w.as_of || '.csv', 0, 0, p.id, now()
  from bench_week w, person p where p.username = 'revops' and w.as_of < date '$first_demo';
insert into pipeline_deal (snapshot_id, deal_id, name, account, owner, segment_id, stage, forecast_category,
                           outcome, amount, close_date, created_date, source, push_count, unchanged_since)
  select ps.id, d.deal_id, d.name, d.account, d.owner, d.segment_id, d.stage, d.category, d.outcome,
         d.amount, d.close_date, d.created_date, d.source, 0, ps.as_of
  from bench_week w join pipeline_snapshot ps on ps.as_of = w.as_of
       cross join lateral (select count(*) as demo from pipeline_deal x where x.snapshot_id = ps.id) c
       cross join lateral pg_temp.bench_deals(w.s, w.as_of, 5000 - c.demo::int) d;

-- What the import derives from the snapshot before (push count, unchanged since), for the synthetic deals.
$(derive_deals_sql "c.deal_id like 'BENCH-%'")
update pipeline_snapshot s set deal_count = (select count(*) from pipeline_deal d where d.snapshot_id = s.id),
       open_amount = (select coalesce(sum(amount), 0) from pipeline_deal d where d.snapshot_id = s.id and d.outcome = 'OPEN');
analyze pipeline_deal;
SQL
echo "  $($PG -d "$DB" -c 'select count(*) from pipeline_snapshot') snapshots, $($PG -d "$DB" -c 'select count(*) from pipeline_deal') deals stored."

REVIEW=$($PG -d "$DB" -c "select m.id from meeting m join meeting_series s on s.id = m.series_id
                          where s.kind = 'FORECAST_REVIEW' and m.status = 'PREP' order by m.scheduled_at limit 1")
PAST=$($PG -d "$DB" -c "select m.id from meeting m join meeting_series s on s.id = m.series_id
                        where s.kind = 'FORECAST_REVIEW' and m.status = 'CLOSED' order by m.scheduled_at desc limit 1")

echo "Signing in as the CEO…"
ADMIN_EMAIL=ceo ADMIN_PASSWORD=demo sign_in "/meetings/$REVIEW"

if [ "${HOLD:-0}" = 1 ]; then
  echo "Holding: Cadence runs on $BASE (ceo / demo; this week's review $REVIEW, last week's $PAST). Ctrl-C ends it."
  wait "$APP_PID"
fi

echo "Each page once, after warming up (time_total, seconds):"
for path in "/meetings/$REVIEW" "/meetings/$PAST" /pipeline /forecast /nrr; do
  for _ in $(seq 1 20); do curl -s -o /dev/null -H "Cookie: SESSION=$SESSION" "$BASE$path"; done
  curl -s -o /dev/null -w "  $path %{http_code} %{time_total}\n" -H "Cookie: SESSION=$SESSION" "$BASE$path"
done

prewarm "/meetings/$REVIEW" "/meetings/$PAST"
machine_line
measure_with_cpu "/meetings/$REVIEW"
measure_with_cpu "/meetings/$PAST"

# Every WRITE_EVERY seconds until killed: a note typed on one of this week's agenda items, an at-risk account's save plan
# edited and this week's call saved again: each moves what this week's review reads (the meeting, the NRR, the call).
WRITE_EVERY=${WRITE_EVERY:-2}
writer() {
  while sleep "$WRITE_EVERY"; do
    $PG -d "$DB" \
        -c "update agenda_item set notes = 'Bench note at ' || clock_timestamp(), updated_at = now(), version = version + 1
            where id = (select min(id) from agenda_item where meeting_id = $REVIEW)" \
        -c "update nrr_at_risk_account set save_plan = 'Bench save plan at ' || clock_timestamp(), changed_at = now(),
            version = version + 1 where id = (select min(id) from nrr_at_risk_account)" \
        -c "update forecast_call set called_at = now(), version = version + 1 where id = (select max(id) from forecast_call)" >/dev/null
  done
}
writer & WRITER_PID=$!
echo
echo "(while a note is typed, an at-risk account edited and the call saved again every ${WRITE_EVERY}s)"
measure_with_cpu "/meetings/$REVIEW"
kill "$WRITER_PID"; wait "$WRITER_PID" 2>/dev/null || true; WRITER_PID=
