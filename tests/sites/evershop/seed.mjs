// Seeds the demo content of the EverShop test shop into a FRESH database (start.sh runs it
// right after `evershop install`), through the admin REST API with a JWT bearer.
// Usage: BASE_URL=http://127.0.0.1:3000 ADMIN_EMAIL=... ADMIN_PASSWORD=... node seed.mjs
// Prints the site description as JSON on stdout: URL, credentials, ids, uuids and paths.
//
// What the API needs (EverShop 2.2.1): products need a group_id and a package (a shipping
// box), and tax_class '1' or the admin form refuses to save them; coupons need
// user_condition.emails as an array and purchased as a number, and no empty max_uses_*.
// There are no shipping zones/methods after install and Cash on Delivery is off: seeded here.

const BASE = process.env.BASE_URL || 'http://127.0.0.1:3000';
const EMAIL = process.env.ADMIN_EMAIL || 'admin@example.com';
const PASSWORD = process.env.ADMIN_PASSWORD || 'Admin12345';

let token = '';
const api = async (method, path, body) => {
  const res = await fetch(`${BASE}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || json.error)
    throw new Error(`${method} ${path} -> ${res.status} ${JSON.stringify(json).slice(0, 400)}`);
  return json.data;
};
/** EverShop's rich-text rows: one row, one column, an Editor.js document. */
const rows = (text) => [
  {
    id: 'r1',
    size: 1,
    columns: [
      {
        id: 'c1',
        size: 1,
        data: {
          time: Date.now(),
          blocks: [{ id: 'b1', type: 'paragraph', data: { text } }],
          version: '2.30.8',
        },
      },
    ],
  },
];

const t0 = Date.now();
token = (await api('POST', '/user/tokens', { email: EMAIL, password: PASSWORD })).accessToken;

await api('POST', '/settings', {
  storeName: 'Boutique Fête & Co',
  storeCountry: 'FR',
  storeCity: 'Lyon',
  storePostalCode: '69001',
  codPaymentStatus: 1,
  codDisplayName: 'Cash on Delivery',
});

const zone = await api('POST', '/shippingZones', { name: 'France', countries: ['FR'] });
const method = await api('POST', '/shippingProviders/core/methods', {
  name: 'Standard Delivery',
  is_enabled: true,
});
await api('POST', '/shippingProviders/core/rates', {
  method_id: method.uuid,
  zone_id: zone.uuid,
  is_enabled: true,
  cost: 5,
});
const pkg = await api('POST', '/packages', {
  name: 'Small box',
  length: 20,
  width: 15,
  height: 10,
  weight: 0.1,
  is_default: true,
});

const category = await api('POST', '/categories', {
  name: 'Decorations',
  url_key: 'decorations',
  status: 1,
  include_in_nav: 1,
  description: rows('Party decorations.'),
  meta_title: 'Decorations',
  meta_description: 'Party decorations for every celebration',
});

const products = [];
for (const p of [
  { name: 'Party Lantern', sku: 'LANTERN-01', price: 25, qty: 50, url_key: 'party-lantern' },
  { name: 'Confetti Pack', sku: 'CONFETTI-01', price: 8.5, qty: 200, url_key: 'confetti-pack' },
  { name: 'Paper Garland', sku: 'GARLAND-01', price: 12, qty: 80, url_key: 'paper-garland' },
]) {
  const product = await api('POST', '/products', {
    ...p,
    status: 1,
    visibility: 1,
    manage_stock: 1,
    stock_availability: 1,
    weight: 0.5,
    group_id: 1,
    tax_class: '1',
    category_id: String(category.category_id),
    package_id: String(pkg.package_id ?? pkg.id),
    description: rows(`${p.name} description.`),
    short_description: `${p.name} short description`,
    meta_title: `${p.name} | Boutique Fête & Co`,
    meta_description: `Buy the ${p.name} online.`,
  });
  // After the category is set, a subscriber moves the URL to /decorations/<url_key>
  // (asynchronously; the old path answers 302). Tests open /<url_key> and follow the redirect.
  products.push({ ...p, id: product.product_id, uuid: product.uuid, path: `/${p.url_key}` });
}

const coupon = await api('POST', '/coupons', {
  coupon: 'FETE10',
  status: 1,
  description: '10% off the whole order',
  discount_amount: 10,
  discount_type: 'percentage_discount_to_entire_order',
  free_shipping: 0,
  start_date: null,
  end_date: null,
  condition: { order_total: '', order_qty: '' },
  user_condition: { groups: [], emails: [], purchased: 0 },
});

const page = await api('POST', '/pages', {
  name: 'About us',
  url_key: 'about-us',
  status: 1,
  content: rows('We sell party supplies.'),
  meta_title: 'About us',
  meta_description: 'About Boutique Fête & Co',
});

const site = {
  cms: 'evershop',
  version: '2.2.1',
  url: BASE,
  admin: { email: EMAIL, password: PASSWORD },
  category: { id: category.category_id, uuid: category.uuid, url_key: 'decorations' },
  products,
  coupon: { id: coupon.coupon_id, uuid: coupon.uuid, code: coupon.coupon, percent: 10 },
  shippingMethod: { uuid: method.uuid, name: method.name, cost: 5 },
  zone: { uuid: zone.uuid },
  page: { id: page.cms_page_id, uuid: page.uuid, url_key: 'about-us' },
  seedSeconds: (Date.now() - t0) / 1000,
};
console.log(JSON.stringify(site, null, 2));
