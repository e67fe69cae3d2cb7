#!/usr/bin/env bash
# One run, one database: sends secure disclosures through the API from N clients and opens each (encryption, the receipt
# and audit included), then makes the same rows with pgbench from N clients straight into the same PostgreSQL, and seals
# and opens the same bytes with AES-256-GCM, printing each beside the load average. Then seeds 10,000 open information
# requests addressed to the MASH and times its request list (GET /api/v1/inbox) one request at a time.
#
# Usage: bench/exchange/compare.sh [clients] [seconds]
# Environment: BENCH_PORT (default 18091), BENCH_JAR (default target/safeshare-exec.jar, built if missing),
#   BENCH_DURABLE=true|false (the embedded database's fsync and synchronous_commit; default true), BENCH_REQUESTS (10000),
#   BENCH_ONLY_LIST=true to run only the busy MASH's request list.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
clients=${1:-32}
seconds=${2:-20}
port=${BENCH_PORT:-18091}
jar=${BENCH_JAR:-target/safeshare-exec.jar}
requests=${BENCH_REQUESTS:-10000}
[ -f "$jar" ] || ./mvnw -q -B -o package -DskipTests
mkdir -p target
data=$(mktemp -d "$root/target/bench-exchange.XXXXXX")

SPRING_PROFILES_ACTIVE=demo SAFESHARE_PORT=$port SAFESHARE_EMBEDDED_DATA_DIRECTORY="$data/postgres" \
  SAFESHARE_AUDIT_SIGNING_KEY_FILE="$data/audit-signing-key.pem" SAFESHARE_KEYSET_FILE="$data/keyset.json" \
  SAFESHARE_DATABASE_EMBEDDEDDURABLE=${BENCH_DURABLE:-true} \
  "$JAVA_HOME/bin/java" -jar "$jar" > "$data/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null
  for _ in $(seq 1 30); do [ -f "$data/postgres/postmaster.pid" ] || break; sleep 1; done; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null && break
  sleep 1
