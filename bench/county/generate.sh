#!/usr/bin/env bash
# County-scale data for the page benchmarks (bench/county/README.md), in steps of at most a few hundred thousand rows,
# each its own transaction: people across the demo partnership's organisations, decisions shared between them, consents,
# and one audit event for each row made, already in the audit log with leaves computed exactly as the sequencer would.
#
# Usage: bench/county/generate.sh <postgres port> <people> <decisions> <consents>
# Needs one decision and one consent recorded through the service first: their stored JSON is the template of every
# generated one, so the pages read what the service itself writes. Restartable: every finished step is recorded in
# county.done, so running it again (same numbers) goes on from the first unfinished step. The plan (staging tables in
# schema county, unlogged) is made once; the Flyway secondary indexes of the filled tables are dropped before the load
# and rebuilt from their own definitions (pg_get_indexdef) after it, so the schema ends as Flyway made it.
# Environment: BENCH_CHUNK (rows per step, default 250000),
#              BENCH_PAUSE (e.g. "01:15-01:59": start no step that would still run inside this UTC window; wait instead).
set -euo pipefail
port=$1; people=$2; decisions=$3; consents=$4
chunk=${BENCH_CHUNK:-250000}
export PGOPTIONS="-c synchronous_commit=off -c maintenance_work_mem=1GB -c work_mem=256MB"
psql_() { psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres -d postgres "$@"; }
sql() { psql_ -Atc "$1"; }
last=60

# Waits while a step of the last step's length would overlap the pause window.
pause_if_needed() {
  [ -n "${BENCH_PAUSE:-}" ] || return 0
  local from=${BENCH_PAUSE%-*} to=${BENCH_PAUSE#*-}
  while :; do
    local now end_ start stop
    now=$(date -u +%s); end_=$((now + last + 30))
    start=$(date -u -d "$from" +%s); stop=$(date -u -d "$to" +%s)
    if [ "$end_" -gt "$start" ] && [ "$now" -lt "$stop" ]; then
      echo "   paused at $(date -u +%H:%M:%S) for the quiet window $BENCH_PAUSE"; sleep $((stop - now + 5))
    else
      return 0
    fi
  done
}

# step <name> <sql>: runs the SQL and records the step in one transaction, unless it is already recorded.
step() {
  local name=$1 body=$2
  [ "$(sql "select count(*) from county.done where step = '$name'")" = 0 ] || return 0
  pause_if_needed
  local t0; t0=$(date +%s%N)
  psql_ -v people="$people" -v decisions="$decisions" -v consents="$consents" -v chunk="$chunk" <<SQL
begin;
$body
insert into county.done (step, seconds) values ('$name', round((extract(epoch from clock_timestamp() - now()))::numeric, 1));
commit;
SQL
  last=$(( ($(date +%s%N) - t0) / 1000000000 ))
  printf '   %-28s %5d s  %s\n' "$name" "$last" "$(date -u +%H:%M:%S)"
}

# Load settings for the server, reset at the end: fewer checkpoints (and full-page writes) during the load, no
# autovacuum racing the inserts (the end runs VACUUM ANALYZE instead).
sql "create schema if not exists county; create unlogged table if not exists county.done (step text primary key,
     seconds numeric, finished_at timestamptz not null default clock_timestamp())"
if [ "$(sql "select count(*) from county.done where step = 'finish'")" = 0 ]; then
  sql "alter system set max_wal_size = '8GB'"; sql "alter system set checkpoint_timeout = '30min'"
  sql "alter system set autovacuum = off"; sql "select pg_reload_conf()" >/dev/null
fi

