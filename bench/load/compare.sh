#!/usr/bin/env bash
# One run, one database, one set of durability settings: records decisions through the API from N clients, then
# makes the same rows with pgbench from N clients straight into the same PostgreSQL, and prints both side by side
# with the ratio and latency percentiles.
#
# Usage: bench/load/compare.sh [clients] [seconds]
# Environment:
#   BENCH_DURABLE=true|false  the embedded database's fsync and synchronous_commit (default true, the service's default;
#                             false is what the test profile uses). Both sides run against the same server, so both
#                             always have the same settings; they are printed.
#   BENCH_PORT                the service's port (default 18090)
#   BENCH_WARMUP              seconds of API load before the measured run (default 30): the JIT compiles the hot path
#   BENCH_RATE=R              offer R decisions per second in all (open loop, Poisson arrivals) instead of the closed
#                             loop, to both sides: the API clients and pgbench --rate. A latency then counts from when
#                             the request was due, on both sides, so a queue behind a slow request is charged to it.
#                             The throughputs are then both about R, so the ratio is not printed; the latencies are
#                             what this reading is for.
#   BENCH_JFR=file.jfr        also record a JFR profile of the service during the API run (settings=profile)
#   BENCH_JAR                 the jar to run (default target/safeshare-exec.jar, built if missing). The run is labelled
#                             with the commit the jar was built from, read from <jar>.commit, which this script writes
#                             when it builds the jar and bench/load/jar-at.sh writes for a jar of any commit; a jar
#                             without one is labelled "built from an unknown commit", never with the worktree's.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
clients=${1:-32}
seconds=${2:-20}
durable=${BENCH_DURABLE:-true}
port=${BENCH_PORT:-18090}
jar=${BENCH_JAR:-target/safeshare-exec.jar}
if [ ! -f "$jar" ]; then
  label="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ', with uncommitted changes')"
  ./mvnw -q -B package -DskipTests
  [ "$jar" = target/safeshare-exec.jar ] && echo "$label" > "$jar.commit"
