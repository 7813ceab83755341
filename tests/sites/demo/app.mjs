// Les Jardins d'Oléane: a fictional tea shop used as Témoin's demo reference site.
// This module wires the routes and exports `startDemoSite()` for tests and the CLI.
import { createServer } from 'node:http';
import * as api from './api.mjs';
import { ADMIN_CSS, placeholderSvg, SITE_CSS } from './assets.mjs';
import { html } from './html.mjs';
import { createContext, HttpError } from './http.mjs';
import * as admin from './pages/admin.mjs';
import * as catalog from './pages/admin-catalog.mjs';
import * as content from './pages/admin-content.mjs';
import * as adminShop from './pages/admin-shop.mjs';
import * as pub from './pages/public.mjs';
import * as shop from './pages/shop.mjs';
import { createStore, summarizeState } from './state.mjs';

const page = admin.requireAdmin;
const apiRoute = admin.requireAdminApi;

function staticText(body, type) {
  return (ctx) => ctx.send(200, body, { 'Content-Type': type, 'Cache-Control': 'public, max-age=3600' });
}

/** [method, path pattern with :params, handler]. First match wins. */
const ROUTES = [
  ['GET', '/', pub.home],
  ['GET', '/blog', pub.blogIndex],
  ['GET', '/blog/:slug', pub.article],
  ['POST', '/blog/:slug/commentaires', pub.postComment],
  ['GET', '/produits', shop.productList],
  ['GET', '/produits/:slug', shop.productPage],
  ['GET', '/panier', shop.cartPage],
  ['POST', '/panier/ajouter', shop.cartAdd],
  ['POST', '/panier/modifier', shop.cartUpdate],
  ['POST', '/panier/supprimer', shop.cartRemove],
  ['POST', '/panier/bon', shop.cartApplyVoucher],
  ['POST', '/panier/bon/retirer', shop.cartRemoveVoucher],
  ['GET', '/commande', shop.checkoutPage],
  ['POST', '/commande/valider', shop.checkoutSubmit],
  ['GET', '/commande/confirmation/:orderId', shop.confirmationPage],
  ['GET', '/mentions-legales', (ctx) => pub.legalPage(ctx, 'mentions-legales')],
  ['GET', '/cgv', (ctx) => pub.legalPage(ctx, 'cgv')],
  ['GET', '/confidentialite', (ctx) => pub.legalPage(ctx, 'confidentialite')],
  ['GET', '/page/:slug', catalog.cmsPublicPage],
  ['GET', '/robots.txt', pub.robotsTxt],
  ['GET', '/sitemap.xml', pub.sitemapXml],

  ['GET', '/admin/login', admin.loginForm],
  ['POST', '/admin/login', admin.loginSubmit],
  ['POST', '/admin/logout', admin.logout],
  ['GET', '/admin', page(admin.dashboard)],
  ['GET', '/admin/articles', page(content.articlesList)],
  ['GET', '/admin/articles/new', page(content.articleNew)],
  ['GET', '/admin/articles/:id', page(content.articleEdit)],
  ['GET', '/admin/commentaires', page(content.commentsPage)],
  ['GET', '/admin/produits', page(adminShop.productsList)],
  ['GET', '/admin/produits/:id', page(adminShop.productEdit)],
  ['POST', '/admin/produits/:id', page(adminShop.productSave)],
  ['GET', '/admin/bons', page(adminShop.vouchersList)],
  ['GET', '/admin/bons/new', page(adminShop.voucherNew)],
  ['POST', '/admin/bons', page(adminShop.voucherCreate)],
  ['GET', '/admin/commandes', page(admin.ordersList)],
  ['GET', '/admin/commandes/:id', page(catalog.orderPage)],
  ['POST', '/admin/commandes/:id/etat', page(catalog.orderStatusSave)],
  ['GET', '/admin/categories', page(catalog.categoriesList)],
  ['GET', '/admin/categories/new', page(catalog.categoryNew)],
  ['POST', '/admin/categories', page(catalog.categoryCreate)],
  ['GET', '/admin/pages', page(catalog.cmsPagesList)],
  ['GET', '/admin/pages/new', page(catalog.cmsPageNew)],
  ['POST', '/admin/pages', page(catalog.cmsPageCreate)],
  ['GET', '/admin/reglages', page(admin.settingsPage)],
  ['POST', '/admin/reglages', page(admin.settingsSave)],

  ['GET', '/admin/api/posts', apiRoute(api.listPosts)],
  ['POST', '/admin/api/posts', apiRoute(api.createPost)],
  ['GET', '/admin/api/posts/:id', apiRoute(api.getPost)],
  ['POST', '/admin/api/posts/:id', apiRoute(api.updatePost)],
  ['PUT', '/admin/api/posts/:id', apiRoute(api.updatePost)],
  ['PATCH', '/admin/api/posts/:id', apiRoute(api.updatePost)],
  ['GET', '/admin/api/comments', apiRoute(api.listComments)],
  ['POST', '/admin/api/comments/:id/moderate', apiRoute(api.moderateComment)],
  ['POST', '/admin/api/comments/:id/reply', apiRoute(api.replyToComment)],

  // Test hooks: restore the seed, and read counts to assert on.
  [
    'POST',
    '/__reset',
    (ctx) => {
      ctx.store.reset();
      ctx.json(200, { ok: true });
    },
  ],
  ['GET', '/__state', (ctx) => ctx.json(200, summarizeState(ctx.store))],

  ['GET', '/assets/site.css', staticText(SITE_CSS, 'text/css; charset=utf-8')],
  ['GET', '/assets/admin.css', staticText(ADMIN_CSS, 'text/css; charset=utf-8')],
  ['GET', '/images/:name', (ctx, { name }) => imageRoute(ctx, name)],
  ['GET', '/favicon.ico', (ctx) => ctx.send(204, '')],
].map(([method, pattern, handler]) => ({ method, handler, ...compile(pattern) }));

