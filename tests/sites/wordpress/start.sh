#!/usr/bin/env bash
# Starts the real WordPress test site (Debian's WordPress 6.1) on 127.0.0.1:$WP_PORT and resets
# it to the seed: a private MariaDB (own datadir under the state dir, unix socket only) and PHP's
# built-in server with router.php. Then a fresh database, the same POST as the install form,
# and seed.php's demo content. Prints the site description (JSON) on stdout and writes it to
# $WP_SITE_JSON; progress goes to stderr.
#
# Re-runnable: when MariaDB and php -S from a previous start are still up, they are kept and
# only the database, the uploads and the seed are redone (about 1–2 s). Stop with stop.sh.
# Needs root (writes /etc/wordpress/config-temoin-<port>.php) and install.sh's packages.
# Knobs: see common.sh.
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

T0=$(date +%s%N)
lap() { echo "wordpress: [$(( ($(date +%s%N) - T0) / 1000000 )) ms] $*" >&2; }
die() { echo "wordpress: ERROR: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root"
for bin in mariadbd mariadb-install-db mariadb php curl; do
  command -v "$bin" >/dev/null || die "missing $bin: run tests/sites/wordpress/install.sh"
done
[ -f "$WP_ROOT/wp-load.php" ] || die "Debian's wordpress package is not installed: run install.sh"
mkdir -p "$WP_STATE/log"

# --- MariaDB: private datadir, no TCP --------------------------------------------------------
if wp_alive "$WP_STATE/mariadbd.pid" && mariadb --no-defaults --socket="$WP_SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
  lap "mariadbd already up (pid $(cat "$WP_STATE/mariadbd.pid"))"
else
  wp_stop_pid mariadbd "$WP_STATE/mariadbd.pid"
  rm -rf "$WP_STATE/db" "$WP_STATE/run"
  mkdir -p "$WP_STATE/db" "$WP_STATE/run" "$(dirname "$WP_SOCK")"
  chown mysql:mysql "$WP_STATE/db" "$WP_STATE/run" "$WP_STATE/log"   # mariadbd runs as mysql
  mariadb-install-db --no-defaults --user=mysql --datadir="$WP_STATE/db" \
    --auth-root-authentication-method=socket --skip-test-db >"$WP_STATE/log/mariadb-install-db.log" 2>&1 \
    || die "mariadb-install-db failed, see $WP_STATE/log/mariadb-install-db.log"
  setsid mariadbd --no-defaults --user=mysql --datadir="$WP_STATE/db" --socket="$WP_SOCK" \
    --pid-file="$WP_STATE/run/mariadbd.pid" --skip-networking --skip-name-resolve \
    --log-error="$WP_STATE/log/mariadb.err" --innodb-buffer-pool-size="${WP_INNODB_POOL:-64M}" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    </dev/null >/dev/null 2>&1 &
  echo $! >"$WP_STATE/mariadbd.pid"
  for _ in $(seq 150); do
    mariadb --no-defaults --socket="$WP_SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
    wp_alive "$WP_STATE/mariadbd.pid" || die "mariadbd died, see $WP_STATE/log/mariadb.err"
    sleep 0.2
  done
  mariadb --no-defaults --socket="$WP_SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1 || die "mariadbd did not answer in 30 s"
  lap "mariadbd up (pid $(cat "$WP_STATE/mariadbd.pid"))"
fi

# --- a fresh database (this is the reset) ----------------------------------------------------
[ -s "$WP_STATE/db-password" ] || head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$WP_STATE/db-password"
DB_PASS="db-$(cat "$WP_STATE/db-password")"
mariadb --no-defaults --socket="$WP_SOCK" -uroot <<SQL
DROP DATABASE IF EXISTS $WP_DB_NAME;
CREATE DATABASE $WP_DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$WP_DB_USER'@'localhost' IDENTIFIED BY '$DB_PASS';
GRANT ALL PRIVILEGES ON $WP_DB_NAME.* TO '$WP_DB_USER'@'localhost';
SQL
rm -rf "$WP_STATE/uploads"
mkdir -p "$WP_STATE/uploads"
lap "database $WP_DB_NAME created"

# --- WordPress config (Debian: /etc/wordpress/config-<name>.php) -----------------------------
# Written once per state dir: a running php -S keeps the same salts (logins and nonces stay
# valid across a reset) and never sees a half-written file.
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
mkdir -p /etc/wordpress
if ! grep -qsF "define('DB_PASSWORD', '$DB_PASS');" "$WP_CONF" || ! grep -qsF "'localhost:$WP_SOCK'" "$WP_CONF"; then
( umask 027
  cat >"$WP_CONF.tmp" <<PHP
<?php
// Written by Témoin's tests/sites/wordpress/start.sh for $WP_URL; stop.sh removes it.
define('DB_NAME', '$WP_DB_NAME');
define('DB_USER', '$WP_DB_USER');
define('DB_PASSWORD', '$DB_PASS');
define('DB_HOST', 'localhost:$WP_SOCK');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('AUTH_KEY', '$(salt)');
define('SECURE_AUTH_KEY', '$(salt)');
define('LOGGED_IN_KEY', '$(salt)');
define('NONCE_KEY', '$(salt)');
define('AUTH_SALT', '$(salt)');
define('SECURE_AUTH_SALT', '$(salt)');
define('LOGGED_IN_SALT', '$(salt)');
define('NONCE_SALT', '$(salt)');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HTTP_BLOCK_EXTERNAL', true);   // offline: no calls (and timeouts) to api.wordpress.org
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);          // no loopback wp-cron.php requests during the tests
define('WP_ALLOW_MULTISITE', false);
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
define('WP_DEBUG', false);
PHP
)
chgrp www-data "$WP_CONF.tmp" 2>/dev/null || true
mv "$WP_CONF.tmp" "$WP_CONF"
lap "wrote $WP_CONF"
fi

