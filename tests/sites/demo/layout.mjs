// Page shells for the public site and the back office.
import { html, jsonLdScript, notices, optionalAttr } from './html.mjs';
import { COMPANY } from './seed.mjs';

function cartCount(ctx) {
  const session = ctx.peekSession();
  return session ? session.cart.reduce((sum, line) => sum + line.qty, 0) : 0;
}

/** schema.org BreadcrumbList from `[{ name, path }]` (the last item is the current page). */
export function breadcrumbJsonLd(ctx, trail) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: ctx.origin + item.path,
    })),
  };
}

export function breadcrumbNav(trail) {
  return html`<nav class="breadcrumb" aria-label="Fil d’Ariane"><ol>${trail.map((item, index) =>
    index === trail.length - 1
      ? html`<li aria-current="page">${item.name}</li>`
      : html`<li><a href="${item.path}">${item.name}</a></li>`,
  )}</ol></nav>`;
}

const NAV = [
  { path: '/', label: 'Accueil' },
  { path: '/produits', label: 'Boutique' },
  { path: '/blog', label: 'Blog' },
  { path: '/panier', label: 'Panier' },
];

/**
 * Public page shell with complete SEO head: title, description, canonical, Open Graph and
 * JSON-LD. `description` is optional on purpose: some seeded pages lack it, like real sites.
 */
export function publicPage(
  ctx,
  {
    title,
    description,
    canonicalPath,
    ogType = 'website',
    ogImage,
    jsonLd = [],
    body,
    robots,
    active,
    messages = [],
  },
) {
  const { settings } = ctx.data;
  const canonical = canonicalPath ? ctx.origin + canonicalPath : null;
  const image = ogImage ? new URL(ogImage, ctx.origin).href : `${ctx.origin}/images/jardins-oleane.svg`;
  const count = cartCount(ctx);
  return html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${description ? html`<meta name="description" content="${description}">` : ''}
${robots ? html`<meta name="robots" content="${robots}">` : ''}
${canonical ? html`<link rel="canonical" href="${canonical}">` : ''}
<meta property="og:locale" content="fr_FR">
<meta property="og:site_name" content="${settings.siteTitle}">
<meta property="og:type" content="${ogType}">
<meta property="og:title" content="${title}">
${description ? html`<meta property="og:description" content="${description}">` : ''}
${canonical ? html`<meta property="og:url" content="${canonical}">` : ''}
<meta property="og:image" content="${image}">
<link rel="stylesheet" href="/assets/site.css">
${jsonLd.map(jsonLdScript)}
</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <div>
    <a class="brand" href="/">${settings.siteTitle}</a>
    <p class="tagline">${settings.tagline}</p>
  </div>
  <nav class="site-nav" aria-label="Navigation principale"><ul>${NAV.map(
    (item) =>
      html`<li><a href="${item.path}"${optionalAttr('aria-current', active === item.path && 'page')}>${item.label}${
        item.path === '/panier' ? html` (<span id="cart-count">${count}</span>)` : ''
      }</a></li>`,
  )}</ul></nav>
</header>
<main id="contenu">
${notices([...ctx.takeFlash(), ...messages])}
${body}
</main>
<footer class="site-footer">
  <p>${COMPANY.name} · ${COMPANY.street}, ${COMPANY.postalCode} ${COMPANY.city} · ${COMPANY.email}</p>
  <nav aria-label="Informations légales"><ul>
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/cgv">Conditions générales de vente</a></li>
    <li><a href="/confidentialite">Politique de confidentialité</a></li>
    <li><a href="/admin">Administration</a></li>
  </ul></nav>
  <p><small>Site de démonstration fictif : aucune commande n’est réelle et aucun paiement n’est effectué.</small></p>
</footer>
</body>
</html>`;
}

const ADMIN_MENU = [
  { path: '/admin', label: 'Tableau de bord' },
  { path: '/admin/articles', label: 'Articles' },
  { path: '/admin/commentaires', label: 'Commentaires', badge: 'pendingComments' },
  { path: '/admin/produits', label: 'Produits' },
  { path: '/admin/categories', label: 'Catégories' },
  { path: '/admin/bons', label: 'Bons de réduction' },
  { path: '/admin/commandes', label: 'Commandes' },
  { path: '/admin/pages', label: 'Pages d’information' },
  { path: '/admin/reglages', label: 'Réglages' },
];

/** Back-office shell: top bar, side menu, one <h1> per page (given by `heading`). */
export function adminPage(ctx, { title, active, body, messages = [], scripts = '' }) {
  const { settings, comments } = ctx.data;
  const pendingComments = comments.filter((c) => c.status === 'pending').length;
  const badges = { pendingComments };
  return html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} ‹ ${settings.siteTitle} — Administration</title>
<link rel="stylesheet" href="/assets/admin.css">
</head>
<body class="admin">
<div class="admin-bar">
  <a href="/">${settings.siteTitle} — voir le site</a>
  <form method="post" action="/admin/logout"><span>Connecté en tant que admin</span> <button type="submit" id="logout">Se déconnecter</button></form>
</div>
<nav class="admin-menu" aria-label="Menu d’administration"><ul>${ADMIN_MENU.map(
    (item) =>
      html`<li><a href="${item.path}"${optionalAttr('aria-current', active === item.path && 'page')}>${item.label}${
        item.badge && badges[item.badge]
          ? html`<span class="badge" aria-label="${badges[item.badge]} en attente">${badges[item.badge]}</span>`
          : ''
      }</a></li>`,
  )}</ul></nav>
<main id="contenu">
${notices([...ctx.takeFlash(), ...messages])}
${body}
</main>
${scripts}
</body>
</html>`;
}

/** Numbered pagination; `hrefFor(page)` builds each link (keeps the current filters). */
export function pagination({ page, pages }, hrefFor, linkAttr = '') {
  if (pages <= 1) return '';
  const items = [];
  for (let p = 1; p <= pages; p += 1) {
    items.push(
      p === page
        ? html`<li><span aria-current="page">${p}</span></li>`
        : html`<li><a href="${hrefFor(p)}"${linkAttr}>${p}</a></li>`,
    );
  }
  return html`<nav class="pagination" aria-label="Pagination"><p>Page ${page} sur ${pages}</p><ul>${
    page > 1 ? html`<li><a href="${hrefFor(page - 1)}" rel="prev"${linkAttr}>Précédente</a></li>` : ''
  }${items}${page < pages ? html`<li><a href="${hrefFor(page + 1)}" rel="next"${linkAttr}>Suivante</a></li>` : ''}</ul></nav>`;
}
