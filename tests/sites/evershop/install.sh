#!/usr/bin/env bash
# Installs the real EverShop test shop: PostgreSQL from Debian (apt, when missing) and EverShop
# 2.2.1 from npm into $EVERSHOP_APP_DIR (default .state/app: outside the repo's node_modules),
# with the exact dependency tree of app/package-lock.json (npm ci), then `evershop build`
# (webpack, ~1 min, peak ~2.2 GB RAM). Idempotent: each step is skipped when its result is
# there and up to date (a stamp records the lock file's hash and the app's absolute path: the
# build embeds that path, so a moved app is rebuilt). Needs root only for apt.
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

T0=$SECONDS
die() { echo "evershop: ERROR: $*" >&2; exit 1; }

# --- PostgreSQL (Debian) ---------------------------------------------------------------------
if [ -z "$(es_pg_bin)" ]; then
  [ "$(id -u)" = 0 ] || die "PostgreSQL is missing: run as root (apt-get install postgresql)"
  export DEBIAN_FRONTEND=noninteractive
  t=$SECONDS
  apt_install() { apt-get install -y -q -o DPkg::Lock::Timeout=600 --no-install-recommends postgresql; }
  apt-cache show postgresql >/dev/null 2>&1 || apt-get update -q
  apt_install || { apt-get update -q && apt_install; }
  # start.sh runs a private cluster: where apt started Debian's default one, stop it again.
  if command -v pg_lsclusters >/dev/null; then
    pg_lsclusters -h 2>/dev/null | awk '$4 == "online" { print $1, $2 }' | while read -r ver name; do
      pg_ctlcluster "$ver" "$name" stop || true
    done
  fi
  echo "evershop: installed PostgreSQL in $((SECONDS - t))s" >&2
else
  echo "evershop: PostgreSQL present ($(es_pg_bin))" >&2
fi

# --- EverShop (npm ci into the app dir) ------------------------------------------------------
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are needed"
mkdir -p "$ES_APP"
SUM="$(es_lock_sum)"
if [ -x "$ES_APP/node_modules/.bin/evershop" ] && [ "$(cat "$ES_APP/.temoin-npm" 2>/dev/null)" = "$SUM" ]; then
  echo "evershop: node_modules up to date" >&2
else
  t=$SECONDS
  cp "$ES_HERE/app/package.json" "$ES_HERE/app/package-lock.json" "$ES_APP/"
  # --ignore-scripts: the 4 packages with install scripts (sharp, @swc/core, @parcel/watcher,
  # core-js-pure) get their prebuilt binaries as optional dependencies; none needs its script.
  (cd "$ES_APP" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error) >&2
  echo "$SUM" >"$ES_APP/.temoin-npm"
  rm -f "$ES_APP/.temoin-build"
  echo "evershop: npm ci took $((SECONDS - t))s" >&2
fi

# --- evershop build ----------------------------------------------------------------------------
# Its bootstraps try the database and log "ECONNREFUSED" when it is down: harmless (the setting
# cache warm-up is optional), the build needs no database. DB_* point at our own port, never at
# another PostgreSQL that may listen on 5432.
BUILD_STAMP="$SUM $(node -v) $ES_APP"
if [ -d "$ES_APP/.evershop/build" ] && [ "$(cat "$ES_APP/.temoin-build" 2>/dev/null)" = "$BUILD_STAMP" ]; then
  echo "evershop: build up to date" >&2
else
  t=$SECONDS
  rm -rf "$ES_APP/.evershop/build"
  (cd "$ES_APP" && DB_HOST=$ES_HOST DB_PORT=$ES_PG_PORT SUPPRESS_NO_CONFIG_WARNING=1 NODE_ENV=production node node_modules/@evershop/evershop/dist/bin/evershop.js build) \
    >"$ES_APP/build.log" 2>&1 || { tail -30 "$ES_APP/build.log" >&2; die "evershop build failed, see $ES_APP/build.log"; }
  echo "$BUILD_STAMP" >"$ES_APP/.temoin-build"
  echo "evershop: build took $((SECONDS - t))s" >&2
fi
echo "evershop: install done in $((SECONDS - T0))s ($ES_APP)" >&2
