#!/usr/bin/env bash
# Benchmarks the GTM council's pages on the demo company grown to a few years of use: 312 experiments (the demo's four
# copied: 300 scaled or retired, 4 running, 6 drafts; with their guardrails), a charter at its 43rd version
# (version 3's sections again, 40 times), and a council carrying 60 open action items from 30 past councils. Then, with
# wrk: the experiment log (/experiments), one running experiment's page (the scorecard read over its window), the
# charter (/charter) and the next council in preparation (/meetings/{id}: its "what changed" and the experiments' and
# charter's panels), each with the app's own CPU per request; then the log and the council again while people write
# (every WRITE_EVERY seconds, 2 by default, an experiment is saved and a council action item ticked or opened again, in
# SQL: the triggers move the change counters as the app's own saves do, so what the pages keep is read again).
#
#   bench/council.sh            # builds the jar, loads a fresh demo database, grows it, measures, cleans up
#
# Needs PostgreSQL on 127.0.0.1:5432 and wrk, as bench/scorecard.sh; the same tunables (DURATION, WARMUP, PREWARM,
# CONNECTIONS, THREADS, PORT, DB), and HOLD=1 to keep Cadence running on the grown database instead of measuring.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_PROFILE=   # the demo company, signed in as its CEO
. bench/lib.sh

start_cadence

echo "Growing the demo: experiments, charter versions, council action items…"
$PG -d "$DB" <<'SQL'
-- About 300 experiments, years of them: the demo's concluded ones 150 times each, its running one three times more and
-- its draft five times (a handful running at once, as in a real log), with their guardrails.
create temporary table bench_copy as
  select e.id as source_id, n from experiment e,
         generate_series(1, case e.status when 'CONCLUDED' then 150 when 'RUNNING' then 3 else 5 end) n;
with copied as (
  insert into experiment (title, hypothesis, lever_tree_id, lever_key, lever_metric_key, primary_metric_key, expected_impact,
                          comparator, threshold, segment_id, window_periods, measure, owner_id, decision_area_id, planned_start,
                          planned_end, status, started_on, ended_on, stop_reason, observed_result, verdict, verdict_summary,
                          observed_value, decision, decision_rationale, against_verdict_reason, decision_id, decided_on,
                          amendment_count, created_by, created_at, updated_at)
  select left(e.title, 180) || ' #' || c.n, e.hypothesis, e.lever_tree_id, e.lever_key, e.lever_metric_key, e.primary_metric_key,
         e.expected_impact, e.comparator, e.threshold, e.segment_id, e.window_periods, e.measure, e.owner_id, e.decision_area_id,
         e.planned_start, e.planned_end, e.status, e.started_on, e.ended_on, e.stop_reason, e.observed_result, e.verdict,
         e.verdict_summary, e.observed_value, e.decision, e.decision_rationale, e.against_verdict_reason, e.decision_id,
         e.decided_on, e.amendment_count, e.created_by, e.created_at, e.updated_at
  from bench_copy c join experiment e on e.id = c.source_id
  returning id, title)
select count(*) from copied;
insert into experiment_guardrail (experiment_id, position, metric_key, segment_id, comparator, limit_value)
  select copy.id, g.position, g.metric_key, g.segment_id, g.comparator, g.limit_value
  from experiment copy
  join experiment source on copy.title like left(source.title, 180) || ' #%' and source.title not like '% #%'
  join experiment_guardrail g on g.experiment_id = source.id;

-- The charter at its 43rd version: version 3's sections, forty more times.
insert into charter_version (charter_id, number, summary, author_id, author_name, approved_by_id, approved_by_name, approved_at)
  select v.charter_id, 3 + n, 'Benchmark revision ' || n, v.author_id, v.author_name, v.approved_by_id, v.approved_by_name,
         v.approved_at + n * interval '1 hour'
  from charter_version v, generate_series(1, 40) n where v.number = 3;