here=$(dirname "$0")
# A finished generation (BENCH_REUSE=1 on a kept database) has dropped its plan: nothing is left to write. (The body is
# not indented: its multi-line strings are SQL and psql commands.)
generate() {
step plan "$(cat "$here/plan.sql" "$here/slices.sql")"
# A stopped plan made smaller (run again with fewer decisions or consents than planned), before any audit slice is
# written: the rows not yet inserted leave the plan, and the audit slices are cut again.
if [ "$(sql "select (select count(*) from county.decision) > $decisions or (select count(*) from county.consent) > $consents")" = t ]; then
  [ "$(sql "select count(*) from county.done where step like 'audit-%' or (step like 'decisions-%' and split_part(step, '-', 2)::int > $decisions)
                 or (step like 'consents-%' and split_part(step, '-', 2)::int > $consents)")" = 0 ] \
    || { echo "too late to make the plan smaller: some of it is already written"; exit 1; }
  sql "delete from county.done where step like 'smaller-%'"
  step "smaller-$decisions-$consents" "delete from county.decision where i > :decisions;
delete from county.consent where i > :consents;
drop table county.slice;
$(cat "$here/slices.sql")"
fi
step drop-indexes "
select format('drop index %I', indexname) from county.index_def \gexec"

for ((from = 1; from <= people; from += chunk)); do
  step "people-$from" "\\set from $from
\\set to $((from + chunk - 1))
$(cat "$(dirname "$0")/people.sql")"
done
for ((from = 1; from <= decisions; from += chunk)); do
  step "decisions-$from" "\\set from $from
\\set to $((from + chunk - 1))
$(cat "$(dirname "$0")/decisions.sql")"
done
for ((from = 1; from <= consents; from += chunk)); do
  step "consents-$from" "\\set from $from
\\set to $((from + chunk - 1))
$(cat "$(dirname "$0")/consents.sql")"
done
# The audit events in time order, a slice of about $chunk events at a time, each with its leaves.
slices=$(sql "select count(*) from county.slice")
for ((s = 0; s < slices; s++)); do
  step "audit-$s" "\\set slice $s
$(cat "$(dirname "$0")/audit.sql")"
done
for name in $(sql "select indexname from county.index_def order by indexname"); do
  step "index-$name" "select indexdef from county.index_def where indexname = '$name' \gexec"
done
}
if [ "$(sql "select count(*) from county.done where step = 'finish'")" = 0 ]; then
  generate
else
  echo "   already generated (finished $(sql "select to_char(finished_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') from county.done where step = 'finish'") UTC)"
fi

if [ "$(sql "select count(*) from county.done where step = 'finish'")" = 0 ]; then
  sql "alter system reset max_wal_size"; sql "alter system reset checkpoint_timeout"; sql "alter system reset autovacuum"
  sql "select pg_reload_conf()" >/dev/null
  t0=$(date +%s)
  for t in person decision decision_version decision_recipient consent_record consent_version audit_event audit_leaf; do sql "vacuum (analyze) $t"; done
  echo "   vacuum analyze               $(( $(date +%s) - t0 )) s  $(date -u +%H:%M:%S)"
  # The schema as Flyway made it: every index back with its own definition, nothing more.
  diff=$(sql "select count(*) from ((select tablename, indexname, indexdef from county.indexes_before
              except select tablename, indexname, indexdef from pg_indexes where schemaname = 'public')
        union all (select tablename, indexname, indexdef from pg_indexes where schemaname = 'public'
              except select tablename, indexname, indexdef from county.indexes_before)) d")
  echo "   indexes differing from before the load: $diff"
  [ "$diff" = 0 ] || exit 1
  sql "drop table county.person, county.decision, county.consent, county.org, county.slice, county.decision_template,
       county.consent_template; drop function county.nhs, county.pick, county.field"
  sql "insert into county.done (step) values ('finish')"
fi
echo "   steps: $(sql "select count(*) || ' steps, ' || sum(seconds) || ' s in the database' from county.done")"
psql_ -c "select (select count(*) from person) as people, (select count(*) from decision) as decisions,
       (select count(*) from consent_record) as consents, (select count(*) from audit_event) as audit_events,
       (select count(*) from audit_leaf) as leaves, pg_size_pretty(pg_database_size(current_database())) as database"
# Disk per row, tables with their indexes and TOAST.
psql_ -c "select relname as table, n_live_tup as rows, pg_size_pretty(pg_total_relation_size(relid)) as total,
       pg_total_relation_size(relid) / greatest(n_live_tup, 1) as bytes_per_row
  from pg_stat_user_tables where schemaname = 'public'
   and relname in ('person', 'decision', 'decision_version', 'consent_record', 'consent_version', 'audit_event', 'audit_leaf')
  order by pg_total_relation_size(relid) desc"
