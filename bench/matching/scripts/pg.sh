#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster (the Debian package) for the pg_trgm peer, under target/pg, on loopback.
#   scripts/pg.sh start|stop   (port: PG_PORT, default 18641)
# Settings as in the research notes' pg_trgm measurements: fsync off, unlogged tables (the peer's), one client.
# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
dir="$here/target/pg"
port="${PG_PORT:-18641}"
as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
case "${1:-}" in
  start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres "$dir"
      "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1 || "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w start \
      -o "-p $port -k $dir -c listen_addresses=localhost -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=512MB -c work_mem=64MB -c max_parallel_workers_per_gather=0" >/dev/null
    echo "jdbc:postgresql://localhost:$port/postgres?user=postgres"
    ;;
  stop)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    ;;
  *) echo "usage: pg.sh start|stop" >&2; exit 2 ;;
esac
