// Back office: authentication, dashboard, orders and settings.
import { createHash, timingSafeEqual } from 'node:crypto';
import { checkboxField, inputField } from '../forms.mjs';
import { formatDateTime, formatPrice, html, notices } from '../html.mjs';
import { HttpError } from '../http.mjs';
import { adminPage } from '../layout.mjs';
import { ADMIN_USER } from '../seed.mjs';

function sameSecret(given, expected) {
  // Compare digests so that lengths match and timing reveals nothing.
  const digest = (value) => createHash('sha256').update(String(value)).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Guards an admin page: visitors without an admin session are sent to the login form. */
export function requireAdmin(handler) {
  return (ctx, params) => {
    if (ctx.isAdmin()) return handler(ctx, params);
    return ctx.redirect(`/admin/login?next=${encodeURIComponent(ctx.url.pathname + ctx.url.search)}`, 302);
  };
}

/** Guards an admin API route: a JSON 401 instead of a redirect, as REST APIs do. */
export function requireAdminApi(handler) {
  return (ctx, params) => {
    if (ctx.isAdmin()) return handler(ctx, params);
    throw new HttpError(401, 'Vous devez être connecté pour faire cela.', 'rest_not_logged_in');
  };
}

function safeNext(value) {
  // Only back-office paths: never redirect to another site after login.
  return typeof value === 'string' && /^\/admin(?:[/?]|$)/.test(value) && !value.startsWith('//')
    ? value
    : '/admin';
}

function loginPage(ctx, { status = 200, error, username = '' } = {}) {
  const next = safeNext(ctx.query.get('next'));
  const messages = [];
  if (error) messages.push({ type: 'error', text: error, tag: 'login-error' });
  if (ctx.query.get('deconnecte') === '1') messages.push({ type: 'success', text: 'Vous êtes déconnecté.' });
  ctx.html(
    status,
    html`<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow">
<title>Connexion ‹ ${ctx.data.settings.siteTitle} — Administration</title><link rel="stylesheet" href="/assets/admin.css"></head>
<body class="login"><main class="login-box" id="contenu">
<h1>Connexion à l’administration</h1>
${notices(messages)}
<form method="post" action="/admin/login" id="loginform">
  <input type="hidden" name="next" value="${next}">
  ${inputField({ id: 'username', name: 'username', label: 'Identifiant', value: username, required: true, autocomplete: 'username' })}
  ${inputField({ id: 'password', name: 'password', label: 'Mot de passe', type: 'password', required: true, autocomplete: 'current-password' })}
  <p><button type="submit" id="login-submit">Se connecter</button></p>
</form>
<p><a href="/">← Retour sur ${ctx.data.settings.siteTitle}</a></p>
</main></body></html>`,
  );
}

export function loginForm(ctx) {
  if (ctx.isAdmin()) return ctx.redirect(safeNext(ctx.query.get('next')));
  loginPage(ctx);
}

export async function loginSubmit(ctx) {
  const form = await ctx.readForm();
  const username = (form.get('username') ?? '').trim();
  const password = form.get('password') ?? '';
  if (!sameSecret(username, ADMIN_USER.login) || !sameSecret(password, ADMIN_USER.password)) {
    return loginPage(ctx, { status: 401, error: 'Identifiant ou mot de passe incorrect.', username });
  }
  ctx.rotateSession().user = 'admin';
  ctx.redirect(safeNext(form.get('next')));
}

export function logout(ctx) {
  const session = ctx.peekSession();
  if (session) session.user = null;
  ctx.redirect('/admin/login?deconnecte=1');
}

export function dashboard(ctx) {
  const { posts, comments, products, vouchers, orders } = ctx.data;
  const revenue = orders.reduce((sum, o) => sum + o.total, 0);
  const today = ctx.store.now().toISOString().slice(0, 10);
  const cards = [
    ['Articles publiés', posts.filter((p) => p.status === 'publish').length, '/admin/articles'],
    ['Brouillons', posts.filter((p) => p.status === 'draft').length, '/admin/articles'],
    [
      'Commentaires en attente',
      comments.filter((c) => c.status === 'pending').length,
      '/admin/commentaires?statut=pending',
    ],
    ['Produits', products.length, '/admin/produits'],
    ['Produits en rupture', products.filter((p) => p.stock === 0).length, '/admin/produits'],
    ['Bons actifs', vouchers.filter((v) => v.validFrom <= today && today <= v.validTo).length, '/admin/bons'],
    ['Commandes', orders.length, '/admin/commandes'],
    ['Chiffre d’affaires', formatPrice(revenue), '/admin/commandes'],
  ];
  const body = html`<h1>Tableau de bord</h1>
<section aria-labelledby="en-bref"><h2 id="en-bref">En bref</h2>
<div class="cards">${cards.map(([label, value, href]) => html`<a class="card" href="${href}"><strong>${value}</strong>${label}</a>`)}</div></section>
<section aria-labelledby="actions-rapides"><h2 id="actions-rapides">Actions rapides</h2>
<p><a class="button" href="/admin/articles/new">Écrire un article</a> <a class="button" href="/admin/bons/new">Créer un bon de réduction</a></p></section>
<section aria-labelledby="dernieres-commandes"><h2 id="dernieres-commandes">Dernières commandes</h2>
${orders.length ? ordersTable(orders.slice(-5).reverse()) : html`<p>Aucune commande pour le moment.</p>`}</section>`;
  ctx.html(200, adminPage(ctx, { title: 'Tableau de bord', active: '/admin', body }));
}

function ordersTable(orders) {
  return html`<table id="orders-table"><thead><tr><th scope="col">N°</th><th scope="col">Date</th><th scope="col">Client</th><th scope="col">Articles</th><th scope="col">Code promo</th><th scope="col">Total</th><th scope="col">Paiement</th><th scope="col">État</th></tr></thead>
<tbody>${orders.map(
    (
      o,
    ) => html`<tr data-order-id="${o.id}"><td><a href="/admin/commandes/${o.id}">${o.id}</a></td><td>${formatDateTime(o.date)}</td>
<td>${o.customer.firstName} ${o.customer.lastName}<br><small>${o.customer.email}</small></td><td>${o.lines.reduce((n, l) => n + l.qty, 0)}</td>
<td>${o.voucherCode ?? '—'}</td><td>${formatPrice(o.total)}</td><td>${o.paymentMethod === 'carte' ? 'Carte' : 'Prélèvement'}</td><td>${o.status}</td></tr>`,
  )}</tbody></table>`;
}

export function ordersList(ctx) {
  const orders = [...ctx.data.orders].reverse();
  const body = html`<h1>Commandes</h1>
<p>${orders.length} commande${orders.length > 1 ? 's' : ''}.</p>
${orders.length ? ordersTable(orders) : html`<p>Aucune commande pour le moment.</p>`}`;
  ctx.html(200, adminPage(ctx, { title: 'Commandes', active: '/admin/commandes', body }));
}

function settingsForm(ctx, { values, errors = {}, status = 200 } = {}) {
  const settings = values ?? ctx.data.settings;
  const messages =
    ctx.query.get('enregistre') === '1'
      ? [{ type: 'success', text: 'Réglages enregistrés.', tag: 'saved' }]
      : [];
  const body = html`<h1>Réglages</h1>
<form method="post" action="/admin/reglages" id="settings-form">
  <fieldset><legend>Général</legend>
  ${inputField({ id: 'site_title', name: 'site_title', label: 'Titre du site', value: settings.siteTitle, required: true, error: errors.site_title })}
  ${inputField({ id: 'tagline', name: 'tagline', label: 'Slogan', value: settings.tagline, hint: 'En quelques mots, décrivez la raison d’être du site.' })}
  </fieldset>
  <fieldset><legend>Discussion</legend>
  ${checkboxField({ id: 'comments_require_approval', name: 'comments_require_approval', label: 'Les commentaires doivent être approuvés manuellement', checked: settings.commentsRequireApproval })}
  </fieldset>
  <p><button type="submit" id="save-settings">Enregistrer les modifications</button></p>
</form>`;
  ctx.html(status, adminPage(ctx, { title: 'Réglages', active: '/admin/reglages', body, messages }));
}

export function settingsPage(ctx) {
  settingsForm(ctx);
}

export async function settingsSave(ctx) {
  const form = await ctx.readForm();
  const values = {
    siteTitle: (form.get('site_title') ?? '').trim().slice(0, 100),
    tagline: (form.get('tagline') ?? '').trim().slice(0, 200),
    commentsRequireApproval: form.get('comments_require_approval') === '1',
  };
  if (!values.siteTitle) {
    return settingsForm(ctx, {
      values,
      errors: { site_title: 'Le titre du site est obligatoire.' },
      status: 422,
    });
  }
  Object.assign(ctx.data.settings, values);
  ctx.redirect('/admin/reglages?enregistre=1');
}