# --- PHP built-in server ---------------------------------------------------------------------
if wp_alive "$WP_STATE/php.pid" && curl -fsS -o /dev/null "$WP_URL/wp-includes/images/blank.gif" 2>/dev/null; then
  lap "php -S already up (pid $(cat "$WP_STATE/php.pid"))"
else
  wp_stop_pid php-server "$WP_STATE/php.pid"
  if (exec 3<>"/dev/tcp/$WP_HOST/$WP_PORT") 2>/dev/null; then die "port $WP_PORT is already in use (set WP_PORT)"; fi
  # Variables read by router.php: which /etc/wordpress config to load, where uploads live.
  TEMOIN_WP_CONFIG="$WP_CONFIG_NAME" TEMOIN_WP_UPLOADS_DIR="$WP_STATE/uploads" \
    PHP_CLI_SERVER_WORKERS="${WP_PHP_WORKERS:-4}" \
    setsid php -d opcache.enable_cli=1 -d opcache.revalidate_freq=0 -d upload_max_filesize=16M -d post_max_size=20M \
    -S "$WP_HOST:$WP_PORT" -t "$WP_ROOT" "$WP_HERE/router.php" \
    </dev/null >"$WP_STATE/log/php-server.log" 2>&1 &
  echo $! >"$WP_STATE/php.pid"
  for _ in $(seq 100); do
    curl -fsS -o /dev/null "$WP_URL/wp-includes/images/blank.gif" 2>/dev/null && break
    wp_alive "$WP_STATE/php.pid" || die "php -S died, see $WP_STATE/log/php-server.log"
    sleep 0.1
  done
  lap "php -S up on $WP_URL (pid $(cat "$WP_STATE/php.pid"))"
fi

# --- non-interactive install: the same POST as the install form ------------------------------
code=$(curl -sS -o "$WP_STATE/log/install.html" -w '%{http_code}' "$WP_URL/wp-admin/install.php?step=2" \
  --data-urlencode "weblog_title=Menuiserie Duval" \
  --data-urlencode "user_name=$WP_ADMIN_USER" \
  --data-urlencode "admin_password=$WP_ADMIN_PASS" \
  --data-urlencode "admin_password2=$WP_ADMIN_PASS" \
  --data-urlencode "pw_weak=on" \
  --data-urlencode "admin_email=admin@example.com" \
  --data-urlencode "blog_public=0" \
  --data-urlencode "language=fr_FR")
{ [ "$code" = 200 ] && grep -q 'wp-login.php' "$WP_STATE/log/install.html"; } \
  || die "install failed (HTTP $code), see $WP_STATE/log/install.html"
lap "WordPress installed"

# --- demo content ----------------------------------------------------------------------------
mkdir -p "$(dirname "$WP_SITE_JSON")"
TEMOIN_WP_CONFIG="$WP_CONFIG_NAME" TEMOIN_WP_UPLOADS_DIR="$WP_STATE/uploads" \
  WP_ADMIN_PASS="$WP_ADMIN_PASS" SEED_HIDE_WELCOME_GUIDE="${SEED_HIDE_WELCOME_GUIDE:-0}" \
  php "$WP_HERE/seed.php" "$WP_HOST:$WP_PORT" 2>"$WP_STATE/log/seed.err" >"$WP_SITE_JSON.tmp" \
  || { cat "$WP_STATE/log/seed.err" >&2; die "seed.php failed"; }
mv "$WP_SITE_JSON.tmp" "$WP_SITE_JSON"
lap "seeded"

curl -fsS -o /dev/null "$WP_URL/a-propos/" || die "the public page /a-propos/ is not served"
curl -fsS -o /dev/null "$WP_URL/wp-json/wp/v2/posts" || die "REST /wp-json/ is not served"
lap "ready: $WP_URL/ (admin: $WP_URL/wp-admin/, $WP_ADMIN_USER / $WP_ADMIN_PASS)"
cat "$WP_SITE_JSON"
