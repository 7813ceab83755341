// Black-box tests of the demo reference site: each test drives it over HTTP as a browser
// (or the Témoin capture) would, with a small cookie jar on top of global fetch.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoSite } from '../sites/demo/app.mjs';
import { dumpState } from '../sites/demo/state.mjs';

const SERVER_SCRIPT = fileURLToPath(new URL('../sites/demo/server.mjs', import.meta.url));

let site;

beforeAll(async () => {
  site = await startDemoSite();
});

afterAll(async () => {
  await site?.close();
});

beforeEach(async () => {
  const res = await fetch(new URL('/__reset', site.url), { method: 'POST' });
  expect(await res.json()).toEqual({ ok: true });
});

/** A browser-like client: keeps cookies, posts forms or JSON, follows redirects on demand. */
function browser() {
  const jar = new Map();
  async function request(path, { method = 'GET', form, json, headers = {}, follow = false } = {}) {
    const allHeaders = { ...headers };
    if (jar.size) allHeaders.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    let body;
    if (form) {
      body = new URLSearchParams(form).toString();
      allHeaders['content-type'] = 'application/x-www-form-urlencoded';
    }
    if (json !== undefined) {
      body = JSON.stringify(json);
      allHeaders['content-type'] = 'application/json';
    }
    const res = await fetch(new URL(path, site.url), {
      method,
      headers: allHeaders,
      body,
      redirect: 'manual',
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const index = pair.indexOf('=');
      jar.set(pair.slice(0, index), pair.slice(index + 1));
    }
    if (follow && res.status >= 300 && res.status < 400) {
      return request(res.headers.get('location'), { follow });
    }
    return res;
  }
  return {
    jar,
    request,
    get: (path, options) => request(path, options),
    post: (path, options) => request(path, { method: 'POST', ...options }),
    async html(path, options) {
      const res = await request(path, { follow: true, ...options });
      return { res, text: await res.text() };
    },
  };
}

async function loggedInAdmin() {
  const client = browser();
  const res = await client.post('/admin/login', { form: { username: 'admin', password: 'demo-admin' } });
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toBe('/admin');
  return client;
}

function jsonLdBlocks(text) {
  return [...text.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) =>
    JSON.parse(m[1]),
  );
}

function metaContent(text, attr, name) {
  const match = new RegExp(`<meta ${attr}="${name}" content="([^"]*)">`).exec(text);
  return match?.[1] ?? null;
}

function productPrices(text) {
  return [...text.matchAll(/class="product-card"[^>]*data-price="([\d.]+)"/g)].map((m) => Number(m[1]));
}

async function state() {
  return (await fetch(new URL('/__state', site.url))).json();
}

describe('public site and SEO markup', () => {
  it('home page has a title, meta description, canonical, lang and Organization JSON-LD', async () => {
    const { res, text } = await browser().html('/');
    expect(res.status).toBe(200);
    expect(text).toContain('<html lang="fr">');
    expect(text).toMatch(/<title>Les Jardins d’Oléane — [^<]+<\/title>/);
    expect(metaContent(text, 'name', 'description')).toMatch(/thés et infusions/);
    expect(text).toContain(`<link rel="canonical" href="${site.url}">`);
    expect(metaContent(text, 'property', 'og:title')).toBeTruthy();
    const types = jsonLdBlocks(text).map((block) => block['@type']);
    expect(types).toContain('Organization');
    expect((text.match(/<h1>/g) ?? []).length).toBe(1);
  });

  it('articles expose Article and BreadcrumbList JSON-LD, Open Graph and one image without alt', async () => {
    const { text } = await browser().html('/blog/bien-infuser-un-the-vert');
    const types = jsonLdBlocks(text).map((block) => block['@type']);
    expect(types).toEqual(expect.arrayContaining(['Article', 'BreadcrumbList']));
    for (const property of ['og:title', 'og:description', 'og:image', 'og:type']) {
      expect(metaContent(text, 'property', property), property).toBeTruthy();
    }
    expect(metaContent(text, 'property', 'og:type')).toBe('article');
    expect(text).toContain('<h2>Pourquoi la température compte</h2>');
    expect(text).toContain('<h3>L’eau idéale</h3>');
    const images = text.match(/<img [^>]*>/g);
    expect(images.some((img) => !img.includes(' alt='))).toBe(true);
    expect(images.some((img) => img.includes(' alt="Tasse de thé vert'))).toBe(true);
    // Only approved comments are public.
    expect(text).toContain('Camille R.');
    expect(text).not.toContain('Est-ce que les mêmes températures');
  });

  it('drafts are not public', async () => {
    const res = await browser().get('/blog/matcha-du-champ-a-la-tasse');
    expect(res.status).toBe(404);
  });

  it('legal pages exist', async () => {
    for (const path of ['/mentions-legales', '/cgv', '/confidentialite']) {
      const res = await browser().get(path);
      expect(res.status, path).toBe(200);
    }
  });
});

