<?php
// Seeds the demo content of the WordPress test site into a freshly *installed* WordPress
// (Debian package). Debian has no WP-CLI: this runs WordPress itself from the CLI.
// Usage (start.sh does it): TEMOIN_WP_CONFIG=temoin-8081 TEMOIN_WP_UPLOADS_DIR=... php seed.php 127.0.0.1:8081
// Env: WP_ADMIN_PASS (echoed in the output for the tests), SEED_HIDE_WELCOME_GUIDE=1 (hide the
// block editor's welcome guide for the admin; default: shown, as on a real first visit).
// Prints the site description as JSON on stdout: URL, credentials, and the ids it created.

if (PHP_SAPI !== 'cli') {
    exit(1);
}
$host = $argv[1] ?? '127.0.0.1:8081';
$_SERVER['HTTP_HOST']       = $host;
$_SERVER['SERVER_NAME']     = preg_replace('/:.*/', '', $host);
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['WORDPRESS_CONFIG'] = (string) getenv('TEMOIN_WP_CONFIG');

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

$admin = get_users(['role' => 'administrator', 'number' => 1])[0];
wp_set_current_user($admin->ID);

// --- site options ------------------------------------------------------------------------
$tagline = 'Menuiserie artisanale à Lyon depuis 1987';
update_option('blogdescription', $tagline);
update_option('timezone_string', 'Europe/Paris');
update_option('date_format', 'j F Y');
update_option('time_format', 'H:i');
update_option('comment_moderation', 0);          // the candidate turns manual approval on
update_option('comment_previously_approved', 1);
update_option('default_comment_status', 'open');
update_option('show_on_front', 'posts');
update_user_meta($admin->ID, 'locale', '');      // the admin UI follows the site locale
// Uploads go to the state dir, served by router.php under /wp-content/uploads/.
$uploads = getenv('TEMOIN_WP_UPLOADS_DIR');
if (is_string($uploads) && $uploads !== '') {
    update_option('upload_path', $uploads);
    update_option('upload_url_path', home_url('/wp-content/uploads'));
}
update_option('uploads_use_yearmonth_folders', 0);

// Pretty permalinks, hence the REST API under /wp-json/ (the router sends unknown paths to index.php).
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
flush_rewrite_rules(false); // false: no .htaccess

if (getenv('SEED_HIDE_WELCOME_GUIDE') === '1') {
    global $wpdb;
    update_user_meta($admin->ID, $wpdb->get_blog_prefix() . 'persisted_preferences', [
        'core/edit-post' => ['welcomeGuide' => false],
        '_modified'      => gmdate('c'),
    ]);
}

// --- remove the default content ("Bonjour tout le monde !", sample page, privacy draft) -----
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $p) {
    wp_delete_post($p->ID, true);
}

$cat = wp_insert_term('Actualités', 'category', ['slug' => 'actualites']);
$cat_id = is_wp_error($cat) ? (int) get_term_by('slug', 'actualites', 'category')->term_id : (int) $cat['term_id'];

function temoin_blocks(array $paragraphs): string
{
    $out = [];
    foreach ($paragraphs as $p) {
        $out[] = "<!-- wp:paragraph -->\n<p>" . esc_html($p) . "</p>\n<!-- /wp:paragraph -->";
    }
    return implode("\n\n", $out);
}

function temoin_insert(array $args): int
{
    $id = wp_insert_post(wp_slash($args), true);
    if (is_wp_error($id)) {
        fwrite(STDERR, 'wp_insert_post failed: ' . $id->get_error_message() . "\n");
        exit(2);
    }
    return (int) $id;
}

