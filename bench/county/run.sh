#!/usr/bin/env bash
# County-scale page benchmark: starts the packaged service (demo profile) on a fresh embedded database under
# target/county/, records one decision and one consent through the API as templates, fills the database with
# bench/county/generate.sh, then runs ReadPages.java (person page, search, 'shared with us') from N concurrent users
# beside the raw cost of the same queries (EXPLAIN ANALYZE), and deletes the database unless BENCH_KEEP=1.
# Run under `nice -n 19` to load in the background: the service and its PostgreSQL processes get the same niceness.
#
# Usage: bench/county/run.sh [people] [decisions] [consents] [users] [seconds]
#   defaults: 500000 5000000 1000000 100 60 (the county scale of issue 10)
# Environment: BENCH_PORT (default 18091), BENCH_JAR, BENCH_KEEP=1 (keep target/county/ for another run),
#              BENCH_REUSE=1 (start on the kept target/county/: finish its generation if unfinished, then measure),
#              BENCH_THINK_MS (mean pause of each user between pages, default 0: a closed loop; see ReadPages.java;
#              several values, e.g. "0 10000", measure one after the other on the same service),
#              BENCH_PAUSE, BENCH_CHUNK (see generate.sh), BENCH_NOT_BEFORE (HH:MM UTC: the pages are measured
#              from then, with the service and database back at niceness 0 after a niced generation),
#              BENCH_WAIT_WHILE (a file: the pages are not measured while it exists), BENCH_WARMUP (seconds, default 60),
#              BENCH_VERIFY=1 (stop the service afterwards and run `audit verify` over the generated log),
#              BENCH_PG_SETTINGS (the embedded PostgreSQL's SAFESHARE_EMBEDDED_SETTINGS, default sized for this 23 GB
#              machine: shared_buffers=4GB,effective_cache_size=16GB,work_mem=16MB; "" for PostgreSQL's defaults),
#              BENCH_CATCH_UP_AFTER (default 24h: when the linkage index's catch-up job, ADR 0024, first runs and how often
#              it looks again. The generator does not index its people for linkage; left to the job, indexing 500,000
#              children would run in the background through the measurement. The default keeps it out, as in every
#              earlier county run; e.g. 10s to measure the pages while it works).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
people=${1:-500000}; decisions=${2:-5000000}; consents=${3:-1000000}; users=${4:-100}; seconds=${5:-60}
port=${BENCH_PORT:-18091}
jar=${BENCH_JAR:-target/safeshare-exec.jar}
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
data="$root/target/county"
[ "${BENCH_REUSE:-0}" = 1 ] || rm -rf "$data"
mkdir -p "$data"
echo "df before: $(df -h --output=avail "$root/target" | tail -1) free; load average $(cut -d' ' -f1-3 /proc/loadavg)"

env=(SPRING_PROFILES_ACTIVE=demo SAFESHARE_PORT=$port SAFESHARE_SECURE_COOKIES=false SAFESHARE_EMBEDDED_DATA_DIRECTORY="$data/postgres"
     SAFESHARE_AUDIT_SIGNING_KEY_FILE="$data/audit-signing-key.pem" SAFESHARE_KEYSET_FILE="$data/keyset.json"
     SAFESHARE_EMBEDDED_SETTINGS="${BENCH_PG_SETTINGS-shared_buffers=4GB,effective_cache_size=16GB,work_mem=16MB}"
     SAFESHARE_MATCHING_JOBS_FIRST_RUN="${BENCH_CATCH_UP_AFTER:-24h}" SAFESHARE_MATCHING_INDEX_CATCH_UP_INTERVAL="${BENCH_CATCH_UP_AFTER:-24h}")
env "${env[@]}" "$JAVA_HOME/bin/java" -jar "$jar" > "$data/service.log" 2>&1 &
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
postmaster=$(sed -n 1p "$data/postgres/postmaster.pid")
# The database's processes as nice as this script (new backends inherit the postmaster's).
renice -n "$(nice)" -p "$postmaster" $(pgrep -P "$postmaster") >/dev/null
sql() { psql -X -q -h localhost -p "$pgport" -U postgres -d postgres -Atc "$1"; }
base="http://localhost:$port"
if [ "$(sql "select count(*) from pg_namespace where nspname = 'county'")" = 0 ]; then

# Templates: one decision (Oakfield about Ava, shared with the MASH) and one consent (Kate Brown's for Isla).
ava=$(sql "select p.id from person p join organisation o on o.id = p.organisation_id where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'")
mash=$(sql "select id from organisation where name = 'Riverside MASH'")
sed -n '/static final String BODY = """/,/""";/p' bench/load/RecordDecisions.java | sed '1d;$d' > "$data/decision.tmpl"
echo '             "consentNotSoughtReason": "Seeking consent would increase the risk"}}' >> "$data/decision.tmpl"
printf "$(sed 's/%s/%s/g' "$data/decision.tmpl")" "$ava" "$mash" > "$data/decision.json"
curl -sf -o /dev/null -H 'Authorization: Bearer demo-oakfield-token' -H 'Content-Type: application/json' \
  --data @"$data/decision.json" "$base/api/v1/decisions"
