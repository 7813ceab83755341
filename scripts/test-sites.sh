#!/usr/bin/env bash
# `npm run test:sites`: the extension against REAL sites. Installs what is missing (Debian
# packages, EverShop from npm, the extension build), starts a real WordPress 6.1 and a real
# EverShop 2.2 shop on 127.0.0.1 (each reset to its seed), runs tests/sites-e2e with vitest, and
# stops both sites whatever happens (trap). Prints how long each phase took.
#
# Needs root (apt, /etc/wordpress, the database servers run as mysql/postgres). Budget: the whole
# run is capped at TEST_SITES_BUDGET seconds (default 1500 = 25 min; about 6–7 min from zero and
# 2–3 min when installed, measured on 2 cores); each phase also has its own cap.
# Env: WP_PORT (8081), EVERSHOP_PORT (3000), EVERSHOP_PG_PORT (54329) — see tests/sites/*/common.sh;
#      TEST_SITES_KEEP=1 leaves the sites running afterwards; TEST_SITES_REBUILD=1 rebuilds the
#      extension even when .output/chrome-mv3 exists; TEST_SITES_RETRY=0 gives a failed run no
#      second attempt. Extra arguments go to vitest (e.g. a file).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
export DEBIAN_FRONTEND=noninteractive

BUDGET=${TEST_SITES_BUDGET:-1500}
DEADLINE=$((SECONDS + BUDGET))
PHASES=()
START_ALL=$SECONDS

log() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }
# phase NAME CAP_SECONDS CMD...: runs CMD under `timeout` (the smaller of CAP and the budget left),
# records its duration; returns CMD's status.
phase() {
  local name=$1 cap=$2 left t0 rc
  shift 2
  left=$((DEADLINE - SECONDS))
  [ "$left" -lt "$cap" ] && cap=$left
  if [ "$cap" -le 0 ]; then
    PHASES+=("$(printf '%-34s %7s  %s' "$name" '-' 'skipped: budget spent')")
    return 124
  fi
  log "$name (at most ${cap}s)"
  t0=$SECONDS
  timeout --kill-after=15 "$cap" "$@"
  rc=$?
  local status=ok
  [ $rc -eq 124 ] && status="TIMEOUT after ${cap}s"
  [ $rc -ne 0 ] && [ $rc -ne 124 ] && status="failed (exit $rc)"
  PHASES+=("$(printf '%-34s %6ss  %s' "$name" "$((SECONDS - t0))" "$status")")
  return $rc
}

report() {
  printf '\n\033[1m== test:sites phases\033[0m\n' >&2
  printf '%s\n' "${PHASES[@]}" >&2
  printf '%-34s %6ss\n' total "$((SECONDS - START_ALL))" >&2
}

stop_sites() {
  if [ "${TEST_SITES_KEEP:-0}" = 1 ]; then
    log "TEST_SITES_KEEP=1: the sites keep running (stop them with tests/sites/*/stop.sh)"
  else
    DEADLINE=$((SECONDS + 120)) # stopping always gets its own time
    phase 'stop WordPress' 60 bash tests/sites/wordpress/stop.sh
    phase 'stop EverShop' 60 bash tests/sites/evershop/stop.sh
  fi
  report
}
trap stop_sites EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[ "$(id -u)" = 0 ] || { echo "test:sites needs root (apt, the database servers, /etc/wordpress)" >&2; exit 1; }

# --- prerequisites: node_modules, Chromium, the extension build -------------------------------
if [ ! -x node_modules/.bin/vitest ]; then
  phase 'npm ci (repo)' 300 npm ci --no-audit --no-fund || exit 1
fi
if ! command -v chromium >/dev/null 2>&1; then
  phase 'apt: chromium' 300 bash -c 'apt-get update -q && apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core' || exit 1
fi
if [ "${TEST_SITES_REBUILD:-0}" = 1 ] || [ ! -f .output/chrome-mv3/manifest.json ]; then
  phase 'build the extension (wxt)' 300 npx wxt build || exit 1
fi

# --- install (each step skips what is already there) -------------------------------------------
phase 'install WordPress (apt)' 420 bash tests/sites/wordpress/install.sh || exit 1
phase 'install EverShop (apt, npm ci, build)' 720 bash tests/sites/evershop/install.sh || exit 1

# --- start, reset to the seed ------------------------------------------------------------------
phase 'start WordPress' 90 bash -c 'bash tests/sites/wordpress/start.sh >/dev/null' || exit 1
phase 'start EverShop' 180 bash -c 'bash tests/sites/evershop/start.sh >/dev/null' || exit 1

# --- the tests ---------------------------------------------------------------------------------
rm -rf tests/sites-e2e/.artifacts
phase 'vitest tests/sites-e2e' 600 npx vitest run --config tests/sites-e2e/vitest.config.ts "$@"
rc=$?
if [ $rc -ne 0 ] && [ "${TEST_SITES_RETRY:-1}" = 1 ]; then
  # One more attempt, on sites reset to their seed, in a new browser: a real block editor on a
  # loaded 2-core machine has missed a click now and then (the failed steps above say which and
  # where the tab was). It is reported as such: the phases below show both attempts, and a
  # failure that comes back is a failure. TEST_SITES_RETRY=0 runs once.
  echo "test:sites: FIRST ATTEMPT FAILED (exit $rc): the sites are reset and the tests run once more" >&2
  mv tests/sites-e2e/.artifacts tests/sites-e2e/.artifacts-first-attempt 2>/dev/null
  phase 'restart WordPress (seed)' 90 bash -c 'bash tests/sites/wordpress/stop.sh >/dev/null && bash tests/sites/wordpress/start.sh >/dev/null' || exit 1
  phase 'restart EverShop (seed)' 180 bash -c 'bash tests/sites/evershop/stop.sh >/dev/null && bash tests/sites/evershop/start.sh >/dev/null' || exit 1
  phase 'vitest tests/sites-e2e (2nd attempt)' 600 npx vitest run --config tests/sites-e2e/vitest.config.ts "$@"
  rc=$?
fi
[ $rc -ne 0 ] && echo "test:sites: failed steps left screenshots and the exported bundles in $ROOT/tests/sites-e2e/.artifacts" >&2
exit $rc