fi
if [ -f "$jar.commit" ]; then jar_commit=$(cat "$jar.commit"); else jar_commit="built from an unknown commit (no $jar.commit)"; fi
mkdir -p target
# An earlier run stopped hard (kill -9, a closed terminal) leaves its database behind, 200-400 MB each: delete those
# whose PostgreSQL is no longer running.
for old in "$root"/target/bench-compare.*; do
  [ -d "$old" ] || continue
  pid=$(sed -n 1p "$old/postgres/postmaster.pid" 2>/dev/null || true)
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then rm -rf "$old"; fi
done
data=$(mktemp -d "$root/target/bench-compare.XXXXXX")
# Stops the service, then its PostgreSQL if the service did not (killed, or slow to stop on a busy machine: fast
# shutdown, then immediate), and deletes the run's directory only once nothing writes into it any more.
cleanup() {
  trap - EXIT INT TERM HUP
  if [ -n "${service:-}" ]; then kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; fi
  local pid signal
  pid=$(sed -n 1p "$data/postgres/postmaster.pid" 2>/dev/null || true)
  for signal in INT QUIT KILL; do
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break
    kill -"$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  done
  rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

SPRING_PROFILES_ACTIVE=demo SAFESHARE_PORT=$port SAFESHARE_EMBEDDED_DATA_DIRECTORY="$data/postgres" \
  SAFESHARE_AUDIT_SIGNING_KEY_FILE="$data/audit-signing-key.pem" SAFESHARE_KEYSET_FILE="$data/keyset.json" \
  SAFESHARE_DATABASE_EMBEDDEDDURABLE=$durable \
  "$JAVA_HOME/bin/java" -jar "$jar" > "$data/service.log" 2>&1 &
service=$!
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null && break
  sleep 1
done
pgport=$(sed -n 4p "$data/postgres/postmaster.pid")
sql() { psql -X -q -h localhost -p "$pgport" -U postgres -d postgres -Atc "$1"; }
postmaster=$(sed -n 1p "$data/postgres/postmaster.pid")
# CPU seconds used so far (user + system, in clock ticks): the machine is shared, so besides the rates, which other
# processes slow down, each side's CPU per transaction is reported, which they do not change much.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# The database's: the postmaster, the backends it has reaped (cutime, cstime) and the backends still running.
db_ticks() {
  local total children
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat")
  for child in $(ps -o pid= --ppid "$postmaster"); do children=$(ticks "$child"); total=$((total + children)); done
  echo "$total"
}
hz=$(getconf CLK_TCK)

echo "jar $jar (commit $jar_commit; sha256 $(sha256sum "$jar" | cut -c1-12)), $(nproc) cores," \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "database: $(sql 'select version()' | cut -d, -f1); fsync=$(sql 'show fsync'), synchronous_commit=$(sql 'show synchronous_commit')," \
  "full_page_writes=$(sql 'show full_page_writes'), wal_sync_method=$(sql 'show wal_sync_method'), shared_buffers=$(sql 'show shared_buffers')"

echo
warmup=${BENCH_WARMUP:-30}
rate=${BENCH_RATE:-0}
if [ "$rate" != 0 ]; then offered=", open loop at $rate decisions/s offered"; throttle="-R $rate"; else offered=", closed loop"; throttle=""; fi
echo "== API: POST /api/v1/decisions, $clients clients, ${seconds}s after a ${warmup} s warm-up$offered"
# Warm-up (the JIT compiles the hot path; on a busy machine that takes a while), then the measured run alone.
"$JAVA_HOME/bin/java" bench/load/RecordDecisions.java "http://localhost:$port" demo-oakfield-token "$clients" "$warmup" 0 > "$data/warm-up.txt"
if [ -n "${BENCH_JFR:-}" ]; then
  "$JAVA_HOME/bin/jcmd" $service JFR.start name=bench settings=profile >/dev/null
fi
db_before=$(db_ticks); service_before=$(ticks $service)
"$JAVA_HOME/bin/java" bench/load/RecordDecisions.java "http://localhost:$port" demo-oakfield-token "$clients" "$seconds" 0 "$rate" | grep -v '^warm-up' | tee "$data/api.txt"
db_api=$(( $(db_ticks) - db_before )); service_api=$(( $(ticks $service) - service_before ))
recorded=$(sed -n 's/^decisions recorded: \([0-9]*\).*/\1/p' "$data/api.txt")
if [ -n "${BENCH_JFR:-}" ]; then
  "$JAVA_HOME/bin/jcmd" $service JFR.dump name=bench filename="$(realpath -m "$BENCH_JFR")" >/dev/null
  echo "JFR profile: $BENCH_JFR"
fi
echo "load average after the API run: $(cut -d' ' -f1-3 /proc/loadavg)"

# The rows a recorded decision writes, copied from one the API wrote: the decision, its first version (the same JSON,
# bound as parameters as the service binds them, and the list columns of V196), the recipient row the lists read
# (V196, V197) and its audit event, in one transaction.
sample=$(sql "select decision_id from decision_version where recorded_by_api_client is not null limit 1")
sql "select facts::text from decision_version where decision_id = '$sample'" > "$data/facts.json"
sql "select recommendation::text from decision_version where decision_id = '$sample'" > "$data/recommendation.json"
sql "select decision::text from decision_version where decision_id = '$sample'" > "$data/decision.json"
IFS='|' read -r organisation person client recipient rule_set sharing_date outcome purpose < <(sql "select d.organisation_id, d.person_id,
  v.recorded_by_api_client, v.recipient_organisation_id, v.rule_set, v.sharing_date, v.outcome, v.purpose
  from decision d join decision_version v on v.decision_id = d.id where d.id = '$sample'")
partnership=$(sql "select partnership_id from organisation where id = '$organisation'")
cat > "$data/record.sql" <<SQL
\\set n random(1, 1000000000)
BEGIN;
INSERT INTO decision (id, organisation_id, person_id, created_at) VALUES (gen_random_uuid(), :organisation, :person, now())
  RETURNING id AS decision_id \\gset
INSERT INTO decision_version (decision_id, version, recorded_at, recorded_by, recorded_by_api_client, correction_reason,
  guidance_version, facts, recommendation, decision, choice, departs_from_recommendation, recipient_organisation_id,
  sharing_date, rule_set, outcome, purpose)
  VALUES (:decision_id, 1, now(), NULL, :client, NULL, '2024', :facts::jsonb, :recommendation::jsonb, :decision::jsonb,
  'SHARE', false, :recipient, :sharing_date, :rule_set, :outcome, :purpose);
INSERT INTO decision_recipient (organisation_id, decision_id, decision_created_at, person_id)
  VALUES (:recipient, :decision_id, now(), :person);
INSERT INTO audit_event (occurred_at, actor_kind, actor_id, organisation_id, partnership_id, roles, action, outcome, person_id,
  touched, purpose, request_id, client_address)
  VALUES (now(), 'API_CLIENT', :client, :organisation, :partnership, 'API_CLIENT', 'DECISION_RECORDED', 'DONE', :person,
  'DECISION:' || :decision_id, NULL, gen_random_uuid()::text, '127.0.0.1');
COMMIT;
SQL
echo
echo "== pgbench: the same four inserts in one transaction (prepared statements), $clients clients, ${seconds}s$offered"
mkdir -p "$data/pgbench"
db_before=$(db_ticks)
(cd "$data/pgbench" && pgbench -n -h localhost -p "$pgport" -U postgres -M prepared -c "$clients" -j 2 -T "$seconds" $throttle -l \
  -D organisation="$organisation" -D person="$person" -D client="$client" -D recipient="$recipient" -D partnership="$partnership" \
  -D rule_set="$rule_set" -D sharing_date="$sharing_date" -D outcome="$outcome" -D purpose="$purpose" -D facts="$(cat "$data/facts.json")" \
  -D recommendation="$(cat "$data/recommendation.json")" -D decision="$(cat "$data/decision.json")" \
  -f "$data/record.sql" postgres) > "$data/pgbench.txt" 2>&1 || { cat "$data/pgbench.txt"; exit 1; }
db_raw=$(( $(db_ticks) - db_before ))
grep -E "^(tps|number of (transactions actually processed|failed|transactions skipped))" "$data/pgbench.txt"
cat "$data/pgbench"/pgbench_log.* | awk '{print $3}' | sort -n > "$data/pgbench-latencies.txt"
percentile() { awk -v p="$1" '{a[NR]=$1} END {i=int(p*NR); if (i >= NR) i=NR-1; printf "%.1f", a[i+1]/1000}' "$data/pgbench-latencies.txt"; }
echo "latency ms: p50 $(percentile 0.50)  p90 $(percentile 0.90)  p99 $(percentile 0.99)  max $(percentile 1)"
echo "load average after pgbench: $(cut -d' ' -f1-3 /proc/loadavg)"

api=$(sed -n 's/^throughput: \([0-9.]*\).*/\1/p' "$data/api.txt")
raw=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$data/pgbench.txt")
echo
made=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$data/pgbench.txt")
per() { awk -v t="$1" -v n="$2" -v hz="$hz" 'BEGIN {printf "%.2f", 1000 * t / hz / n}'; }
echo
echo "CPU per decision through the API: service $(per "$service_api" "$recorded") ms + database $(per "$db_api" "$recorded") ms"
echo "CPU per pgbench transaction: database $(per "$db_raw" "$made") ms (pgbench's own CPU not counted)"
if [ "$rate" != 0 ]; then
  echo "== API $api decisions/s, pgbench $raw transactions/s, both offered $rate per second (compare the latencies)"
  exit 0
fi
echo "== API $api decisions/s, pgbench $raw transactions/s: the API runs at $(awk -v a="$api" -v r="$raw" 'BEGIN {printf "%.1f", 100*a/r}')% of raw"
