#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server (Debian's postgresql package) on 127.0.0.1 for the storage
# tests, and prints the line that points them at it:
#   eval "$(bash scripts/test-postgres.sh)" && npx vitest run demo-site/store
# Running it again reuses the server. Stop it with: pg_ctl -D /tmp/yilan-pg-54329 stop
set -euo pipefail
PORT=${YILAN_PG_PORT:-54329}
DIR=${YILAN_PG_DIR:-/tmp/yilan-pg-$PORT}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$BIN" ]; then
  echo "no PostgreSQL server here: apt-get install postgresql" >&2
  exit 1
fi
# The server refuses to run as root: as root, it runs as Debian's postgres user.
RUN=()
if [ "$(id -u)" = 0 ]; then RUN=(runuser -u postgres --); fi
if ! "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi
  "${RUN[@]}" "$BIN/initdb" -D "$DIR" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" start >/dev/null
fi
echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/postgres"
