#!/usr/bin/env bash
# Starts the real EverShop test shop on 127.0.0.1:$EVERSHOP_PORT (default 3000) and resets it
# to the seed: a private PostgreSQL cluster (own data dir under .state/run, 127.0.0.1 only, on
# $EVERSHOP_PG_PORT), a fresh database with `evershop install` (schema + admin user), EverShop
# itself (its own process group), then seed.mjs through the admin REST API. Prints the site
# description (JSON) on stdout and writes it to $EVERSHOP_SITE_JSON; progress goes to stderr.
#
# Re-runnable: a PostgreSQL left running by a previous start is kept; EverShop is restarted
# (that also resets its in-memory rate-limit counters). Stop with stop.sh.
# Needs install.sh first; root to run PostgreSQL as the `postgres` user. Knobs: see common.sh.
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

T0=$(date +%s%N)
lap() { echo "evershop: [$(( ($(date +%s%N) - T0) / 1000000 )) ms] $*" >&2; }
die() { echo "evershop: ERROR: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root"
PG_BIN="$(es_pg_bin)"
[ -n "$PG_BIN" ] || die "PostgreSQL is not installed: run tests/sites/evershop/install.sh"
[ -x "$ES_APP/node_modules/.bin/evershop" ] && [ -d "$ES_APP/.evershop/build" ] \
  || die "EverShop is not installed/built in $ES_APP: run tests/sites/evershop/install.sh"
mkdir -p "$ES_RUN/log"
as_pg() { su postgres -s /bin/sh -c "$*"; }
# SQL on stdin, as the postgres superuser over the unix socket.
psql_pg() { as_pg "'$PG_BIN/psql' -X -q -v ON_ERROR_STOP=1 -h '$ES_PG_SOCKDIR' -p $ES_PG_PORT -d postgres"; }

# --- EverShop from a previous start: stop it (the database is about to be dropped) ----------
es_stop_pid evershop "$ES_RUN/evershop.pid" 10

# --- PostgreSQL: private cluster --------------------------------------------------------------
pg_ready() { "$PG_BIN/pg_isready" -q -h "$ES_PG_SOCKDIR" -p "$ES_PG_PORT" 2>/dev/null; }
if es_alive "$ES_RUN/postgres.pid" && pg_ready; then
  lap "postgres already up (pid $(cat "$ES_RUN/postgres.pid"))"
else
  es_stop_pid postgres "$ES_RUN/postgres.pid" 15 INT single
  rm -rf "$ES_PG_DATA" "$ES_PG_SOCKDIR"
  if (exec 3<>"/dev/tcp/$ES_HOST/$ES_PG_PORT") 2>/dev/null; then die "port $ES_PG_PORT is already in use (set EVERSHOP_PG_PORT)"; fi
  mkdir -p "$ES_PG_DATA" "$ES_PG_SOCKDIR"
  chown postgres:postgres "$ES_PG_DATA" "$ES_PG_SOCKDIR"
  chmod 700 "$ES_PG_DATA"
  as_pg "'$PG_BIN/initdb' -D '$ES_PG_DATA' -U postgres -A peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync" \
    >"$ES_RUN/log/initdb.log" 2>&1 || die "initdb failed, see $ES_RUN/log/initdb.log"
  # A throw-away test database: durability off (faster install and seed), loopback only.
  cat >>"$ES_PG_DATA/postgresql.conf" <<CONF
listen_addresses = '$ES_HOST'
port = $ES_PG_PORT
unix_socket_directories = '$ES_PG_SOCKDIR'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 64MB
max_connections = 50
CONF
  touch "$ES_RUN/log/postgres.log"
  chown postgres:postgres "$ES_RUN/log/postgres.log"
  as_pg "setsid '$PG_BIN/postgres' -D '$ES_PG_DATA' </dev/null >>'$ES_RUN/log/postgres.log' 2>&1 &"
  for _ in $(seq 150); do pg_ready && break; sleep 0.2; done
  pg_ready || { tail -20 "$ES_RUN/log/postgres.log" >&2; die "postgres did not start"; }
  head -1 "$ES_PG_DATA/postmaster.pid" >"$ES_RUN/postgres.pid"
  lap "postgres up on $ES_HOST:$ES_PG_PORT (pid $(cat "$ES_RUN/postgres.pid"))"
fi

# --- a fresh database (this is the reset) -----------------------------------------------------
psql_pg <<SQL
SET client_min_messages = warning;
DROP DATABASE IF EXISTS $ES_DB_NAME WITH (FORCE);
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ES_DB_USER') THEN
    CREATE ROLE $ES_DB_USER LOGIN PASSWORD '$ES_DB_PASSWORD';
  END IF;
END \$\$;
CREATE DATABASE $ES_DB_NAME OWNER $ES_DB_USER;
SQL
lap "database $ES_DB_NAME created"

# --- evershop install: schema + admin user -----------------------------------------------------
# It has no non-interactive mode: it exits at once when DB_HOST is set, and skips every other
# prompt whose env variable is set. So DB_HOST stays unset and the host comes on stdin. It exits
# 0 even on failure: check that .env has DB_HOST.
cd "$ES_APP"
rm -f .env
printf '%s\n' "$ES_HOST" | env -u DB_HOST DB_PORT="$ES_PG_PORT" DB_NAME="$ES_DB_NAME" DB_USER="$ES_DB_USER" \
  DB_PASSWORD="$ES_DB_PASSWORD" ADMIN_FULLNAME="Témoin Admin" ADMIN_EMAIL="$ES_ADMIN_EMAIL" \
  ADMIN_PASSWORD="$ES_ADMIN_PASSWORD" SUPPRESS_NO_CONFIG_WARNING=1 \
  node node_modules/@evershop/evershop/dist/bin/evershop.js install >"$ES_RUN/log/install.log" 2>&1 || true
grep -q '^DB_HOST=' .env 2>/dev/null || { tail -20 "$ES_RUN/log/install.log" >&2; die "evershop install failed, see $ES_RUN/log/install.log"; }
# install writes only DB_*: admin and customer JWTs need these secrets, order tracking links the
# last one. Test-only values.
cat >>.env <<'ENV'
JWT_ADMIN_SECRET="temoin-test-admin-secret-0123456789abcdef0123456789"
JWT_ADMIN_REFRESH_SECRET="temoin-test-admin-refresh-0123456789abcdef012345"
JWT_CUSTOMER_SECRET="temoin-test-customer-secret-0123456789abcdef01234"
JWT_CUSTOMER_REFRESH_SECRET="temoin-test-customer-refresh-0123456789abcdef012"
ORDER_TRACKING_TOKEN_SECRET="temoin-test-tracking-secret-0123456789abcdef0123"
ENV
lap "evershop install done (admin $ES_ADMIN_EMAIL)"

# --- EverShop server ------------------------------------------------------------------------------
if (exec 3<>"/dev/tcp/$ES_HOST/$ES_PORT") 2>/dev/null; then die "port $ES_PORT is already in use (set EVERSHOP_PORT)"; fi
# loopback.cjs: EverShop binds every interface and has no host setting.
NODE_OPTS="--require $ES_HERE/loopback.cjs"
[ "${EVERSHOP_DISABLE_RATE_LIMIT:-0}" = 1 ] && NODE_OPTS="$NODE_OPTS --import $ES_HERE/no-ratelimit.mjs"
# The storefront calls absolute ${homeUrl}/api/... URLs: the home URL must be the origin the
# browser uses, or add-to-cart goes cross-origin without the session cookie (HTTP 404).
PORT="$ES_PORT" EVERSHOP_HOME_URL="$ES_URL" NODE_OPTIONS="$NODE_OPTS" SUPPRESS_NO_CONFIG_WARNING=1 \
  setsid node node_modules/@evershop/evershop/dist/bin/evershop.js start >"$ES_RUN/log/evershop.log" 2>&1 </dev/null &
echo $! >"$ES_RUN/evershop.pid"
for _ in $(seq 240); do
  curl -fsS -o /dev/null "$ES_URL/" 2>/dev/null && break
  es_alive "$ES_RUN/evershop.pid" || { tail -30 "$ES_RUN/log/evershop.log" >&2; die "EverShop exited, see $ES_RUN/log/evershop.log"; }
  sleep 0.25
done
curl -fsS -o /dev/null "$ES_URL/" || die "EverShop did not answer in 60 s"
lap "EverShop up on $ES_URL (pid $(cat "$ES_RUN/evershop.pid"))"

# --- demo content ------------------------------------------------------------------------------
mkdir -p "$(dirname "$ES_SITE_JSON")"
BASE_URL="$ES_URL" ADMIN_EMAIL="$ES_ADMIN_EMAIL" ADMIN_PASSWORD="$ES_ADMIN_PASSWORD" \
  node "$ES_HERE/seed.mjs" >"$ES_SITE_JSON.tmp" 2>"$ES_RUN/log/seed.err" \
  || { cat "$ES_RUN/log/seed.err" >&2; die "seed.mjs failed"; }
mv "$ES_SITE_JSON.tmp" "$ES_SITE_JSON"
lap "seeded; ready: $ES_URL/ (admin: $ES_URL/admin, $ES_ADMIN_EMAIL / $ES_ADMIN_PASSWORD)"
cat "$ES_SITE_JSON"