$posts = [
    ['Nouvel atelier à Villeurbanne', 'nouvel-atelier-villeurbanne', '2024-03-04 09:00:00',
     'Nous emménageons dans un atelier de 400 m² pour mieux vous servir.',
     ['Après trente ans rue Paul Bert, l\'atelier déménage à Villeurbanne.', 'Portes ouvertes le samedi 6 avril, de 10 h à 17 h.']],
    ['Bien entretenir un plan de travail en chêne', 'entretien-plan-de-travail-chene', '2024-04-12 14:30:00',
     'Nos conseils pour garder un plan de travail en chêne beau pendant des années.',
     ['Huilez le bois deux fois par an avec une huile dure.', 'Évitez les produits ménagers à base d\'ammoniaque.']],
    ['Nous recrutons un apprenti menuisier', 'recrutement-apprenti-menuisier', '2024-05-20 08:15:00',
     'CAP menuisier fabricant en alternance, rentrée de septembre.',
     ['Vous aimez le travail du bois et le travail bien fait ?', 'Envoyez votre candidature à recrutement@example.com.']],
];
$post_ids = [];
foreach ($posts as [$title, $slug, $date, $excerpt, $paras]) {
    $post_ids[$slug] = temoin_insert([
        'post_type'      => 'post',
        'post_status'    => 'publish',
        'post_author'    => $admin->ID,
        'post_title'     => $title,
        'post_name'      => $slug,
        'post_excerpt'   => $excerpt,
        'post_content'   => temoin_blocks($paras),
        'post_date'      => $date,
        'post_category'  => [$cat_id],
        'comment_status' => 'open',
    ]);
}

$page_ids = [];
$page_ids['a-propos'] = temoin_insert([
    'post_type' => 'page', 'post_status' => 'publish', 'post_author' => $admin->ID,
    'post_title' => 'À propos', 'post_name' => 'a-propos', 'menu_order' => 1,
    'post_content' => temoin_blocks(['Menuiserie Duval est une entreprise familiale fondée en 1987.', 'Nous fabriquons cuisines, escaliers et agencements sur mesure.']),
    'comment_status' => 'closed',
]);
$page_ids['mentions-legales'] = temoin_insert([
    'post_type' => 'page', 'post_status' => 'publish', 'post_author' => $admin->ID,
    'post_title' => 'Mentions légales', 'post_name' => 'mentions-legales', 'menu_order' => 2,
    'post_content' => temoin_blocks(['Éditeur : Menuiserie Duval SARL, 12 rue de l\'Exemple, 69100 Villeurbanne.', 'Hébergeur : environnement de test local.']),
    'comment_status' => 'closed',
]);

$comment = function (int $post_id, string $author, string $email, string $text, int $approved, string $date): array {
    $id = (int) wp_insert_comment([
        'comment_post_ID'      => $post_id,
        'comment_author'       => $author,
        'comment_author_email' => $email,
        'comment_author_IP'    => '127.0.0.1',
        'comment_agent'        => 'seed.php',
        'comment_content'      => $text,
        'comment_approved'     => $approved,
        'comment_date'         => $date,
        'comment_date_gmt'     => get_gmt_from_date($date),
    ]);
    return ['id' => $id, 'post' => $post_id, 'author' => $author, 'text' => $text];
};
$comments = [
    'approved' => [
        $comment($post_ids['nouvel-atelier-villeurbanne'], 'Claire Martin', 'claire@example.com', 'Félicitations pour le nouvel atelier !', 1, '2024-03-05 10:12:00'),
        $comment($post_ids['entretien-plan-de-travail-chene'], 'Jean Petit', 'jean@example.com', 'Merci, quelle huile conseillez-vous ?', 1, '2024-04-13 18:40:00'),
    ],
    'pending' => [
        $comment($post_ids['recrutement-apprenti-menuisier'], 'Sophie Leroy', 'sophie@example.com', 'Le poste est-il ouvert aux reconversions ?', 0, '2024-05-21 09:05:00'),
    ],
];
foreach ($post_ids as $id) {
    wp_update_comment_count_now($id);
}

echo json_encode([
    'cms'      => 'wordpress',
    'version'  => get_bloginfo('version'),
    'url'      => untrailingslashit(home_url('/')),
    'locale'   => get_locale(),
    'admin'    => ['user' => $admin->user_login, 'password' => (string) getenv('WP_ADMIN_PASS')],
    'tagline'  => $tagline,
    'commentModeration' => (int) get_option('comment_moderation'),
    'category' => ['id' => $cat_id, 'slug' => 'actualites'],
    'posts'    => $post_ids,
    'pages'    => $page_ids,
    'comments' => $comments,
], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT), "\n";
