#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests.
#   scripts/postgres.sh start   -> prints "<data dir> <connection string>"
#   scripts/postgres.sh stop <data dir>
# PostgreSQL refuses to run as root, so as root the cluster belongs to the
# `postgres` user. It listens on 127.0.0.1 only, on a free port, with fsync off.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
  [ -x "$bin/initdb" ] || { echo "postgres.sh: PostgreSQL 15 is not installed ($bin)" >&2; exit 1; }
  dir=$(mktemp -d /tmp/portal-pg.XXXXXX)
  password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
  port=$("$(dirname "$0")/free-port.sh")
  printf '%s\n' "$password" >"$dir/pwfile"
  [ "$(id -u)" = "0" ] && chown -R postgres:postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" \
    --auth=scram-sha-256 --encoding=UTF8 --no-instructions >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "$dir postgresql://postgres:$password@127.0.0.1:$port"
  ;;
stop)
  dir="${2:?usage: postgres.sh stop <data dir>}"
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*)
  echo "usage: postgres.sh start | stop <data dir>" >&2
  exit 2
  ;;
esac
