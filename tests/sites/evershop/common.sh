# Shared settings of install.sh, start.sh and stop.sh (sourced, not run). Env knobs:
#   EVERSHOP_STATE_DIR   state dir                                           default: ./.state
#   EVERSHOP_APP_DIR     the npm project (node_modules, .evershop/build): what install.sh
#                        makes and every start reuses                       default: $EVERSHOP_STATE_DIR/app
#   EVERSHOP_PORT        HTTP port on 127.0.0.1                              default: 3000
#   EVERSHOP_PG_PORT     port of the private PostgreSQL on 127.0.0.1         default: 54329
#   EVERSHOP_ADMIN_EMAIL / EVERSHOP_ADMIN_PASSWORD  admin user   default: admin@example.com / Admin12345
#   EVERSHOP_SITE_JSON   where start.sh writes the site description          default: $EVERSHOP_STATE_DIR/run/site.json
#   EVERSHOP_DISABLE_RATE_LIMIT=1  turn EverShop's per-IP rate limiter off (see no-ratelimit.mjs)
ES_HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ES_VERSION=2.2.1   # pinned, with the whole dependency tree, by app/package.json + app/package-lock.json
ES_STATE="${EVERSHOP_STATE_DIR:-$ES_HERE/.state}"
ES_APP="${EVERSHOP_APP_DIR:-$ES_STATE/app}"
ES_RUN="$ES_STATE/run"          # removed by stop.sh: database cluster, logs, pids, site.json
ES_HOST=127.0.0.1
ES_PORT="${EVERSHOP_PORT:-3000}"
ES_URL="http://$ES_HOST:$ES_PORT"
ES_PG_PORT="${EVERSHOP_PG_PORT:-54329}"
ES_PG_DATA="$ES_RUN/pg"
# A unix socket path is limited to 107 bytes: fall back to /tmp when the state dir is deep.
ES_PG_SOCKDIR="$ES_RUN/pg-socket"
[ $(( ${#ES_PG_SOCKDIR} + 20 )) -le 100 ] || ES_PG_SOCKDIR="/tmp/temoin-evershop-pg-$ES_PG_PORT"
ES_ADMIN_EMAIL="${EVERSHOP_ADMIN_EMAIL:-admin@example.com}"
ES_ADMIN_PASSWORD="${EVERSHOP_ADMIN_PASSWORD:-Admin12345}"   # >= 8 chars with a letter and a digit
ES_SITE_JSON="${EVERSHOP_SITE_JSON:-$ES_RUN/site.json}"
ES_DB_NAME=evershop
ES_DB_USER=evershop
ES_DB_PASSWORD=evershop

# The newest PostgreSQL server installed by Debian (bookworm: 15).
es_pg_bin() { find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/initdb' 2>/dev/null | sort -V | tail -1 | xargs -r dirname; }

# sha256 of what the install depends on; a change means reinstall / rebuild.
es_lock_sum() { cat "$ES_HERE/app/package.json" "$ES_HERE/app/package-lock.json" | sha256sum | cut -c1-16; }

es_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# es_stop_pid NAME PIDFILE [WAIT_S] [SIGNAL] [single]: signal the process group that setsid
# made (or only the process, with `single`), wait up to WAIT_S seconds, then KILL the group.
es_stop_pid() {
  local name=$1 file=$2 wait_s=${3:-10} sig=${4:-TERM} mode=${5:-group} pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    if [ "$mode" = single ]; then kill "-$sig" "$pid" 2>/dev/null
    else kill "-$sig" -- "-$pid" 2>/dev/null || kill "-$sig" "$pid" 2>/dev/null; fi
    for _ in $(seq $((wait_s * 10))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null; fi
    echo "evershop: stopped $name (pid $pid)" >&2
  fi
  rm -f "$file"
}
