/**
 * A candidate's exam on a real shop — EverShop 2.2.1 on PostgreSQL (tests/sites/evershop) —
 * recorded by the built extension in Chromium. Storefront: add two products to the cart, try an
 * unknown voucher (refused) and the real one (accepted), place the order. Admin: edit a product's
 * SEO fields, create a voucher, a category and a CMS page with their SEO fields, cancel the order
 * with a reason (the e-commerce subject's steps, issue 15). Then the examiner exports the bundle.
 *
 * Three parts, in order:
 *  1. the candidate's actions — each one also checks that the shop really did it;
 *  2. what the bundle must hold today: it parses, its chain verifies, and it has the network
 *     requests of every state-changing action (capture);
 *  3. the semantic events the generic e-commerce adapter must derive from them (issue 5).
 *     Written now; they pass once the adapter is wired.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsOf, requestTests } from './support/bundle.ts';
import {
  addToCart,
  adminLogIn,
  applyCoupon,
  createCoupon,
  editProductSeo,
  placeOrder,
  type SeoFields,
} from './support/evershop.ts';
import { cancelOrder, createCategory, createCmsPage } from './support/evershop-admin.ts';
import { type Exam, type ExportedBundle, foldOverlay, SUBJECTS, startExam, step } from './support/exam.ts';
import { type EverShopSite, evershopSite } from './support/sites.ts';

const UNKNOWN_COUPON = 'FAUX99';
const SEO: SeoFields = {
  url_key: 'lanterne-de-fete',
  meta_title: 'Lanterne de fête en papier | Boutique Fête & Co',
  meta_description: 'Lanterne en papier pour vos fêtes et mariages, livrée en 48 h.',
};
const NEW_COUPON = { code: 'ETE5', description: '5 % sur toute la commande, été', percent: 5 };
const CATEGORY = {
  name: 'Sélection de printemps',
  seo: {
    url_key: 'selection-de-printemps',
    meta_title: 'Sélection de printemps | Boutique Fête & Co',
    meta_description:
      'Lanternes, guirlandes et confettis pour les fêtes du printemps : notre sélection, livrée en 48 h.',
  },
};
const CMS_PAGE = {
  name: 'Offre de printemps',
  seo: {
    url_key: 'offre-de-printemps',
    meta_title: 'Offre de printemps | Boutique Fête & Co',
    meta_description: 'Livraison offerte dès 49 € et retours sous 14 jours pendant tout le printemps.',
  },
};
const CANCEL_REASON = 'Boîte abîmée : la cliente préfère être remboursée';

let site: EverShopSite;
let exam: Exam | undefined;
let exported: ExportedBundle | undefined;
const done: { order?: { uuid: string; number?: string; total?: number }; productUuid?: string } = {};

const products = () => [site.products[0]!, site.products[1]!]; // Party Lantern 25.00, Confetti Pack 8.50
/** (25.00 + 8.50) − 10 % + 5.00 shipping. */
const expectedTotal = () => {
  const subtotal = products().reduce((sum, p) => sum + p.price, 0);
  return Math.round((subtotal * (1 - site.coupon.percent / 100) + site.shippingMethod.cost) * 100) / 100;
};
const bundleOrFail = () => {
  if (!exported?.bundle) throw new Error('no valid bundle was exported (see the export step)');
  return exported.bundle;
};

beforeAll(async () => {
  site = await evershopSite();
  exam = await startExam(site.url, SUBJECTS.ecommerce);
});
afterAll(async () => {
  await exam?.close();
});

