/**
 * The e-commerce subject's back-office steps on EverShop 2.2.1 beyond products and coupons: a
 * category and a CMS page with their SEO fields, an order cancelled with its reason. Field
 * names from the tag's admin forms (catalog categoryEdit+categoryNew, cms cmsPageEdit+cmsPageNew,
 * oms orderEdit/CancelButton.tsx); each action waits for the API call that does the work.
 */
import type { Page } from 'puppeteer-core';
import { api, clickRadio, json, retype, type SeoFields } from './evershop.ts';
import type { EverShopSite } from './sites.ts';

const SAVE = 'button ::-p-text(Save)';

const fillSeo = async (page: Page, seo: SeoFields) => ({
  url_key: await retype(page, 'input[name="url_key"]', seo.url_key),
  meta_title: await retype(page, 'input[name="meta_title"]', seo.meta_title),
  meta_description: await retype(page, 'textarea[name="meta_description"]', seo.meta_description),
});

/** Catalog › Categories › « New category »: name, status Enabled, SEO block → « Save » (POST /api/categories). */
export const createCategory = async (page: Page, site: EverShopSite, name: string, seo: SeoFields) => {
  await page.goto(`${site.url}/admin/categories/new`, { waitUntil: 'networkidle0' });
  await retype(page, 'input[name="name"]', name);
  await clickRadio(page, 'field-status-1');
  const shown = await fillSeo(page, seo);
  if (JSON.stringify(shown) !== JSON.stringify(seo))
    throw new Error(`the form shows ${JSON.stringify(shown)}`);
  const created = page.waitForResponse(api('POST', /^\/api\/categories$/));
  await page.locator(SAVE).click();
  const response = await created;
  return { status: response.status(), data: (await json(response)).data ?? {} };
};

/** CMS › Pages › « New page »: name, status Enabled, SEO block → « Save » (POST /api/pages). */
export const createCmsPage = async (page: Page, site: EverShopSite, name: string, seo: SeoFields) => {
  await page.goto(`${site.url}/admin/pages/new`, { waitUntil: 'networkidle0' });
  await retype(page, 'input[name="name"]', name);
  await clickRadio(page, 'field-status-1');
  const shown = await fillSeo(page, seo);
  if (JSON.stringify(shown) !== JSON.stringify(seo))
    throw new Error(`the form shows ${JSON.stringify(shown)}`);
  const created = page.waitForResponse(api('POST', /^\/api\/pages$/));
  await page.locator(SAVE).click();
  const response = await created;
  return { status: response.status(), data: (await json(response)).data ?? {} };
};

/** Sales › Orders › the order → « Cancel Order » → reason → « Submit Cancellation » (POST /api/orders/:id/cancel). */
export const cancelOrder = async (page: Page, site: EverShopSite, orderUuid: string, reason: string) => {
  await page.goto(`${site.url}/admin/order/edit/${orderUuid}`, { waitUntil: 'networkidle0' });
  await page.locator('button ::-p-text(Cancel Order)').click();
  await page.waitForSelector('textarea[name="reason"]', { visible: true });
  await retype(page, 'textarea[name="reason"]', reason);
  const cancelled = page.waitForResponse(api('POST', /^\/api\/orders\/[^/]+\/cancel$/));
  await page.locator('button ::-p-text(Submit Cancellation)').click();
  const response = await cancelled;
  return { status: response.status(), body: await json(response) };
};
