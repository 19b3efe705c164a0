#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster under ./.pg (port 5433, trust auth on 127.0.0.1 only) and prints the
# connection string for CHAINCHIEF_TEST_PG. Safe to re-run. Stop: scripts/pg-start.sh stop
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ ! -x "${PGBIN:-}/initdb" ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
ROOT=${PGROOT:-$PWD/.pg}
PORT=${PGPORT:-5433}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "${1:-}" = stop ]; then
  as_pg "$PGBIN/pg_ctl" -D "$ROOT/data" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi
mkdir -p "$ROOT/data" "$ROOT/sock"
[ "$(id -u)" = 0 ] && chown -R postgres:postgres "$ROOT"
[ -f "$ROOT/data/PG_VERSION" ] || as_pg "$PGBIN/initdb" -D "$ROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$ROOT/data" status >/dev/null 2>&1 ||
  as_pg "$PGBIN/pg_ctl" -D "$ROOT/data" -l "$ROOT/data/server.log" -w \
    -o "-k $ROOT/sock -p $PORT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" start >/dev/null
echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
