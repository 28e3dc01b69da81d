#!/usr/bin/env bash
# Benchmarks a value-driver tree of 200 nodes: 121 input levers (120 with a sensitivity step), 60 products of two
# levers, 12 sums of five products, 6 sums of two sums and the outcome. A view of /drivers/{id} computes the tree at
# the plan and at the baselines, the sensitivity of every lever, the tornado (two outcomes per lever) and one goal seek,
# and draws the tree, its table and the what-if's fields; the page is kept until the tree changes (DriverCache), the
# plan's drawing too (RenderedFragments). Measured: the plan, a what-if asked again, a what-if never asked before
# (computed and drawn each time, its unmoved nodes from kept fragments) and the API's tree, each with the app's own CPU
# per request.
#
#   bench/drivers.sh            # builds the jar, loads a fresh database, measures, cleans up
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and wrk. Tunables as in bench/scorecard.sh: DURATION (30s),
# WARMUP (10s), PREWARM (60s), CONNECTIONS (16), THREADS (2), PORT (8090), DB (cadence_bench), and HOLD=1 to keep
# Cadence running on the loaded tree instead of measuring (to profile a page).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

start_cadence
add_segments_and_token

echo "Loading a tree of 200 nodes…"
$PG -d $DB <<SQL
insert into driver_tree (name, outcome_key, target, target_date)
  values ('Benchmark tree', 'outcome', 100000000, current_date + 365);
-- 120 levers: odd ones counts (step +10%), even ones rates (step +1 pt); and one fixed base.
insert into driver_node (tree_id, key, name, kind, unit, owner_id, baseline, assumption, step, step_relative, evidence, position)
  select t.id, 'lever_' || n, 'Lever ' || n, 'LEVER', case when n % 2 = 0 then 'PERCENT' else 'COUNT' end, p.id,
         case when n % 2 = 0 then 0.24 else 900 + n end, case when n % 2 = 0 then 0.25 else 1000 + n end,
         case when n % 2 = 0 then 0.01 else 0.1 end, n % 2 = 1, 'Benchmark evidence', n
  from driver_tree t, generate_series(1, 120) n, person p where p.email = '$ADMIN_EMAIL';
insert into driver_node (tree_id, key, name, kind, unit, owner_id, baseline, assumption, position)
  select t.id, 'base', 'Base', 'LEVER', 'MONEY', p.id, 50000000, 50000000, 0
  from driver_tree t, person p where p.email = '$ADMIN_EMAIL';
insert into driver_node (tree_id, key, name, kind, unit, formula, position)
  select t.id, 'product_' || n, 'Product ' || n, 'COMPUTED', 'MONEY', 'lever_' || (2 * n - 1) || ' * lever_' || (2 * n) || ' * 1000', 200 + n
  from driver_tree t, generate_series(1, 60) n;
insert into driver_node (tree_id, key, name, kind, unit, formula, position)
  select t.id, 'group_' || g, 'Group ' || g, 'COMPUTED', 'MONEY',
         (select string_agg('product_' || n, ' + ') from generate_series(5 * g - 4, 5 * g) n), 300 + g
  from driver_tree t, generate_series(1, 12) g;
insert into driver_node (tree_id, key, name, kind, unit, formula, position)
  select t.id, 'pair_' || h, 'Pair ' || h, 'COMPUTED', 'MONEY', 'group_' || (2 * h - 1) || ' + group_' || (2 * h), 400 + h
  from driver_tree t, generate_series(1, 6) h;
insert into driver_node (tree_id, key, name, kind, unit, formula, position)
  select t.id, 'outcome', 'Outcome', 'COMPUTED', 'MONEY', 'base + ' || (select string_agg('pair_' || h, ' + ') from generate_series(1, 6) h), -1
  from driver_tree t;
SQL
TREE=$($PG -d $DB -c "select id from driver_tree")
echo "  $($PG -d $DB -c 'select count(*) from driver_node') nodes in tree $TREE."

echo "Signing in…"
sign_in "/drivers/$TREE"
if [ "${HOLD:-0}" = 1 ]; then
  echo "Holding: Cadence runs on $BASE (tree $TREE, session cookie SESSION=$SESSION) until this script is stopped."
  wait "$APP_PID"
fi

echo "One view, computed and drawn, five times after warming up (time_total, seconds):"
for _ in $(seq 1 20); do curl -s -o /dev/null -H "Cookie: SESSION=$SESSION" "$BASE/drivers/$TREE"; done
for _ in $(seq 1 5); do curl -s -o /dev/null -w '  %{time_total}\n' -H "Cookie: SESSION=$SESSION" "$BASE/drivers/$TREE"; done


prewarm "/drivers/$TREE" "/api/v1/drivers/$TREE"
machine_line
measure_with_cpu "/drivers/$TREE"
measure_with_cpu "/drivers/$TREE?values%5Blever_2%5D=30&values%5Blever_7%5D=1200"
# A what-if never tried before in each request (as people type): computed and drawn every time.
cat > "$WORK/fresh-what-if.lua" <<LUA
request = function()
  return wrk.format("GET", "/drivers/$TREE?values%5Blever_2%5D=30&values%5Blever_7%5D=" .. math.random(1000, 2000) .. "." .. math.random(0, 999999))
end
LUA
measure_with_cpu "/drivers/$TREE" "$WORK/fresh-what-if.lua"
measure_with_cpu "/api/v1/drivers/$TREE"
