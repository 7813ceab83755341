#!/usr/bin/env bash
# Stops what start.sh started, by the PIDs it recorded: EverShop's process group (web server,
# cron and subscriber processes), then PostgreSQL (fast shutdown), and deletes the run state
# (database cluster, logs, site.json). The installation (.state/app: node_modules and the
# build) stays for the next start; `stop.sh --purge` removes it too. Safe when nothing runs.
set -uo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

es_stop_pid evershop "$ES_RUN/evershop.pid" 10
es_stop_pid postgres "$ES_RUN/postgres.pid" 15 INT single   # SIGINT to the postmaster = fast shutdown
rm -rf "$ES_RUN" "/tmp/temoin-evershop-pg-$ES_PG_PORT"
echo "evershop: removed $ES_RUN" >&2
if [ "${1:-}" = --purge ]; then
  rm -rf "$ES_APP" "$ES_STATE"
  echo "evershop: removed the installation ($ES_APP)" >&2
fi
