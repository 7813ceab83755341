#!/usr/bin/env bash
# Stops what start.sh started, by the PIDs it recorded (php -S, then MariaDB with a clean
# shutdown), and deletes the state dir and the WordPress config it wrote. Packages stay
# installed. Safe to run when nothing is running.
set -uo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

wp_stop_pid php-server "$WP_STATE/php.pid"
wp_stop_pid mariadbd "$WP_STATE/mariadbd.pid"
rm -f "$WP_CONF" "/tmp/temoin-wp-$WP_PORT.sock"
rm -rf "$WP_STATE"
echo "wordpress: removed $WP_STATE and $WP_CONF" >&2