describe('EverShop 2.2 — the candidate at work', () => {
  it('adds two products to the cart', () =>
    step(exam, 'shop-cart', async () => {
      const page = exam!.page;
      const [first, second] = products();
      const a = await addToCart(page, site, first.url_key);
      await foldOverlay(page);
      expect(a.status).toBe(200);
      const b = await addToCart(page, site, second.url_key);
      expect(b.status).toBe(200);
      expect(b.count).toBe(2);
    }));

  it('tries an unknown voucher: refused', () =>
    step(exam, 'shop-bad-coupon', async () => {
      const result = await applyCoupon(exam!.page, site, UNKNOWN_COUPON);
      expect(result.status).toBeGreaterThanOrEqual(400);
      expect(result.summary).not.toContain(`Discount(${UNKNOWN_COUPON})`);
    }));

  it('applies the real voucher: accepted', () =>
    step(exam, 'shop-coupon', async () => {
      const result = await applyCoupon(exam!.page, site, site.coupon.code);
      expect(result.status).toBe(200);
      expect(result.coupon).toBe(site.coupon.code);
      expect(result.summary).toContain(`Discount(${site.coupon.code})`);
    }));

  it('places the order (cash on delivery)', () =>
    step(exam, 'shop-order', async () => {
      const order = await placeOrder(exam!.page, site);
      expect(order.status).toBe(200);
      expect(order.text).toMatch(/confirmed/i);
      done.order = { uuid: order.orderUuid, number: order.orderNumber, total: expectedTotal() };
    }));

  it('edits a product’s SEO fields in the admin', () =>
    step(exam, 'shop-product-seo', async () => {
      const page = exam!.page;
      await adminLogIn(page, site);
      await foldOverlay(page);
      const saved = await editProductSeo(page, site, products()[0].name, SEO);
      expect(saved.status).toBe(200);
      expect(saved.toast).toMatch(/updated/i);
      expect(saved.data).toMatchObject({
        meta_title: SEO.meta_title,
        meta_description: SEO.meta_description,
      });
      done.productUuid = String(saved.data.uuid ?? products()[0].uuid);
    }));

  it('creates a voucher in the admin', () =>
    step(exam, 'shop-new-coupon', async () => {
      const created = await createCoupon(exam!.page, site, NEW_COUPON);
      expect(created.status).toBe(200);
      expect(created.saved).toMatchObject({ coupon: NEW_COUPON.code, percentage: true });
      expect(Number(created.saved.discount_amount)).toBe(NEW_COUPON.percent);
    }));

  it('creates a category with its SEO fields in the admin', () =>
    step(exam, 'shop-category', async () => {
      const created = await createCategory(exam!.page, site, CATEGORY.name, CATEGORY.seo);
      expect(created.status).toBe(200);
      expect(created.data).toMatchObject({ name: CATEGORY.name, url_key: CATEGORY.seo.url_key });
    }));

  it('creates a CMS page with its SEO fields in the admin', () =>
    step(exam, 'shop-cms-page', async () => {
      const created = await createCmsPage(exam!.page, site, CMS_PAGE.name, CMS_PAGE.seo);
      expect(created.status).toBe(200);
      expect(created.data).toMatchObject({ name: CMS_PAGE.name, url_key: CMS_PAGE.seo.url_key });
    }));

  it('cancels the order with a reason in the admin', () =>
    step(exam, 'shop-cancel-order', async () => {
      if (!done.order) throw new Error('no order was placed');
      const cancelled = await cancelOrder(exam!.page, site, done.order.uuid, CANCEL_REASON);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.error).toBeUndefined();
    }));

  it('the examiner ends the session and exports the bundle', async () => {
    if (!exam) throw new Error('the exam session did not start');
    exported = await exam.finish('evershop');
    expect(exported.parsed.ok).toBe(true);
  });
});

describe('EverShop — what the bundle holds today (capture)', () => {
  it('parses as a bundle', () => {
    expect(exported, 'no bundle exported').toBeDefined();
    expect(exported!.parsed.ok ? [] : exported!.parsed.problems).toEqual([]);
  });

  it('has a hash chain that verifies', () => {
    expect(exported?.chain).toMatchObject({ ok: true });
  });

  it('records the session on the shop’s origin', () => {
    const bundle = bundleOrFail();
    expect(bundle.session).toMatchObject({ status: 'ended', candidate: { number: '42' } });
    expect(bundle.session.referenceOrigins).toContain(site.url);
    expect(bundle.events[0]?.kind).toBe('session.started');
    expect(bundle.events.at(-1)?.kind).toBe('session.ended');
  });

  const expectRequest = requestTests(bundleOrFail);

  expectRequest(
    'both add-to-cart (POST /api/cart/:cart/items, ×2)',
    () => ({
      methods: ['POST'],
      path: /^\/api\/cart\/[^/]+\/items$/,
    }),
    2,
  );
  expectRequest('the refused voucher (POST /api/carts/:cart/coupons, FAUX99)', () => ({
    methods: ['POST'],
    path: /^\/api\/carts\/[^/]+\/coupons$/,
    field: ['coupon', UNKNOWN_COUPON],
  }));
  expectRequest('the accepted voucher (POST /api/carts/:cart/coupons, FETE10)', () => ({
    methods: ['POST'],
    path: /^\/api\/carts\/[^/]+\/coupons$/,
    field: ['coupon', site.coupon.code],
  }));
  expectRequest('the order (POST /api/carts/:cart/checkout)', () => ({
    methods: ['POST'],
    path: /^\/api\/carts\/[^/]+\/checkout$/,
  }));
  expectRequest('the admin login (POST /admin/user/login)', () => ({
    methods: ['POST'],
    path: /^\/admin\/user\/login$/,
  }));
  expectRequest('the product save with its SEO fields (PATCH /api/products/:uuid)', () => ({
    methods: ['PATCH'],
    path: /^\/api\/products\/[^/]+$/,
    field: ['meta_title', SEO.meta_title],
  }));
  expectRequest('the voucher creation (POST /api/coupons)', () => ({
    methods: ['POST'],
    path: /^\/api\/coupons$/,
    field: ['coupon', NEW_COUPON.code],
  }));
  expectRequest('the category creation (POST /api/categories)', () => ({
    methods: ['POST'],
    path: /^\/api\/categories$/,
    field: ['name', CATEGORY.name],
  }));
  expectRequest('the CMS page creation (POST /api/pages)', () => ({
    methods: ['POST'],
    path: /^\/api\/pages$/,
    field: ['name', CMS_PAGE.name],
  }));
  expectRequest('the order cancellation (POST /api/orders/:uuid/cancel)', () => ({
    methods: ['POST'],
    path: /^\/api\/orders\/[^/]+\/cancel$/,
    field: ['reason', CANCEL_REASON],
  }));
});

