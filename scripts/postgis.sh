#!/usr/bin/env bash
# A throwaway PostgreSQL/PostGIS cluster for the registry tests and benchmarks.
#
#   scripts/postgis.sh start   # initdb (first time) + start on 127.0.0.1:55432, prints the DSN
#   scripts/postgis.sh stop
#   scripts/postgis.sh dsn     # prints the DSN
#
# The cluster lives in .pgdata/ (gitignored) and listens on loopback only,
# with trust authentication: never use it for anything but tests.  It runs
# with fsync, synchronous_commit and full_page_writes off (fast, NOT durable):
# throughput measured on it is higher than a production server's, and the
# benchmarks say so next to their figures.  As root,
# the server runs as the 'postgres' system user (PostgreSQL refuses root).
# Typical use:  export LEKP_TEST_PG_DSN="$(scripts/postgis.sh start)"
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PGDATA="${LEKP_PGDATA:-$ROOT/.pgdata}"
PORT="${LEKP_PGPORT:-55432}"
DB=lekp
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}"
DSN="postgresql://postgres@127.0.0.1:${PORT}/${DB}"

# PostgreSQL runs as 'postgres' when we are root: it must be able to reach
# the data folder.  A checkout under a private folder (e.g. /root) cannot be
# reached, so the cluster then lives in /tmp, one per checkout.
if [ "$(id -u)" = "0" ] && [ -z "${LEKP_PGDATA:-}" ] && ! runuser -u postgres -- test -x "$ROOT"; then
    PGDATA="/tmp/lekp-pgdata-$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)"
fi

if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/pg_ctl" ]; then
    echo "postgis.sh: PostgreSQL server binaries not found (apt-get install postgresql postgresql-15-postgis-3)" >&2
    exit 1
fi

as_pg() {
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

psql_pg() {
    as_pg "$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PORT" -U postgres "$@"
}

start() {
    if [ ! -s "$PGDATA/PG_VERSION" ]; then
        mkdir -p "$PGDATA"
        if [ "$(id -u)" = "0" ]; then chown postgres: "$PGDATA"; fi
        chmod 700 "$PGDATA"
        as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
        cat >>"$PGDATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$PGDATA'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 128MB
CONF
    fi
    if ! as_pg "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
        as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -o "-p $PORT" -w -t 60 start >/dev/null
    fi
    for _ in $(seq 1 60); do
        if as_pg "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then break; fi
        sleep 0.5
    done
    if ! psql_pg -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
        psql_pg -d postgres -c "CREATE DATABASE $DB"
    fi
    PGOPTIONS="-c client_min_messages=warning" psql_pg -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null
    echo "postgis.sh: test cluster with fsync off (not durable): benchmark figures are not production figures" >&2
    echo "$DSN"
}

stop() {
    if [ -s "$PGDATA/PG_VERSION" ]; then
        as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    dsn) echo "$DSN" ;;
    *) echo "usage: $0 start|stop|dsn" >&2; exit 2 ;;
esac
