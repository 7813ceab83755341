// Black-box tests of the demo site's catalogue back office: categories with their SEO fields,
// information (CMS) pages and their public page, an order's status and tracking number — what
// the e-commerce demo subject's questions 6 and 7 ask, driven over HTTP as a browser would.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoSite } from '../sites/demo/app.mjs';

let site;

beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(async () => {
  await site?.close();
});
beforeEach(async () => {
  await fetch(new URL('/__reset', site.url), { method: 'POST' });
});

/** A cookie-keeping client; forms are urlencoded, redirects are not followed unless asked. */
function browser() {
  const jar = new Map();
  const request = async (path, { method = 'GET', form, follow = false } = {}) => {
    const headers = {};
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(new URL(path, site.url), {
      method,
      headers,
      body: form ? new URLSearchParams(form).toString() : undefined,
      redirect: 'manual',
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    if (follow && res.status >= 300 && res.status < 400)
      return request(res.headers.get('location'), { follow });
    return res;
  };
  return { request, post: (path, form) => request(path, { method: 'POST', form }) };
}

async function admin() {
  const client = browser();
  const res = await client.post('/admin/login', { username: 'admin', password: 'demo-admin' });
  expect(res.status).toBe(303);
  return client;
}

describe('categories', () => {
  const category = {
    name: 'Thés verts bio',
    description: 'Nos thés verts issus de l’agriculture biologique.',
    active: '1',
    meta_title: 'Thés verts bio du Japon et de Chine | Les Jardins d’Oléane',
    meta_description:
      'Sencha, gyokuro, matcha : découvrez nos thés verts bio choisis au jardin, livrés en 48 h depuis Annecy.',
    url_key: 'thes-verts-bio',
  };

  it('creates a category with its SEO fields and lists it', async () => {
    const client = await admin();
    const res = await client.post('/admin/categories', category);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/categories?cree=Th%C3%A9s%20verts%20bio');
    const list = await (await client.request(res.headers.get('location'))).text();
    expect(list).toContain('data-notice="category-created"');
    expect(list).toContain('<td>thes-verts-bio</td>');
  });

  it('refuses a category without a valid URL, and one reusing an URL', async () => {
    const client = await admin();
    const invalid = await client.post('/admin/categories', { ...category, url_key: 'Thés verts' });
    expect(invalid.status).toBe(422);
    expect(await invalid.text()).toContain('data-field="url_key"');
    expect((await client.post('/admin/categories', category)).status).toBe(303);
    expect((await client.post('/admin/categories', { ...category, name: 'Autre' })).status).toBe(422);
  });

  it('is back office only', async () => {
    const res = await browser().request('/admin/categories/new');
    expect(res.status).toBe(302);
  });
});

describe('information pages', () => {
  const page = {
    title: 'Livraison et retours',
    content: 'Livraison en 48 h, offerte dès 49 €.\nVous disposez d’un droit de rétractation de 14 jours.',
    displayed: '1',
    meta_title: 'Livraison et retours | Les Jardins d’Oléane',
    meta_description: 'Délais de livraison, frais de port et droit de rétractation de 14 jours.',
    slug: 'livraison-et-retours',
  };

  it('creates a page whose public address shows it with its SEO fields', async () => {
    const client = await admin();
    const res = await client.post('/admin/pages', page);
    expect(res.status).toBe(303);
    const publicPage = await browser().request('/page/livraison-et-retours');
    expect(publicPage.status).toBe(200);
    const text = await publicPage.text();
    expect(text).toContain('<h1>Livraison et retours</h1>');
    expect(text).toContain('<title>Livraison et retours | Les Jardins d’Oléane</title>');
    expect(text).toContain('droit de rétractation de 14 jours');
  });

  it('does not show a hidden page, refuses a page without content', async () => {
    const client = await admin();
    expect((await client.post('/admin/pages', { ...page, displayed: '0' })).status).toBe(303);
    expect((await browser().request('/page/livraison-et-retours')).status).toBe(404);
    const empty = await client.post('/admin/pages', { ...page, slug: 'autre', content: '' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('data-field="content"');
  });
});

describe('order status', () => {
  async function placeOrder() {
    const visitor = browser();
    await visitor.post('/panier/ajouter', { product_id: '1', quantite: '1' });
    const placed = await visitor.post('/commande/valider', {
      prenom: 'Léa',
      nom: 'Fontaine',
      email: 'lea.fontaine@example.org',
      adresse: '12 rue de Boigne\n73000 Chambéry',
      mode_paiement: 'carte',
      cardnumber: '4970 1012 3456 7890',
      cvc: '742',
      accepte_cgv: '1',
    });
    expect(placed.status).toBe(303);
    return placed.headers.get('location').split('/').pop();
  }

  it('sets an order shipped with its tracking number', async () => {
    const id = await placeOrder();
    const client = await admin();
    const page = await (await client.request(`/admin/commandes/${id}`)).text();
    expect(page).toContain('id="order-status-form"');
    const res = await client.post(`/admin/commandes/${id}/etat`, {
      status: 'Expédiée',
      tracking_number: '6A12345678901',
    });
    expect(res.status).toBe(303);
    const after = await (await client.request(res.headers.get('location'))).text();
    expect(after).toContain('data-order-status="Expédiée"');
    expect(after).toContain('<span id="order-tracking">6A12345678901</span>');
    expect(after).toContain('data-notice="order-updated"');
  });

  it('refuses an unknown status or a malformed tracking number', async () => {
    const id = await placeOrder();
    const client = await admin();
    expect(
      (await client.post(`/admin/commandes/${id}/etat`, { status: 'Perdue', tracking_number: '' })).status,
    ).toBe(422);
    const bad = await client.post(`/admin/commandes/${id}/etat`, {
      status: 'Expédiée',
      tracking_number: 'a b',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('data-field="tracking_number"');
  });
});