function compile(pattern) {
  const names = [];
  const source = pattern.replace(/:(\w+)/g, (_, name) => {
    names.push(name);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${source}$`), names };
}

function imageRoute(ctx, name) {
  const match = /^([a-z0-9-]{1,80})\.svg$/.exec(name);
  if (!match) return pub.notFound(ctx);
  ctx.send(200, placeholderSvg(match[1]), {
    'Content-Type': 'image/svg+xml',
    'Cache-Control': 'public, max-age=3600',
  });
}

function match(method, pathname) {
  let allowed = null;
  for (const route of ROUTES) {
    const found = route.regex.exec(pathname);
    if (!found) continue;
    const wanted = method === 'HEAD' ? 'GET' : method;
    if (route.method !== wanted) {
      allowed ??= [];
      allowed.push(route.method);
      continue;
    }
    const params = {};
    try {
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1]);
      });
    } catch {
      throw new HttpError(400, 'Adresse invalide.', 'bad_request');
    }
    return { route, params };
  }
  return { allowed };
}

function isApiRequest(ctx) {
  return ctx.url.pathname.startsWith('/admin/api/') || ctx.url.pathname.startsWith('/__');
}

function sendError(ctx, status, message, code, params) {
  if (ctx.res.headersSent) return ctx.res.end();
  if (isApiRequest(ctx)) {
    return ctx.json(status, { code, message, data: { status, ...(params && { params }) } });
  }
  if (status === 404) return pub.notFound(ctx);
  ctx.html(
    status,
    html`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Erreur ${status}</title></head><body><main><h1>Erreur ${status}</h1><p>${message}</p><p><a href="/">Retour à l’accueil</a></p></main></body></html>`,
  );
}

async function handle(store, req, res) {
  const ctx = createContext(req, res, store);
  try {
    // Trailing slashes are ignored (except the root) so `/blog/` and `/blog` are one page.
    const pathname = ctx.url.pathname.length > 1 ? ctx.url.pathname.replace(/\/+$/, '') : '/';
    const { route, params, allowed } = match(req.method, pathname);
    if (!route) {
      if (allowed) {
        ctx.res.setHeader('Allow', [...new Set(allowed)].join(', '));
        throw new HttpError(405, 'Méthode non autorisée.', 'method_not_allowed');
      }
      throw new HttpError(404, 'Page introuvable.', 'not_found');
    }
    await route.handler(ctx, params);
  } catch (error) {
    if (error instanceof HttpError)
      return sendError(ctx, error.status, error.message, error.code, error.params);
    console.error('[demo-site]', error);
    sendError(ctx, 500, 'Une erreur interne est survenue.', 'internal_error');
  }
}

/**
 * Starts the demo site on 127.0.0.1. `port: 0` picks a free port.
 * `now` overrides the clock (voucher validity) for tests.
 * Resolves to `{ url, port, store, close }`; `store` gives tests direct access to state.
 */
export function startDemoSite({ port = 0, host = '127.0.0.1', now } = {}) {
  const store = createStore(now ? { now } : {});
  const server = createServer((req, res) => {
    handle(store, req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = server.address().port;
      resolve({
        url: `http://${host}:${actual}/`,
        port: actual,
        store,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive sockets would otherwise hold close() open for seconds.
            server.closeAllConnections();
          }),
      });
    });
  });
}
