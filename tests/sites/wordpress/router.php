<?php
// Router for PHP's built-in server serving Debian's `wordpress` package (start.sh runs
//   php -S 127.0.0.1:<port> -t /usr/share/wordpress router.php).
// - Selects the site's config: Debian's wp-config.php loads
//   /etc/wordpress/config-$_SERVER['WORDPRESS_CONFIG'].php (env TEMOIN_WP_CONFIG).
// - /wp-content/uploads/* is served from the state dir (env TEMOIN_WP_UPLOADS_DIR; seed.php
//   points the upload_path option there), so tests never write into /var/lib/wordpress.
// - Other /wp-content/* files come from Debian's WP_CONTENT_DIR (/var/lib/wordpress/wp-content:
//   languages, themes, plugins), then from the docroot.
// - Existing .php files run; other existing files are served by php -S itself; everything else
//   goes to index.php (pretty permalinks and the /wp-json/ REST routes).
// Variables are prefixed: this file runs in WordPress's global scope.

$temoin_config = getenv('TEMOIN_WP_CONFIG');
if (is_string($temoin_config) && preg_match('/^[a-zA-Z0-9-]+$/', $temoin_config)) {
    $_SERVER['WORDPRESS_CONFIG'] = $temoin_config;
}

$temoin_root    = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$temoin_content = '/var/lib/wordpress/wp-content';
$temoin_uploads = rtrim((string) getenv('TEMOIN_WP_UPLOADS_DIR'), '/');
$temoin_path    = '/' . ltrim(urldecode((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH)), '/');

if (strpos($temoin_path, '..') !== false) {
    http_response_code(400);
    return true;
}

function temoin_send_file(string $file): bool
{
    $types = [
        'css' => 'text/css', 'js' => 'text/javascript', 'json' => 'application/json',
        'png' => 'image/png', 'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'gif' => 'image/gif',
        'webp' => 'image/webp', 'svg' => 'image/svg+xml', 'ico' => 'image/x-icon',
        'woff' => 'font/woff', 'woff2' => 'font/woff2', 'ttf' => 'font/ttf',
        'txt' => 'text/plain', 'pdf' => 'application/pdf', 'mp4' => 'video/mp4',
    ];
    $ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
    header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
    header('Content-Length: ' . filesize($file));
    readfile($file);
    return true;
}

if ($temoin_uploads !== '' && strncmp($temoin_path, '/wp-content/uploads/', 20) === 0) {
    $temoin_file = $temoin_uploads . substr($temoin_path, 19);
    if (is_file($temoin_file) && substr($temoin_file, -4) !== '.php') {
        return temoin_send_file($temoin_file);
    }
    http_response_code(404);
    return true;
}

if (strncmp($temoin_path, '/wp-content/', 12) === 0) {
    $temoin_file = $temoin_content . substr($temoin_path, 11);
    if (is_file($temoin_file) && substr($temoin_file, -4) !== '.php') {
        return temoin_send_file($temoin_file);
    }
}

$temoin_file = $temoin_root . $temoin_path;
if (file_exists($temoin_file)) {
    if (is_dir($temoin_file)) {
        if (substr($temoin_path, -1) !== '/') {
            header('Location: ' . $temoin_path . '/', true, 301);
            return true;
        }
        if (!is_file($temoin_file . 'index.php')) {
            return false;
        }
        $temoin_path .= 'index.php';
        $temoin_file .= 'index.php';
    }
    if (pathinfo($temoin_file, PATHINFO_EXTENSION) !== 'php') {
        return false; // a static file: php -S serves it (it knows the MIME types)
    }
} else {
    $temoin_path = '/index.php';
    $temoin_file = $temoin_root . '/index.php';
}

$_SERVER['SCRIPT_NAME']     = $temoin_path;
$_SERVER['PHP_SELF']        = $temoin_path;
$_SERVER['SCRIPT_FILENAME'] = $temoin_file;
chdir(dirname($temoin_file));
unset($temoin_config, $temoin_root, $temoin_content, $temoin_uploads, $temoin_path);
require $temoin_file;