done
pgport=$(sed -n 4p "$data/postgres/postmaster.pid")
sql() { psql -X -q -h localhost -p "$pgport" -U postgres -d postgres -Atc "$1"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "jar $jar (worktree at $(git rev-parse --short HEAD)), $(nproc) cores, load average before: $(load)"
echo "database: $(sql 'select version()' | cut -d, -f1); fsync=$(sql 'show fsync'), synchronous_commit=$(sql 'show synchronous_commit')"
mash=$(sql "select id from organisation where name = 'Riverside MASH'")
mash_client=$(sql "select id from api_client where organisation_id = '$mash' limit 1")

if [ "${BENCH_ONLY_LIST:-false}" != true ]; then
echo
echo "== API, $clients clients, ${seconds} s each (after a 10 s warm-up of both)"
"$JAVA_HOME/bin/java" bench/exchange/ExchangeLoad.java send-open "http://localhost:$port" "$mash_client" "$clients" 10 > "$data/warm-up.txt"
# The plaintext sizes the service sealed (its stored JSON), so AES-GCM below seals the same bytes' lengths.
sample=$(sql "select id from disclosure order by sent_at desc limit 1")
# Tink's envelope: 4 bytes of length, the wrapped data key (5 + 12 + 32 + 16 bytes), then 12 + plaintext + 16 bytes.
sizes=$(sql "select string_agg((length(x) - 97)::text, ',') from (select header_sealed x from disclosure where id = '$sample'
  union all select content_sealed from disclosure_item where disclosure_id = '$sample') s")
echo "plaintext bytes of the values one disclosure sealed (header, then items): $sizes"
BENCH_SEALED_SIZES=$sizes "$JAVA_HOME/bin/java" bench/exchange/ExchangeLoad.java send-open "http://localhost:$port" "$mash_client" \
  "$clients" "$seconds" | tee "$data/api.txt"

# The rows one sent disclosure wrote, copied from one the API wrote, inserted as pgbench transactions.
IFS='|' read -r sender sent_by person decision partnership < <(sql "select d.sender_organisation_id, d.sent_by, d.person_id,
  d.decision_id, o.partnership_id from disclosure d join organisation o on o.id = d.sender_organisation_id where d.id = '$sample'")
header=$(sql "select encode(header_sealed, 'hex') from disclosure where id = '$sample'")
items=()
while IFS= read -r line; do items+=("$line"); done < <(sql "select kind || ':' || encode(content_sealed, 'hex') from disclosure_item
  where disclosure_id = '$sample' order by position")
{
  echo "BEGIN;"
  echo "INSERT INTO disclosure (id, sender_organisation_id, sent_by, sent_by_api_client, sent_by_name, recipient_organisation_id, person_id,"
  echo "  decision_id, told, has_conditions, header_sealed, sent_at) VALUES (gen_random_uuid(), '$sender', '$sent_by', true, 'Bench',"
  echo "  '$mash', '$person', '$decision', false, true, decode('$header', 'hex'), now()) RETURNING id AS did \\gset"
  echo "INSERT INTO disclosure_recipient (disclosure_id, recipient_id, api_client, name) VALUES (:did, '$mash_client', true, 'MASH system');"
  position=1
  for item in "${items[@]}"; do
    kind=${item%%:*}; hex=${item#*:}
    echo "INSERT INTO disclosure_item (id, disclosure_id, position, kind, content_sealed, identities_at_risk, release_state)"
    echo "  VALUES (gen_random_uuid(), :did, $position, '$kind', decode('$hex', 'hex'), false, 'NONE');"
    position=$((position + 1))
  done
  echo "INSERT INTO audit_event (occurred_at, actor_kind, actor_id, organisation_id, partnership_id, roles, action, outcome, person_id,"
  echo "  touched, request_id, client_address) VALUES (now(), 'API_CLIENT', '$sent_by', '$sender', '$partnership', 'API_CLIENT',"
  echo "  'DISCLOSURE_SENT', 'DONE', '$person', 'DISCLOSURE:' || :did, gen_random_uuid()::text, '127.0.0.1');"
  echo "COMMIT;"
} > "$data/send.sql"
cat > "$data/open.sql" <<SQL
\\set n random(1, :ids)
BEGIN;
SELECT id AS did FROM bench_ids WHERE n = :n \\gset
SELECT * FROM disclosure_recipient WHERE disclosure_id = :did;
SELECT * FROM disclosure_item WHERE disclosure_id = :did ORDER BY position;
SELECT * FROM disclosure WHERE id = :did;
UPDATE disclosure_recipient SET opened_at = now(), acknowledged_at = coalesce(acknowledged_at, now()) WHERE disclosure_id = :did;
INSERT INTO audit_event (occurred_at, actor_kind, actor_id, organisation_id, partnership_id, roles, action, outcome, person_id,
  touched, request_id, client_address) VALUES (now(), 'API_CLIENT', '$mash_client', '$mash', '$partnership', 'API_CLIENT',
  'DISCLOSURE_OPENED', 'DONE', '$person', 'DISCLOSURE:' || :did, gen_random_uuid()::text, '127.0.0.1');
COMMIT;
SQL
pgbench_run() {
  local name=$1; shift
  mkdir -p "$data/pg-$name"
  (cd "$data/pg-$name" && pgbench -n -h localhost -p "$pgport" -U postgres -M prepared -c "$clients" -j 2 -T "$seconds" -l "$@" postgres) \
    > "$data/pg-$name.txt" 2>&1 || { cat "$data/pg-$name.txt"; exit 1; }
  local tps; tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$data/pg-$name.txt")
  cat "$data/pg-$name"/pgbench_log.* | awk '{print $3}' | sort -n > "$data/pg-$name-lat.txt"
  pct() { awk -v p="$1" '{a[NR]=$1} END {i=int(p*NR); if (i >= NR) i=NR-1; printf "%.1f", a[i+1]/1000}' "$data/pg-$name-lat.txt"; }
  echo "== pgbench $name, $clients clients, ${seconds} s: $tps/s; latency ms p50 $(pct 0.50)  p90 $(pct 0.90)  p99 $(pct 0.99)  max $(pct 1);" \
    "load average after: $(load)"
}
echo
pgbench_run send -f "$data/send.sql"
sql "drop table if exists bench_ids; create table bench_ids as select row_number() over () as n, id from disclosure"
pgbench_run open -D ids="$(sql 'select count(*) from bench_ids')" -f "$data/open.sql"
else
  IFS='|' read -r sender sent_by person < <(sql "select o.id, u.id, p.id from organisation o join user_account u on u.organisation_id = o.id
    join person p on p.organisation_id = o.id where o.name = 'Oakfield Primary School' limit 1")
fi

echo
echo "== A busy MASH: $requests open information requests addressed to it"
sql "
insert into information_request (id, partnership_id, requesting_organisation_id, requested_by, requested_by_name, person_id, subject_kind,
  subject_age_years, purpose_category, purpose, lawful_basis, from_public_authority, states_public_task, urgency, sent_at)
select gen_random_uuid(), o.partnership_id, o.id, '$sent_by', 'Bench', '$person', 'CHILD', 11, 'SAFEGUARDING', 'Bench', 'Art 6(1)(e)',
  true, true, (array['RED','AMBER','GREEN'])[1 + g % 3], now() - (g || ' minutes')::interval
from generate_series(1, $requests) g, organisation o where o.id = '$sender';
insert into request_to_organisation (id, request_id, requesting_organisation_id, organisation_id, urgency, due_at, status)
select gen_random_uuid(), r.id, r.requesting_organisation_id, '$mash', r.urgency, r.sent_at + interval '3 days', 'OPEN'
from information_request r where r.purpose = 'Bench';
analyze information_request; analyze request_to_organisation;"
echo "open parts addressed to the MASH: $(sql "select count(*) from request_to_organisation where organisation_id = '$mash' and status = 'OPEN'")"
"$JAVA_HOME/bin/java" bench/exchange/ExchangeLoad.java inbox "http://localhost:$port" demo-mash-token 200
echo "load average after: $(load)"