isla=$(sql "select id from person where given_name = 'Isla' and family_name = 'Brown'")
kate=$(sql "select id from person where given_name = 'Kate' and family_name = 'Brown'")
curl -sf -o /dev/null -H 'Authorization: Bearer demo-health-visiting-token' -H 'Content-Type: application/json' --data "
  {\"answer\": \"GIVEN\", \"giver\": {\"kind\": \"PERSON_WITH_PARENTAL_RESPONSIBILITY\", \"personId\": \"$kate\"},
   \"told\": {\"whatWillHappen\": \"Shared with early help\", \"whoWillBeTold\": \"Early help practitioner\",
              \"whoTheyMayTell\": \"No one else\", \"why\": \"To offer support\"},
   \"scope\": {\"purposes\": [\"EARLY_HELP\"], \"recipientTypes\": [\"EARLY_HELP\"], \"informationCategories\": [\"Health visiting notes\"]},
   \"method\": \"WRITTEN\", \"givenOn\": \"$(date -u +%F)\"}" "$base/api/v1/people/$isla/consents"
# Every event so far sequenced by the service before the generator numbers leaves on after them.
for _ in $(seq 1 60); do
  [ "$(sql 'select count(*) from audit_event e where not exists (select 1 from audit_leaf l where l.event_id = e.id)')" = 0 ] && break
  sleep 1
done
fi

echo "== generating $people people, $decisions decisions, $consents consents (bench/county/generate.sh), from $(date -u +%H:%M:%S)"
start=$(date +%s)
bench/county/generate.sh "$pgport" "$people" "$decisions" "$consents"
echo "generation took $(( $(date +%s) - start )) s this time; df after: $(df -h --output=avail "$root/target" | tail -1) free"

if [ "$users" -gt 0 ]; then
  # 200 generated people of each practitioner's organisation, with a family name to search for.
  sql "select u.email || ' ' || p.id || ' ' || p.family_name from user_account u cross join lateral (select id, family_name
    from person where organisation_id = u.organisation_id and nhs_number like '9%' order by random() limit 200) p
    where u.email in ('teacher@oakfield-primary.example', 'dsl@riverside-academy.example', 'gp@brook-lane.example',
    'ed.nurse@riverside-hospital.example', 'ppu.officer@riverside-police.example', 'social.worker@riverside-csc.example',
    'mash.officer@riverside-mash.example', 'early.help@riverside-early-help.example', 'health.visitor@riverside-health.example',
    'worker@safe-harbour.example')" > "$data/people.txt"
  # The measurement at full priority, not before BENCH_NOT_BEFORE (HH:MM UTC, e.g. the start of a quiet window): this
  # script, the service and its database back to niceness 0 (root only; otherwise they keep the script's).
  if [ -n "${BENCH_NOT_BEFORE:-}" ] && [ "$(date -u +%s)" -lt "$(date -u -d "$BENCH_NOT_BEFORE" +%s)" ]; then
    echo "waiting for $BENCH_NOT_BEFORE UTC"; sleep $(( $(date -u -d "$BENCH_NOT_BEFORE" +%s) - $(date -u +%s) ))
  fi
  # ... nor while the file BENCH_WAIT_WHILE exists (e.g. made by whoever runs a test suite on the same machine).
  while [ -n "${BENCH_WAIT_WHILE:-}" ] && [ -e "$BENCH_WAIT_WHILE" ]; do sleep 10; done
  renice -n 0 -p $$ $service "$postmaster" $(pgrep -P "$postmaster") >/dev/null 2>&1 || true
  # Warm-up, not reported: the JIT, the connection pool, the caches, the audit tree the first checkpoint loads.
  echo
  # 60 s: on two cores a fresh JVM is still compiling the request path after 20 s (docs/referrals-performance.md).
  echo "== warm-up: 32 users, ${BENCH_WARMUP:-60} s, not counted"
  "$JAVA_HOME/bin/java" bench/county/ReadPages.java "$base" 32 "${BENCH_WARMUP:-60}" "$data/people.txt" 0 | sed -n 1p
  for think in ${BENCH_THINK_MS:-0}; do
    echo
    echo "== pages: $users concurrent users, ${seconds}s, think time $think ms (before: $(uptime))"
    "$JAVA_HOME/bin/java" bench/county/ReadPages.java "$base" "$users" "$seconds" "$data/people.txt" "$think"
    echo "after: $(uptime)"
  done
  echo
  echo "== the same queries in PostgreSQL alone (EXPLAIN ANALYZE, after the run, so with the same cache)"
  bench/county/raw-queries.sh "$pgport"
fi

if [ "${BENCH_VERIFY:-0}" = 1 ]; then
  kill $service; wait $service 2>/dev/null || true
  echo
  echo "== audit verify over the generated log"
  env "${env[@]}" "$JAVA_HOME/bin/java" -jar "$jar" audit verify | grep -vE "^[0-9]{4}-[0-9]{2}-[0-9]{2}T"
fi