describe('EverShop — semantic events from the e-commerce adapter (issue 5)', () => {
  it('commerce.cartChanged ×2: each product added', () => {
    const adds = eventsOf(bundleOrFail(), 'commerce.cartChanged').filter((e) => e.data.action === 'add');
    for (const product of products()) {
      const ids = [product.sku, product.uuid, product.name, product.url_key];
      expect(
        adds.some(
          (e) => e.data.quantity === 1 && (ids.includes(e.data.productId) || e.data.name === product.name),
        ),
        `no cartChanged add of ${product.name} in ${JSON.stringify(adds.map((e) => e.data))}`,
      ).toBe(true);
    }
  });

  it('commerce.voucherApplied: the unknown code refused', () => {
    expect(eventsOf(bundleOrFail(), 'commerce.voucherApplied')).toContainEqual(
      expect.objectContaining({ data: expect.objectContaining({ code: UNKNOWN_COUPON, accepted: false }) }),
    );
  });

  it('commerce.voucherApplied: the real code accepted', () => {
    expect(eventsOf(bundleOrFail(), 'commerce.voucherApplied')).toContainEqual(
      expect.objectContaining({ data: expect.objectContaining({ code: site.coupon.code, accepted: true }) }),
    );
  });

  it('commerce.orderPlaced: total, items and the voucher', () => {
    const orders = eventsOf(bundleOrFail(), 'commerce.orderPlaced');
    expect(orders).toContainEqual(
      expect.objectContaining({
        data: expect.objectContaining({
          total: expectedTotal(),
          itemCount: 2,
          voucherCodes: [site.coupon.code],
        }),
      }),
    );
    const ids = [done.order?.uuid, done.order?.number].filter(Boolean);
    expect(orders.some((e) => ids.includes(e.data.orderId))).toBe(true);
  });

  it('the confirmation page reaches the adapters with its markup: the total it shows', () => {
    // The content script digests the page into `page.seo.markup`; the background passes it to
    // the adapters (issue 15: before, a confirmation page always read as a total of 0).
    const pages = eventsOf(bundleOrFail(), 'page.seo').filter((e) => /\/checkout\/success\//.test(e.url));
    expect(pages.length, 'no snapshot of the confirmation page').toBeGreaterThan(0);
    const totals = pages
      .flatMap((e) => e.data.markup?.summary ?? [])
      .filter((row) => /^total$/i.test(row.label))
      .map((row) => Number(row.value.replace(/[^\d.]/g, '')));
    expect(totals).toContain(expectedTotal());
  });

  it('commerce.productSaved: the SEO fields', () => {
    expect(eventsOf(bundleOrFail(), 'commerce.productSaved')).toContainEqual(
      expect.objectContaining({
        data: expect.objectContaining({
          name: products()[0].name,
          metaTitle: SEO.meta_title,
          metaDescription: SEO.meta_description,
          friendlyUrl: SEO.url_key,
        }),
      }),
    );
  });

  it('settings.changed category: the new category with its SEO fields (commerce.category-api)', () => {
    const categories = eventsOf(bundleOrFail(), 'settings.changed').filter((e) => e.data.area === 'category');
    expect(categories).toContainEqual(
      expect.objectContaining({
        data: expect.objectContaining({
          changes: expect.objectContaining({
            name: CATEGORY.name,
            metaTitle: CATEGORY.seo.meta_title,
            metaDescription: CATEGORY.seo.meta_description,
            friendlyUrl: CATEGORY.seo.url_key,
          }),
        }),
      }),
    );
  });

  it('content.published: the CMS page, enabled, with its SEO fields (commerce.cms-page-api)', () => {
    expect(eventsOf(bundleOrFail(), 'content.published')).toContainEqual(
      expect.objectContaining({
        data: expect.objectContaining({
          cms: 'evershop',
          contentType: 'cms-page',
          title: CMS_PAGE.name,
          slug: CMS_PAGE.seo.url_key,
          seo: { title: CMS_PAGE.seo.meta_title, metaDescription: CMS_PAGE.seo.meta_description },
        }),
      }),
    );
  });

  it('settings.changed order-status: the order cancelled, with its reason (commerce.order-status-api)', () => {
    const statuses = eventsOf(bundleOrFail(), 'settings.changed').filter(
      (e) => e.data.area === 'order-status',
    );
    expect(statuses).toContainEqual(
      expect.objectContaining({
        data: {
          area: 'order-status',
          changes: { orderIds: [done.order?.uuid], statusName: 'Canceled', reason: CANCEL_REASON },
        },
      }),
    );
  });

  it('commerce.voucherCreated: code and percentage', () => {
    expect(eventsOf(bundleOrFail(), 'commerce.voucherCreated')).toContainEqual(
      expect.objectContaining({
        data: expect.objectContaining({ code: NEW_COUPON.code, reductionPercent: NEW_COUPON.percent }),
      }),
    );
  });
});
