#!/usr/bin/env bash
# MASH queue benchmark: starts the packaged service (demo profile) on a fresh embedded database under target/referrals-bench/,
# sends one referral through the API as the template, fills the queue with bench/referrals/generate.sql, then reads the
# queue and referrals from N concurrent clients (ReadReferrals.java) and runs the same queries in PostgreSQL alone with
# pgbench at the same concurrency, in one run. Deletes the database unless BENCH_KEEP=1.
#
# Usage: bench/referrals/run.sh [referrals] [users] [seconds]   (defaults 5000 32 30)
# Environment: BENCH_PORT (default 18093), BENCH_JAR, BENCH_JAVA_OPTS (extra JVM options for the service, e.g. a JFR recording),
#              BENCH_WARMUP (seconds of reads not counted before the measured run, default 60),
#              BENCH_THINK_MS (mean pause of each client between pairs of reads, default 0: a closed loop; several values
#              separated by spaces measure each in turn on the same service; see ReadReferrals.java),
#              BENCH_READ ("api", the default: the partner system's API with the MASH's token; "pages": the HTML pages
#              as the signed-in MASH officer sees them; "api pages" measures both in turn).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
referrals=${1:-5000}; users=${2:-32}; seconds=${3:-30}
port=${BENCH_PORT:-18093}
jar=${BENCH_JAR:-target/safeshare-exec.jar}
[ -f "$jar" ] || ./mvnw -q -B -o package -DskipTests
data="$root/target/referrals-bench"
rm -rf "$data"; mkdir -p "$data"
env=(SPRING_PROFILES_ACTIVE=demo SAFESHARE_PORT=$port SAFESHARE_SECURE_COOKIES=false SAFESHARE_EMBEDDED_DATA_DIRECTORY="$data/postgres"
     SAFESHARE_AUDIT_SIGNING_KEY_FILE="$data/audit-signing-key.pem" SAFESHARE_KEYSET_FILE="$data/keyset.json")
env "${env[@]}" "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -jar "$jar" > "$data/service.log" 2>&1 &
service=$!
cleanup() {
  kill $service 2>/dev/null || true; wait $service 2>/dev/null || true
  for _ in $(seq 1 30); do [ -f "$data/postgres/postmaster.pid" ] || break; sleep 1; done
  [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$data"
}
trap cleanup EXIT
for _ in $(seq 1 300); do curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null && break; sleep 1; done
[ -f "$data/postgres/postmaster.pid" ] || { echo "the service did not start:"; tail -20 "$data/service.log"; exit 1; }
pgport=$(sed -n 4p "$data/postgres/postmaster.pid")
sql() { psql -X -q -h localhost -p "$pgport" -U postgres -d postgres -Atc "$1"; }
base="http://localhost:$port"

ava=$(sql "select p.id from person p join organisation o on o.id = p.organisation_id where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'")
curl -sf -o /dev/null -H 'Authorization: Bearer demo-oakfield-token' -H 'Content-Type: application/json' --data "
  {\"type\": \"CHILDRENS_SOCIAL_CARE\", \"personId\": \"$ava\", \"immediateDanger\": false,
   \"concernFacts\": \"Ava came to school with bruises on both upper arms; she said her mum's boyfriend grabbed her.\",
   \"concernOpinion\": \"She seemed frightened to go home.\", \"concernHistorical\": \"Lateness and hunger noted in the spring term.\",
   \"risk\": \"Significant harm suspected\", \"familyTold\": \"NOT_TOLD\", \"familyResponse\": \"Telling her mother could put her at risk\",
   \"otherAgencies\": \"Brook Lane Surgery\"}" "$base/api/v1/referrals"

echo "== generating $referrals open referrals (bench/referrals/generate.sql)"
psql -X -q -h localhost -p "$pgport" -U postgres -d postgres -v referrals="$referrals" -f bench/referrals/generate.sql | grep -v '^$'
sql "select id from referral order by random() limit 500" > "$data/ids.txt"
mash=$(sql "select id from organisation where name = 'Riverside MASH'")
one=$(head -1 "$data/ids.txt")

# CPU seconds (user + system) of the service's JVM and of PostgreSQL (postmaster and its backends), to see where the
# time of the service's run goes on a shared machine.
ticks=$(getconf CLK_TCK)
cpu() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
postmaster=$(head -1 "$data/postgres/postmaster.pid")
postgres_pids() { echo "$postmaster" $(pgrep -P "$postmaster"); }
for mode in ${BENCH_READ:-api}; do
warm=${BENCH_WARMUP:-60}   # each way of reading has its own code path to compile
for think in ${BENCH_THINK_MS:-0}; do
  echo
  echo "== service: $users concurrent clients, ${seconds}s after ${warm}s warm-up, think time $think ms, reading the $mode (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  service_before=$(cpu $service); postgres_before=$(cpu $(postgres_pids))
  "$JAVA_HOME/bin/java" bench/referrals/ReadReferrals.java "$base" demo-mash-token "$users" "$seconds" "$data/ids.txt" "$warm" "$think" "$mode"
  echo "CPU during the run (warm-up included): service $(( ($(cpu $service) - service_before) / ticks )) s," \
    "PostgreSQL $(( ($(cpu $(postgres_pids)) - postgres_before) / ticks )) s (backends that ended are not counted)"
  warm=10   # the service is warm after the first measured run
done
done
echo
echo "== the same queries in PostgreSQL alone: pgbench, $users clients, ${seconds}s (one transaction = the queue's two queries and the referral's one)"
pgbench -n -r -h localhost -p "$pgport" -U postgres -c "$users" -j 2 -T "$seconds" -D mash="'$mash'" -D referral="'$one'" \
  -f bench/referrals/raw.pgbench postgres 2>&1 | sed -n '/number of transactions actually processed/,$p'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
