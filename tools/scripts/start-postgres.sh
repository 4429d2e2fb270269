#!/usr/bin/env bash
# Starts (idempotently) a throwaway PostgreSQL cluster for tests and benchmarks, and
# prints the line to use it:  export THRESHER_TEST_PG_URL=postgres://...
#
#   THRESHER_PG_DIR   data directory             (default /tmp/thresher-pg)
#   THRESHER_PG_PORT  port on 127.0.0.1           (default: the first free from 55432)
#   THRESHER_PG_FAST  1: fsync=off, synchronous_commit=off (test suites; data is throwaway)
#   THRESHER_PG_BIN   server binaries             (default /usr/lib/postgresql/15/bin)
#
# Stop it with:  pg_ctl -D "$THRESHER_PG_DIR/data" stop  (as the cluster's owner), or
#   tools/scripts/start-postgres.sh --stop
set -euo pipefail

DIR="${THRESHER_PG_DIR:-/tmp/thresher-pg}"
DATA="$DIR/data"
BIN="${THRESHER_PG_BIN:-}"
if [[ -z "$BIN" ]]; then
  for candidate in /usr/lib/postgresql/*/bin; do [[ -x "$candidate/initdb" ]] && BIN="$candidate"; done
fi
[[ -n "$BIN" && -x "$BIN/initdb" ]] || { echo "start-postgres: no PostgreSQL server binaries (apt-get install postgresql)" >&2; exit 1; }
DB=thresher_test
USER_NAME=thresher
PASSWORD=thresher

# initdb and postgres refuse to run as root: run them as the postgres account then.
if [[ "$(id -u)" == 0 ]]; then
  as_owner() { runuser -u postgres -- "$@"; }
  OWNER=postgres
else
  as_owner() { "$@"; }
  OWNER="$(id -un)"
fi

mkdir -p "$DIR"
# The admin socket lives in $DIR with trust auth: only the cluster's owner may enter it.
chmod 700 "$DIR"
if [[ "$(id -u)" == 0 ]]; then chown "$OWNER" "$DIR"; fi

if [[ "${1:-}" == "--stop" ]]; then
  [[ -f "$DATA/PG_VERSION" ]] && as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
  exit 0
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [[ ! -f "$DATA/PG_VERSION" ]]; then
  as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || {
    cat "$DIR/initdb.log" >&2
    exit 1
  }
fi

if [[ -f "$DIR/port" ]]; then
  PORT="$(cat "$DIR/port")"
else
  PORT="${THRESHER_PG_PORT:-}"
  if [[ -z "$PORT" ]]; then
    PORT=55432
    while ! port_free "$PORT"; do PORT=$((PORT + 1)); done
  fi
  echo "$PORT" >"$DIR/port"
fi

if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  OPTS="-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c max_connections=200"
  if [[ "${THRESHER_PG_FAST:-0}" == 1 ]]; then
    OPTS="$OPTS -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -o "$OPTS" -w -t 60 start >/dev/null || {
    cat "$DIR/server.log" >&2
    exit 1
  }
fi

psql_admin() { as_owner "$BIN/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAc "$1"; }
if [[ "$(psql_admin "select 1 from pg_roles where rolname = '$USER_NAME'")" != 1 ]]; then
  psql_admin "create role $USER_NAME login createdb password '$PASSWORD'"
fi
if [[ "$(psql_admin "select 1 from pg_database where datname = '$DB'")" != 1 ]]; then
  psql_admin "create database $DB owner $USER_NAME"
fi

echo "export THRESHER_TEST_PG_URL=postgres://$USER_NAME:$PASSWORD@127.0.0.1:$PORT/$DB"
