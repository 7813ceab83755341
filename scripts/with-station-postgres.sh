#!/usr/bin/env bash
# Runs a command with TEMOIN_STATION_DATABASE pointing at a REAL PostgreSQL (Debian's package,
# as test:sites installs for EverShop) in a private throwaway cluster on
# 127.0.0.1:${STATION_PG_PORT:-54339}, stopped whatever happens. Needs root (apt, running
# postgres as the postgres user); with STATION_PG_OPTIONAL=1 and no root, runs the command
# without it. Used by `npm run test:station-postgres` (called by .ci/run) and `bench:station`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DEBIAN_FRONTEND=noninteractive
PORT=${STATION_PG_PORT:-54339}
if [ "$(id -u)" != 0 ]; then
  if [ "${STATION_PG_OPTIONAL:-0}" = 1 ]; then
    echo "not root: no PostgreSQL, running on PGlite only" >&2
    exec "$@"
  fi
  echo "this needs root (apt, the postgres user)" >&2
  exit 1
fi

pg_bin() { find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/initdb' 2>/dev/null | sort -V | tail -1 | xargs -r dirname; }
if [ -z "$(pg_bin)" ]; then
  apt-cache show postgresql >/dev/null 2>&1 || apt-get update -q
  apt-get install -y -q -o DPkg::Lock::Timeout=600 --no-install-recommends postgresql
  # Debian starts a default cluster on install: this test uses its own.
  for cluster in $(pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2}'); do pg_ctlcluster "${cluster%/*}" "${cluster#*/}" stop || true; done
fi
BIN=$(pg_bin)
RUN=$(mktemp -d /tmp/temoin-station-pg.XXXXXX)
chown postgres:postgres "$RUN"
as_pg() { su postgres -s /bin/sh -c "$*"; }
stop() {
  as_pg "'$BIN/pg_ctl' -D '$RUN/data' -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$RUN"
}
trap stop EXIT

as_pg "'$BIN/initdb' -D '$RUN/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync" >"$RUN/initdb.log" 2>&1 \
  || { cat "$RUN/initdb.log" >&2; exit 1; }
as_pg "'$BIN/pg_ctl' -D '$RUN/data' -l '$RUN/postgres.log' -w -o \"-p $PORT -k '$RUN' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
as_pg "'$BIN/createdb' -h 127.0.0.1 -p $PORT -U postgres temoin_station"

export TEMOIN_STATION_DATABASE="postgres://postgres@127.0.0.1:$PORT/temoin_station"
echo "station on $TEMOIN_STATION_DATABASE ($("$BIN/postgres" --version))" >&2
"$@"
