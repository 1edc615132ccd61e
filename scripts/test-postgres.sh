#!/usr/bin/env bash
# A throw-away PostgreSQL for the test suite: a fresh cluster in a temporary directory, on a free local port,
# reachable only from this machine, with a database "telebarometer" that user "telebarometer" owns.
#
#   scripts/test-postgres.sh start    prints the JDBC URL (and records the cluster in target/test-postgres.env)
#   scripts/test-postgres.sh stop     stops the cluster and deletes its files
#   scripts/test-postgres.sh pause    stops the server, keeping the cluster (for fault tests)
#   scripts/test-postgres.sh resume   starts it again on the same port
#
# Needs Debian's PostgreSQL server (apt-get install postgresql); runs the server as the "postgres" user.
set -euo pipefail
cd "$(dirname "$0")/.."
STATE=target/test-postgres.env
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)

start() {
  [ -x "$BIN/initdb" ] || { echo "PostgreSQL server not installed: apt-get install postgresql" >&2; exit 1; }
  [ ! -f "$STATE" ] || stop
  mkdir -p target
  local dir port
  dir=$(mktemp -d /tmp/telebarometer-pg.XXXXXX)
  chown postgres: "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  as_postgres "$BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  as_postgres "$BIN/psql" -h "$dir" -p "$port" -U postgres -q -c "create user telebarometer password 'telebarometer' createdb" \
    -c "create database telebarometer owner telebarometer"
  printf 'PG_DIR=%s\nPG_PORT=%s\n' "$dir" "$port" > "$STATE"
  echo "jdbc:postgresql://127.0.0.1:$port/telebarometer"
}

stop() {
  [ -f "$STATE" ] || return 0
  # shellcheck disable=SC1090
  . "$STATE"
  as_postgres "$BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR" "$STATE"
}

pause() {
  # shellcheck disable=SC1090
  . "$STATE"
  as_postgres "$BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
}

resume() {
  # shellcheck disable=SC1090
  . "$STATE"
  as_postgres "$BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
}

as_postgres() { runuser -u postgres -- "$@"; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  pause) pause ;;
  resume) resume ;;
  *) echo "usage: $0 start|stop|pause|resume" >&2; exit 64 ;;
esac
