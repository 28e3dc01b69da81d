# What every benchmark shares: settings, a fresh database, Cadence started from its jar with the prod profile
# and an empty company, a signed-in session, a bearer token, and wrk runs that print the figures and the load.
# Sourced by the scripts beside it; see bench/scorecard.sh for the tunables. BENCH_JAVA_OPTS adds JVM options (e.g. a flight
# recording: -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile).
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
PREWARM=${PREWARM:-60s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8090}
DB=${DB:-cadence_bench}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
BASE="http://127.0.0.1:$PORT"
ADMIN_EMAIL=bench@cadence.example
ADMIN_PASSWORD=bench-password-1234
TOKEN=bench-token-$RANDOM$RANDOM
WORK=$(mktemp -d)
APP_PID=
WRITER_PID=
SESSION=

cleanup() {
  [ -n "$WRITER_PID" ] && kill "$WRITER_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  $PG -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Builds the jar, creates the database and starts Cadence on it; returns once it answers.
start_cadence() {
  if ! command -v wrk >/dev/null; then
    echo "Installing wrk…"
    { apt-get update -qq && apt-get install -y -qq wrk; } >/dev/null
  fi
  echo "Building the jar…"
  ./mvnw -q -B -ntp -DskipTests package
  local jar; jar=$(ls target/cadence-*.jar | grep -v plain | head -1)
  # A copy, so that a build in this checkout while the benchmark runs does not pull the jar from under it.
  cp "$jar" "$WORK/cadence.jar"
  $PG -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
  # BENCH_PROFILE= (empty) starts the demo company instead (bench/council.sh measures on top of it).
  echo "Starting Cadence (${BENCH_PROFILE-prod} profile) on $BASE…"
  SPRING_PROFILES_ACTIVE=${BENCH_PROFILE-prod} PORT=$PORT \
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
    CADENCE_ADMIN_EMAIL=$ADMIN_EMAIL CADENCE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$WORK/cadence.jar" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    # Up, and (in demo mode) the demo company loaded: its loaders run after the server answers.
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && grep -q "Cadence is ready" "$WORK/app.log" && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 1
  done
}

# The three segments and a read-write API token of the administrator ($TOKEN).
add_segments_and_token() {
  local token_hash; token_hash=$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)
  $PG -d "$DB" <<SQL
insert into segment (key, name, display_order) values ('enterprise', 'Enterprise', 1), ('mid-market', 'Mid-market', 2), ('smb', 'SMB', 3);
insert into api_token (name, token_hash, hint, scope, owner_id, created_at)
  select 'Benchmark', '$token_hash', '…bench', 'READ_WRITE', id, now() from person where email = '$ADMIN_EMAIL';
SQL
}

# Signs the administrator in and checks that $1 answers 200 with the session ($SESSION: Spring Session's cookie).
sign_in() {
  local cookies="$WORK/cookies" csrf status
  csrf=$(curl -fs -c "$cookies" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b "$cookies" -c "$cookies" -o /dev/null \
       --data-urlencode "username=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" \
       "$BASE/login"
  SESSION=$(awk '$6 == "SESSION" { print $7 }' "$cookies")
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$SESSION" "$BASE$1")
  [ "$status" = 200 ] || { echo "Signed-in $1 answered $status"; exit 1; }
}

# wrk on $1, signed in: a warm-up, then the measured run, its figures and the load average.
wrk_run() {
  local path=$1
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: SESSION=$SESSION" "$BASE$path" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$BASE$path" \
    | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%|Latency  '
  echo "  Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}

measure() {
  echo
  echo "== $1: warm-up $WARMUP, then $DURATION at $CONNECTIONS connections"
  wrk_run "$1"
}

# Reads each path given in turn, 10 s each, for at least $PREWARM in all and then until the JIT compiler has settled:
# after start-up it compiles for minutes on two cores (tens of thousands of methods, one core busy), and a page measured
# meanwhile reads several times its steady cost. Settled: fewer than $SETTLED methods compiled per path in a round
# (jstat, from the JDK); at most $PREWARM_MAX seconds. PREWARM=0s skips it.
SETTLED=${SETTLED:-50}
PREWARM_MAX=${PREWARM_MAX:-900}
compiled_methods() { jstat -compiler "$APP_PID" 2>/dev/null | awk 'NR == 2 { print $1 }'; }
prewarm() {
  [ "${PREWARM%s}" -gt 0 ] || return 0
  echo "Pre-warming: $* for at least $PREWARM, then until the JIT compiler settles (at most ${PREWARM_MAX}s)…"
  local start=$SECONDS before after path
  while :; do
    before=$(compiled_methods)
    for path in "$@"; do
      wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -H "Cookie: SESSION=$SESSION" "$BASE$path" >/dev/null
    done
    after=$(compiled_methods)
    if [ $((SECONDS - start)) -ge "${PREWARM%s}" ]; then
      [ -z "$after" ] && break   # no jstat (a JRE): the minimum only
      [ $((after - before)) -lt $((SETTLED * $#)) ] && break
    fi
    [ $((SECONDS - start)) -ge "$PREWARM_MAX" ] && break
  done
  echo "  Pre-warmed for $((SECONDS - start)) s; ${after:-?} methods compiled, ${after:+$((after - before)) in the last round}"
}

# SQL that derives each snapshot's deals from the snapshot before, as the import does (PipelineStore.deriveFrom): how often
# a deal's close date moved later, and since when it stayed as it is. $1 limits it to some deals (a condition on c).
derive_deals_sql() {
  cat <<SQL
do \$\$
declare cur record; prev bigint := null;
begin
  for cur in select id from pipeline_snapshot order by as_of loop
    if prev is not null then
      update pipeline_deal c set
          push_count = p.push_count + case when c.close_date > p.close_date then 1 else 0 end,
          unchanged_since = case when (p.amount, p.stage, p.forecast_category, p.outcome, p.close_date)
                                      is distinct from (c.amount, c.stage, c.forecast_category, c.outcome, c.close_date)
                                 then c.unchanged_since else p.unchanged_since end
      from pipeline_deal p where c.snapshot_id = cur.id and (${1:-true}) and p.snapshot_id = prev and p.deal_id = c.deal_id;
    end if;
    prev := cur.id;
  end loop;
end \$\$;
SQL
}

# As measure, with the app's own CPU time per request (from /proc: what a page costs whatever else the machine runs).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
# $2, when given, is a wrk Lua script (e.g. a request that differs each time).
measure_with_cpu() {
  local script=${2:+-s $2}
  echo
  echo "== $1${2:+ (wrk script $2)}: warm-up $WARMUP, then $DURATION at $CONNECTIONS connections"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" $script -H "Cookie: SESSION=$SESSION" "$BASE$1" >/dev/null
  local before after out requests
  before=$(cpu_ticks)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency $script -H "Cookie: SESSION=$SESSION" "$BASE$1")
  after=$(cpu_ticks)
  echo "$out" | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%|Latency  '
  requests=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
  awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN { printf "  App CPU: %.1f s for %d requests, %.1f ms a request\n", t / hz, n, n ? 1000 * t / hz / n : 0 }'
  echo "  Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}

machine_line() {
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"
}