insert into charter_section (version_id, position, key, title, body)
  select nv.id, s.position, s.key, s.title, s.body || ' (rev ' || (nv.number - 3) || ')'
  from charter_version nv join charter_version v3 on v3.number = 3 and v3.charter_id = nv.charter_id
  join charter_section s on s.version_id = v3.id where nv.number > 3;
update charter set current_number = (select max(number) from charter_version);

-- The council carries 60 open action items from 30 past councils (two each), due over the last months.
create temporary table bench_council as
  select s.id as series_id, (select min(m.id) from meeting m where m.series_id = s.id) as first_meeting
  from meeting_series s where s.name = 'GTM council';
insert into action_item (series_id, meeting_id, text, owner_id, owner_name, due_on, created_by_name, created_at, updated_at)
  select c.series_id, c.first_meeting, 'Benchmark follow-up ' || n, p.id, p.name, current_date - (n % 45), 'Benchmark', now(), now()
  from bench_council c, generate_series(1, 60) n,
       lateral (select id, name from person where username in ('cro', 'cmo', 'cfo', 'vpcs') order by id offset n % 4 limit 1) p;
SQL
echo "  $($PG -d $DB -c 'select count(*) from experiment') experiments ($($PG -d $DB -c "select count(*) from experiment where status = 'RUNNING'") running),"\
" charter version $($PG -d $DB -c 'select current_number from charter'),"\
" $($PG -d $DB -c 'select count(*) from action_item a join meeting_series s on s.id = a.series_id where s.name = '"'GTM council'"' and not a.done') open council action items."

EXPERIMENT=$($PG -d "$DB" -c "select min(id) from experiment where status = 'RUNNING'")
COUNCIL=$($PG -d "$DB" -c "select m.id from meeting m join meeting_series s on s.id = m.series_id where s.name = 'GTM council' and m.status = 'PREP'")

echo "Signing in as the CEO…"
ADMIN_EMAIL=ceo ADMIN_PASSWORD=demo sign_in "/meetings/$COUNCIL"

if [ "${HOLD:-0}" = 1 ]; then
  echo "Holding: Cadence runs on $BASE (ceo / demo; council $COUNCIL, experiment $EXPERIMENT). Ctrl-C ends it."
  wait "$APP_PID"
fi


echo "Each page once, after warming up (time_total, seconds):"
for path in /experiments "/experiments/$EXPERIMENT" /charter "/meetings/$COUNCIL"; do
  for _ in $(seq 1 20); do curl -s -o /dev/null -H "Cookie: SESSION=$SESSION" "$BASE$path"; done
  curl -s -o /dev/null -w "  $path %{http_code} %{time_total}\n" -H "Cookie: SESSION=$SESSION" "$BASE$path"
done

prewarm /experiments "/experiments/$EXPERIMENT" /charter "/meetings/$COUNCIL"
machine_line
measure_with_cpu /experiments
measure_with_cpu "/experiments/$EXPERIMENT"
measure_with_cpu /charter
measure_with_cpu "/meetings/$COUNCIL"

# Saves an experiment and ticks a council action item (or opens it again) every WRITE_EVERY seconds until killed.
WRITE_EVERY=${WRITE_EVERY:-2}
ACTION=$($PG -d "$DB" -c "select min(a.id) from action_item a join meeting_series s on s.id = a.series_id where s.name = 'GTM council' and not a.done")
writer() {
  while sleep "$WRITE_EVERY"; do
    $PG -d "$DB" -c "update experiment set updated_at = now(), version = version + 1 where id = (select max(id) from experiment where status = 'DRAFT')" \
        -c "update action_item set done = not done, done_at = case when done then null else now() end, version = version + 1 where id = $ACTION" >/dev/null
  done
}
for path in /experiments "/meetings/$COUNCIL"; do
  writer & WRITER_PID=$!
  echo
  echo "(while an experiment is saved and an action item ticked every ${WRITE_EVERY}s)"
  measure_with_cpu "$path"
  kill "$WRITER_PID"; wait "$WRITER_PID" 2>/dev/null || true; WRITER_PID=
done
