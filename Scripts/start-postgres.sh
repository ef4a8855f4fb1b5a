#!/usr/bin/env bash
# Starts a private PostgreSQL cluster for the coordinator's tests (or a local coordinator):
# Debian's PostgreSQL binaries, a data folder, loopback only, trust authentication.
# Prints the URL to pass as --db or LODESTONE_POSTGRES_URL.
#   Scripts/start-postgres.sh [DATA_DIR] [PORT]       (stop: pg_ctl -D DATA_DIR stop)
set -euo pipefail
DATA=${1:-/tmp/lodestone-postgres}
PORT=${2:-55432}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$BIN" ]; then
  echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi
RUN=()
if [ "$(id -u)" = 0 ]; then RUN=(runuser -u postgres --); fi   # the server refuses to run as root
if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  "${RUN[@]}" "$BIN/initdb" -D "$DATA" -U lodestone --auth=trust >/dev/null
fi
if ! "${RUN[@]}" "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on" start >/dev/null
fi
psql -h 127.0.0.1 -p "$PORT" -U lodestone -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'lodestone'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PORT" -U lodestone -d postgres -qc "CREATE DATABASE lodestone"
echo "postgres://lodestone@127.0.0.1:$PORT/lodestone"
