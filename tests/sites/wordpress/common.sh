# Shared settings of start.sh and stop.sh (sourced, not run). Every knob is an env variable.
#   WP_STATE_DIR  state dir (database, uploads, logs, pids, site.json)   default: ./.state
#   WP_PORT       port of `php -S` on 127.0.0.1                           default: 8081
#   WP_ADMIN_USER / WP_ADMIN_PASS  the administrator                      default: admin / temoin-wp-admin
#   WP_SITE_JSON  where start.sh writes the site description (URL, ids)   default: $WP_STATE_DIR/site.json
#   WP_PHP_WORKERS  php -S workers (the block editor fires parallel REST calls)  default: 4
WP_HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WP_STATE="${WP_STATE_DIR:-$WP_HERE/.state}"
WP_HOST=127.0.0.1
WP_PORT="${WP_PORT:-8081}"
WP_URL="http://$WP_HOST:$WP_PORT"
WP_ROOT=/usr/share/wordpress
# Debian's wp-config.php loads /etc/wordpress/config-$WORDPRESS_CONFIG.php when that server
# variable is set (router.php and seed.php set it): one config per port, so this site never
# takes over a config-127.0.0.1.php that something else on the machine may use.
WP_CONFIG_NAME="temoin-$WP_PORT"
WP_CONF="/etc/wordpress/config-$WP_CONFIG_NAME.php"
WP_ADMIN_USER="${WP_ADMIN_USER:-admin}"
WP_ADMIN_PASS="${WP_ADMIN_PASS:-temoin-wp-admin}"
WP_SITE_JSON="${WP_SITE_JSON:-$WP_STATE/site.json}"
WP_DB_NAME=temoin_wp
WP_DB_USER=temoin_wp
# A unix socket path is limited to 107 bytes: fall back to /tmp when the state dir is deep.
WP_SOCK="$WP_STATE/run/mysqld.sock"
[ ${#WP_SOCK} -le 100 ] || WP_SOCK="/tmp/temoin-wp-$WP_PORT.sock"

wp_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# TERM the process group that setsid created, wait up to 10 s, then KILL it.
wp_stop_pid() {
  local name=$1 file=$2 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null; fi
    echo "wordpress: stopped $name (pid $pid)" >&2
  fi
  rm -f "$file"
}
