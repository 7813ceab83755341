#!/usr/bin/env bash
# Installs what the real WordPress test site needs, from Debian bookworm's archive:
# WordPress 6.1 (Debian package), its French translations, the Twenty Twenty-Three theme,
# MariaDB and the PHP CLI. Idempotent: does nothing when every package is already installed.
# Needs root. Nothing is started: start.sh runs its own MariaDB and `php -S`.
#
# The `wordpress` package Depends pull in apache2 and libapache2-mod-php; they stay unused.
# Without recommends there is no theme, hence the explicit wordpress-theme-twentytwentythree.
set -euo pipefail

PKGS=(wordpress wordpress-l10n wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql)

installed() { dpkg-query -W -f='${db:Status-Status}\n' "$1" 2>/dev/null | grep -qx installed; }

missing=()
for pkg in "${PKGS[@]}"; do installed "$pkg" || missing+=("$pkg"); done
if [ ${#missing[@]} -eq 0 ]; then
  echo "wordpress: packages already installed ($(dpkg-query -W -f='${Version}' wordpress))"
  exit 0
fi

[ "$(id -u)" = 0 ] || { echo "wordpress/install.sh: run as root (apt-get install ${missing[*]})" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive
t0=$SECONDS
# Servers that this install brings in (not those the machine already had).
new_servers=()
installed apache2 || new_servers+=(apache2)
installed mariadb-server || new_servers+=(mariadb)
apt_install() {
  apt-get install -y -q -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}"
}
# On a fresh machine the package lists may be missing or stale (archives moved on): refresh
# them first when some package has no candidate, and retry once after a refresh otherwise.
for pkg in "${missing[@]}"; do
  if ! apt-cache show "$pkg" >/dev/null 2>&1; then apt-get update -q; break; fi
done
apt_install || { apt-get update -q && apt_install; }
# Where policy-rc.d lets apt start services (a normal host), apache2 (:80) and MariaDB (:3306)
# come up: stop the ones this install brought, start.sh runs private servers.
for svc in "${new_servers[@]}"; do
  if command -v service >/dev/null && service "$svc" status >/dev/null 2>&1; then service "$svc" stop || true; fi
done
echo "wordpress: installed ${missing[*]} in $((SECONDS - t0))s ($(dpkg-query -W -f='${Version}' wordpress))"