describe('catalogue', () => {
  it('lists 24 of the 500 products per page, with the client-side navigation script', async () => {
    const { text } = await browser().html('/produits');
    expect(productPrices(text)).toHaveLength(24);
    expect(text).toContain('<span id="result-count">500</span>');
    expect(text).toContain('Page 1 sur 21');
    expect(text).toContain('history.pushState');
  });

  it('sorts by ascending price across pages', async () => {
    const client = browser();
    const first = productPrices((await client.html('/produits?tri=prix-asc')).text);
    const second = productPrices((await client.html('/produits?tri=prix-asc&page=2')).text);
    const all = [...first, ...second];
    expect(all).toHaveLength(48);
    for (let i = 1; i < all.length; i += 1) expect(all[i]).toBeGreaterThanOrEqual(all[i - 1]);
  });

  it('filters by category, price and accent-insensitive search', async () => {
    const client = browser();
    const { text } = await client.html('/produits?categorie=oolongs');
    const categories = [...text.matchAll(/class="product-card"[^>]*data-category="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(['oolongs']));
    const count = Number(/<span id="result-count">(\d+)<\/span>/.exec(text)[1]);
    expect(count).toBe(site.store.data.products.filter((p) => p.category === 'oolongs').length);

    const cheap = productPrices((await client.html('/produits?prixMax=8')).text);
    expect(cheap.length).toBeGreaterThan(0);
    expect(Math.max(...cheap)).toBeLessThanOrEqual(8);

    const search = (await client.html('/produits?q=IMPERIAL%20aiguilles')).text;
    const names = [...search.matchAll(/<h3 class="product-name">([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^Aiguilles d’argent impérial/);
  });

  it('renders the 500-product listing fast', async () => {
    const client = browser();
    await client.get('/produits?tri=nom'); // warm-up
    const started = performance.now();
    for (let i = 0; i < 10; i += 1) await (await client.get(`/produits?tri=nom&page=${i + 1}`)).text();
    const average = (performance.now() - started) / 10;
    expect(average).toBeLessThan(50);
  });

  it('product pages carry Product JSON-LD and an add-to-cart form', async () => {
    const product = site.store.data.products.find((p) => p.stock > 0);
    const { text } = await browser().html(`/produits/${product.slug}`);
    const ld = jsonLdBlocks(text).find((block) => block['@type'] === 'Product');
    expect(ld.name).toBe(product.name);
    expect(ld.offers.price).toBe((product.price / 100).toFixed(2));
    expect(text).toContain('action="/panier/ajouter"');
    expect(text).toContain(`name="product_id" value="${product.id}"`);
  });
});

describe('back office access', () => {
  it('redirects anonymous visitors to the login form and refuses the API', async () => {
    const client = browser();
    const res = await client.get('/admin/articles');
    expect([302, 303]).toContain(res.status);
    expect(res.headers.get('location')).toBe('/admin/login?next=%2Fadmin%2Farticles');
    const api = await client.post('/admin/api/posts', { json: { title: 'x' } });
    expect(api.status).toBe(401);
    expect((await api.json()).code).toBe('rest_not_logged_in');
  });

  it('refuses a wrong password and accepts the demo credentials', async () => {
    const client = browser();
    const wrong = await client.post('/admin/login', { form: { username: 'admin', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('Identifiant ou mot de passe incorrect.');
    const admin = await loggedInAdmin();
    const { res, text } = await admin.html('/admin');
    expect(res.status).toBe(200);
    expect(text).toContain('<h1>Tableau de bord</h1>');
  });

  it('every admin page has one h1 and labelled fields', async () => {
    const admin = await loggedInAdmin();
    for (const path of [
      '/admin',
      '/admin/articles',
      '/admin/articles/new',
      '/admin/articles/1',
      '/admin/commentaires',
      '/admin/produits',
      '/admin/produits/1',
      '/admin/bons',
      '/admin/bons/new',
      '/admin/commandes',
      '/admin/reglages',
    ]) {
      const { res, text } = await admin.html(path);
      expect(res.status, path).toBe(200);
      expect((text.match(/<h1[ >]/g) ?? []).length, path).toBe(1);
      const ids = [
        ...text.matchAll(/<(?:input|textarea|select)\b(?![^>]*type="hidden")[^>]*\bid="([^"]+)"/g),
      ].map((m) => m[1]);
      for (const id of ids) expect(text, `${path} #${id}`).toContain(`<label for="${id}">`);
    }
  });
});

describe('articles through the JSON API', () => {
  it('creates a draft, publishes it with a PUT override carrying only the changed field, and shows its SEO', async () => {
    const admin = await loggedInAdmin();
    const created = await admin.post('/admin/api/posts', {
      json: {
        title: 'Thé glacé maison : la recette',
        excerpt: 'Infusion à froid, sans amertume.',
        content: 'Introduction.\n\n## Ingrédients\n\n- 8 g de thé\n- 1 litre d’eau',
        meta: {
          title: 'Recette de thé glacé maison',
          description: 'Notre recette de thé glacé infusé à froid, facile et sans sucre ajouté.',
          focusKeyword: 'thé glacé',
        },
        image: { url: '/images/the-glace.svg', alt: 'Carafe de thé glacé aux agrumes' },
        categories: ['Recettes'],
        tags: ['été', 'thé glacé'],
      },
    });
    expect(created.status).toBe(201);
    const draft = await created.json();
    expect(draft).toMatchObject({ status: 'draft', slug: 'the-glace-maison-la-recette', date: null });
    expect((await admin.get(`/blog/${draft.slug}`)).status).toBe(200); // admin preview
    expect((await browser().get(`/blog/${draft.slug}`)).status).toBe(404);

    const published = await admin.post(`/admin/api/posts/${draft.id}`, {
      headers: { 'X-HTTP-Method-Override': 'PUT' },
      json: { status: 'publish' },
    });
    expect(published.status).toBe(200);
    const post = await published.json();
    expect(Object.keys(post).sort()).toEqual(
      [
        'categories',
        'content',
        'date',
        'excerpt',
        'id',
        'image',
        'link',
        'meta',
        'modified',
        'slug',
        'status',
        'tags',
        'title',
      ].sort(),
    );
    expect(post).toMatchObject({
      id: draft.id,
      status: 'publish',
      title: 'Thé glacé maison : la recette',
      meta: { title: 'Recette de thé glacé maison', focusKeyword: 'thé glacé' },
      image: { alt: 'Carafe de thé glacé aux agrumes' },
      categories: ['Recettes'],
      link: `${site.url}blog/the-glace-maison-la-recette`,
    });
    expect(post.date).toBeTruthy();

    // A nested partial update changes one meta field and keeps the others.
    const updated = await (
      await admin.post(`/admin/api/posts/${draft.id}`, {
        headers: { 'X-HTTP-Method-Override': 'PUT' },
        json: { meta: { description: 'Thé glacé infusé à froid : la recette simple des Jardins d’Oléane.' } },
      })
    ).json();
    expect(updated.meta).toEqual({
      title: 'Recette de thé glacé maison',
      description: 'Thé glacé infusé à froid : la recette simple des Jardins d’Oléane.',
      focusKeyword: 'thé glacé',
    });

    const { res, text } = await browser().html(new URL(post.link).pathname);
    expect(res.status).toBe(200);
    expect(text).toContain('<title>Recette de thé glacé maison</title>');
    expect(metaContent(text, 'name', 'description')).toBe(
      'Thé glacé infusé à froid : la recette simple des Jardins d’Oléane.',
    );
    expect(metaContent(text, 'property', 'og:image')).toBe(`${site.url}images/the-glace.svg`);
    expect(text).toContain('alt="Carafe de thé glacé aux agrumes"');
    expect(text).toContain('<h2>Ingrédients</h2>');
    expect((await state()).publishedPosts).toBe(4);
  });

  it('validates bodies and statuses', async () => {
    const admin = await loggedInAdmin();
    const badStatus = await admin.post('/admin/api/posts/1', {
      headers: { 'X-HTTP-Method-Override': 'PUT' },
      json: { status: 'online' },
    });
    expect(badStatus.status).toBe(400);
    expect(await badStatus.json()).toMatchObject({
      code: 'rest_invalid_param',
      data: { params: { status: expect.any(String) } },
    });
    const untitled = await admin.post('/admin/api/posts', { json: { title: '', status: 'publish' } });
    expect(untitled.status).toBe(400);
    const missing = await admin.post('/admin/api/posts/999', {
      headers: { 'X-HTTP-Method-Override': 'PUT' },
      json: {},
    });
    expect(missing.status).toBe(404);
    const notJson = await admin.post('/admin/api/posts', { form: { title: 'x' } });
    expect(notJson.status).toBe(415);
    expect((await state()).posts).toBe(4);
  });

  it('the editor page saves through fetch with the method override', async () => {
    const admin = await loggedInAdmin();
    const { text } = await admin.html('/admin/articles/1');
    expect(text).toContain("'X-HTTP-Method-Override'");
    expect(text).toContain('Enregistrer le brouillon');
    for (const name of [
      'title',
      'slug',
      'excerpt',
      'content',
      'meta_title',
      'meta_description',
      'focus_keyword',
      'image_url',
      'image_alt',
      'categories',
      'tags',
    ]) {
      expect(text, name).toContain(`name="${name}"`);
    }
    const data = JSON.parse(/<script type="application\/json" id="post-data">(.*?)<\/script>/s.exec(text)[1]);
    expect(data).toMatchObject({ id: 1, status: 'publish' });
  });
});

describe('comments', () => {
  it('moderates and replies through the JSON API', async () => {
    const admin = await loggedInAdmin();
    const pending = await (await admin.get('/admin/api/comments?status=pending')).json();
    expect(pending).toHaveLength(1);
    const [comment] = pending;

    const approve = await admin.post(`/admin/api/comments/${comment.id}/moderate`, {
      json: { action: 'approve' },
    });
    expect(approve.status).toBe(200);
    expect(await approve.json()).toMatchObject({ id: comment.id, status: 'approved', postId: 1 });
    let article = (await browser().html('/blog/bien-infuser-un-the-vert')).text;
    expect(article).toContain('Est-ce que les mêmes températures valent pour le matcha ?');

    const reply = await admin.post(`/admin/api/comments/${comment.id}/reply`, {
      json: { content: 'Non : 80 °C au maximum pour le matcha.' },
    });
    expect(reply.status).toBe(201);
    const replyJson = await reply.json();
    expect(replyJson).toMatchObject({ parentId: comment.id, postId: 1, status: 'approved' });
    article = (await browser().html('/blog/bien-infuser-un-the-vert')).text;
    expect(article).toContain(`id="comment-${replyJson.id}"`);
    expect(article).toContain('Non : 80 °C au maximum pour le matcha.');

    for (const [action, status] of [
      ['unapprove', 'pending'],
      ['spam', 'spam'],
      ['trash', 'trash'],
    ]) {
      const res = await admin.post(`/admin/api/comments/${comment.id}/moderate`, { json: { action } });
      expect((await res.json()).status).toBe(status);
    }
    const bad = await admin.post(`/admin/api/comments/${comment.id}/moderate`, {
      json: { action: 'delete' },
    });
    expect(bad.status).toBe(400);
    expect((await state()).comments).toMatchObject({ approved: 2, spam: 1, trash: 1, pending: 0 });

    const page = (await admin.html('/admin/commentaires?statut=trash')).text;
    expect(page).toContain('data-action="approve"');
  });

  it('escapes HTML in comments everywhere and sends new comments to moderation', async () => {
    const visitor = browser();
    const payload = '<img src=x onerror=alert(1)>';
    const res = await visitor.post('/blog/rooibos-infusion-sans-theine/commentaires', {
      form: { author: '<b>Léa</b>', email: 'lea@example.org', comment: payload },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('commentaire=en-attente');
    expect((await state()).comments.pending).toBe(2);

    const admin = await loggedInAdmin();
    const listing = (await admin.html('/admin/commentaires?statut=pending')).text;
    expect(listing).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(listing).not.toContain(payload);
    const created = (await (await admin.get('/admin/api/comments?status=pending')).json()).find(
      (c) => c.content === payload,
    );
    await admin.post(`/admin/api/comments/${created.id}/moderate`, { json: { action: 'approve' } });

    const article = (await visitor.html('/blog/rooibos-infusion-sans-theine')).text;
    expect(article).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(article).toContain('&lt;b&gt;Léa&lt;/b&gt;');
    expect(article).not.toContain(payload);
  });

  it('refuses incomplete comments and publishes at once when approval is off', async () => {
    const visitor = browser();
    const invalid = await visitor.post('/blog/rooibos-infusion-sans-theine/commentaires', {
      form: { author: '', email: 'x', comment: '' },
    });
    expect(invalid.status).toBe(422);

    const admin = await loggedInAdmin();
    const saved = await admin.post('/admin/reglages', {
      form: { site_title: 'Les Jardins d’Oléane', tagline: 'Thés et infusions' },
    });
    expect(saved.headers.get('location')).toBe('/admin/reglages?enregistre=1');
    expect((await state()).settings.commentsRequireApproval).toBe(false);
    const posted = await visitor.post('/blog/rooibos-infusion-sans-theine/commentaires', {
      form: { author: 'Paul', email: 'paul@example.org', comment: 'Délicieux avec du miel.' },
    });
    expect(posted.headers.get('location')).toMatch(/#comment-\d+$/);
    expect((await visitor.html('/blog/rooibos-infusion-sans-theine')).text).toContain(
      'Délicieux avec du miel.',
    );
  });
});

describe('products in the back office', () => {
  it('saves a product with a classic form post and redirects with a success message', async () => {
    const admin = await loggedInAdmin();
    const form = {
      name: 'Sencha du lac – vrac 100 g',
      price: '14,90',
      stock: '12',
      category: 'thes-verts',
      short_description: 'Un sencha frais et iodé.',
      description: 'Premier paragraphe.\n\nSecond paragraphe.',
      meta_title: 'Sencha du lac | Les Jardins d’Oléane',
      meta_description: 'Un sencha frais et iodé, cueilli au printemps.',
      link_rewrite: 'sencha-du-lac',
    };
    const res = await admin.post('/admin/produits/3', { form });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/produits/3?enregistre=1');
    expect((await admin.html(res.headers.get('location'))).text).toContain('Produit enregistré.');

    const { text } = await browser().html('/produits/sencha-du-lac');
    expect(text).toContain('<title>Sencha du lac | Les Jardins d’Oléane</title>');
    expect(text).toContain('data-price="14.90"');

    const invalid = await admin.post('/admin/produits/3', {
      form: { ...form, price: '-3', link_rewrite: 'Pas Valide' },
    });
    expect(invalid.status).toBe(422);
    const page = await invalid.text();
    expect(page).toContain('data-field="price"');
    expect(page).toContain('data-field="link_rewrite"');
  });
});

describe('vouchers', () => {
  const voucher = {
    name: 'Été 2025',
    code: 'ETE15',
    reduction_type: 'percent',
    reduction_value: '15',
    quantity: '100',
    quantity_per_customer: '1',
    date_from: '2025-01-01',
    date_to: '2099-08-31',
    minimum_amount: '20',
  };

  it('creates a voucher and refuses a duplicate code', async () => {
    const admin = await loggedInAdmin();
    const res = await admin.post('/admin/bons', { form: voucher });
    expect(res.status).toBe(303);
    const list = (await admin.html(res.headers.get('location'))).text;
    expect(list).toContain('Le bon de réduction « ETE15 » a été créé.');
    expect(list).toContain('data-voucher-code="ETE15"');

    const duplicate = await admin.post('/admin/bons', { form: { ...voucher, code: 'ete15' } });
    expect(duplicate.status).toBe(422);
    expect(await duplicate.text()).toContain(
      'Le code « ETE15 » est déjà utilisé par un autre bon de réduction.',
    );
    const invalid = await admin.post('/admin/bons', {
      form: { ...voucher, code: 'AUTRE', reduction_value: '150', date_to: '2020-01-01' },
    });
    expect(invalid.status).toBe(422);
    expect((await state()).vouchers).toBe(3);
  });

  it('applies a valid voucher to the cart and refuses an expired or unknown one', async () => {
    const visitor = browser();
    const product = site.store.data.products.find((p) => p.stock >= 2 && p.price > 1000);
    const added = await visitor.post('/panier/ajouter', {
      form: { product_id: String(product.id), quantite: '2' },
    });
    expect(added.headers.get('location')).toBe('/panier');

    const expired = (await visitor.html('/panier/bon', { method: 'POST', form: { code_promo: 'NOEL2023' } }))
      .text;
    expect(expired).toContain('data-notice="voucher-refused"');
    expect(expired).toContain('a expiré le 31 décembre 2023');
    const unknown = (await visitor.html('/panier/bon', { method: 'POST', form: { code_promo: 'FAUX' } }))
      .text;
    expect(unknown).toContain('Le code « FAUX » n’existe pas.');

    const accepted = (
      await visitor.html('/panier/bon', { method: 'POST', form: { code_promo: 'bienvenue10' } })
    ).text;
    expect(accepted).toContain('data-notice="voucher-accepted"');
    const discount = Math.round((product.price * 2) / 10);
    expect(accepted).toContain(
      `id="cart-discount">-${new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(discount / 100)}`,
    );
  });
});

describe('checkout', () => {
  const secrets = {
    cardnumber: '4970 1012 3456 7890',
    cvc: '742',
    iban: 'FR76 3000 6000 0112 3456 7890 189',
    password: 'Th3-Secret-Passw0rd!',
  };

  it('places an order, shows the confirmation and keeps no card, IBAN or password', async () => {
    const visitor = browser();
    const product = site.store.data.products.find((p) => p.stock >= 3);
    const stockBefore = product.stock;
    await visitor.post('/panier/ajouter', { form: { product_id: String(product.id), quantite: '3' } });
    await visitor.post('/panier/bon', { form: { code_promo: 'BIENVENUE10' } });

    const form = {
      prenom: 'Inès',
      nom: 'Martin',
      email: 'ines.martin@example.org',
      adresse: '3 rue du Lac\n74000 Annecy',
      mode_paiement: 'carte',
      ...secrets,
      accepte_cgv: '1',
    };
    const refused = await visitor.post('/commande/valider', { form: { ...form, cvc: '', accepte_cgv: '' } });
    expect(refused.status).toBe(422);
    const refusedPage = await refused.text();
    expect(refusedPage).toContain('data-field="cvc"');
    expect(refusedPage).toContain('data-field="accepte_cgv"');
    expect(refusedPage).not.toContain(secrets.cardnumber);
    expect(refusedPage).not.toContain(secrets.password);

    const placed = await visitor.post('/commande/valider', { form });
    expect(placed.status).toBe(303);
    expect(placed.headers.get('location')).toBe('/commande/confirmation/CMD-0001');
    const { res, text } = await visitor.html(placed.headers.get('location'));
    expect(res.status).toBe(200);
    expect(text).toContain('<strong id="order-id">CMD-0001</strong>');
    expect(text).toContain('Réduction (BIENVENUE10)');
    expect((await browser().get('/commande/confirmation/CMD-0001')).status).toBe(404); // another browser

    const summary = await state();
    expect(summary).toMatchObject({ orders: 2, orderIds: ['CMD-0409', 'CMD-0001'], customers: 1 });
    expect(product.stock).toBe(stockBefore - 3);

    const admin = await loggedInAdmin();
    expect((await admin.html('/admin/commandes')).text).toContain('data-order-id="CMD-0001"');

    // The voucher is now used up for this customer.
    await visitor.post('/panier/ajouter', { form: { product_id: String(product.id), quantite: '1' } });
    const again = (await visitor.html('/panier/bon', { method: 'POST', form: { code_promo: 'BIENVENUE10' } }))
      .text;
    expect(again).toContain('data-notice="voucher-refused"');

    const everything = [JSON.stringify(summary), dumpState(site.store)].join('\n');
    for (const value of Object.values(secrets)) {
      expect(everything).not.toContain(value);
      expect(everything).not.toContain(value.replace(/\s/g, ''));
    }
    expect(everything).not.toMatch(/"(cardnumber|cvc|iban|password)"/);
  });

  it('the checkout form has the expected field names and autocomplete tokens', async () => {
    const visitor = browser();
    await visitor.post('/panier/ajouter', {
      form: { product_id: String(site.store.data.products.find((p) => p.stock > 0).id) },
    });
    const { text } = await visitor.html('/commande');
    expect(text).toMatch(/<input type="password" id="password" name="password"/);
    expect(text).toMatch(/name="cardnumber"[^>]*autocomplete="cc-number"/);
    expect(text).toMatch(/name="cvc"[^>]*autocomplete="cc-csc"/);
    expect(text).toContain('name="iban"');
    expect(text).toContain('action="/commande/valider"');
  });
});

describe('test hooks', () => {
  it('/__state reports the seed and /__reset restores it', async () => {
    const seed = await state();
    expect(seed).toMatchObject({
      posts: 4,
      publishedPosts: 3,
      draftPosts: 1,
      comments: { total: 3, pending: 1, approved: 1, spam: 1, trash: 0 },
      products: 500,
      vouchers: 2,
      voucherCodes: ['BIENVENUE10', 'NOEL2023'],
      // Léa Fontaine's delivered order (annexe 4 of the e-commerce demo subject).
      orders: 1,
      orderIds: ['CMD-0409'],
    });
    const admin = await loggedInAdmin();
    await admin.post('/admin/api/posts', { json: { title: 'Temporaire' } });
    await admin.post('/admin/api/comments/2/moderate', { json: { action: 'spam' } });
    expect((await state()).posts).toBe(5);

    await fetch(new URL('/__reset', site.url), { method: 'POST' });
    const after = await state();
    expect({ ...after, sessions: 0 }).toEqual({ ...seed, sessions: 0 });
    expect(after.sessions).toBe(0);
    // Sessions are cleared too: the old admin cookie no longer works.
    expect((await admin.get('/admin')).status).toBe(302);
  });

  it('server.mjs honours --port', async () => {
    const port = await new Promise((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address();
        probe.close(() => resolve(free));
      });
    });
    const child = spawn(process.execPath, [SERVER_SCRIPT, '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const banner = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          if (out.includes('\n')) resolve(out);
        });
        child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
        setTimeout(() => reject(new Error('server did not start')), 5000);
      });
      expect(banner).toContain(`Demo site: http://127.0.0.1:${port}/`);
      const res = await fetch(`http://127.0.0.1:${port}/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Les Jardins d’Oléane');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
