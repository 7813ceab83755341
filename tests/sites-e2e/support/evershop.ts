/**
 * A candidate's actions on EverShop 2.2.1 (storefront and admin), with the selectors that were
 * stable there (tests/sites/evershop and ../shared/reference-sites/evershop/NOTES.md). Ids that
 * contain dots need `[id="…"]`. Each action waits for the request that does the work and returns
 * what the shop answered.
 */
import type { HTTPResponse, Page } from 'puppeteer-core';
import type { EverShopSite } from './sites.ts';

const SEL = {
  productForm: '#productForm',
  addToCart: '#productForm button ::-p-text(Add to cart)',
  couponInput: 'input[name="coupon"]',
  couponApply: 'button ::-p-text(Apply)',
  proceedToCheckout: 'button ::-p-text(Proceed to checkout)',
  email: 'input[name="contact.email"]',
  fullName: 'input[name="shippingAddress.full_name"]',
  telephone: 'input[name="shippingAddress.telephone"]',
  address1: 'input[name="shippingAddress.address_1"]',
  city: 'input[name="shippingAddress.city"]',
  postcode: 'input[name="shippingAddress.postcode"]',
  countryTrigger: '[id="field-shippingAddress.country"]',
  provinceTrigger: '[id="field-shippingAddress.province"]',
  option: (label: string) => `[role="option"] ::-p-text(${label})`,
  shippingRadio: 'input[type="radio"][id^="shipping-method-"]',
  placeOrder: '.checkout-button-section button',
  adminEmail: 'input[name="email"]',
  adminPassword: 'input[name="password"]',
  adminSubmit: 'button[type="submit"]',
  productEditForm: 'form#productEditForm',
  saveButton: '.form-submit-button button ::-p-text(Save)',
  anySave: 'button ::-p-text(Save)',
  toast: '[data-sonner-toast]',
};

export const api = (method: string, path: RegExp) => (response: HTTPResponse) =>
  response.request().method() === method && path.test(new URL(response.url()).pathname);

export const json = async (response: HTTPResponse) => {
  try {
    return (await response.json()) as { data?: Record<string, unknown>; error?: { message: string } };
  } catch {
    return {};
  }
};

/** Product page (/url_key, redirected to /category/url_key) → « Add to cart ». */
export const addToCart = async (page: Page, site: EverShopSite, urlKey: string) => {
  await page.goto(`${site.url}/${urlKey}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector(SEL.productForm);
  const added = page.waitForResponse(api('POST', /^\/api\/cart\/[^/]+\/items$/));
  await page.locator(SEL.addToCart).click();
  const response = await added;
  const body = await json(response);
  await new Promise((resolve) => setTimeout(resolve, 500)); // the mini-cart drawer and its refetch
  return { status: response.status(), count: body.data?.count as number | undefined };
};

/** Cart page → coupon field → « Apply ». EverShop answers 500 to an unknown code. */
export const applyCoupon = async (page: Page, site: EverShopSite, code: string) => {
  if (!new URL(page.url()).pathname.startsWith('/cart'))
    await page.goto(`${site.url}/cart`, { waitUntil: 'networkidle0' });
  await page.waitForSelector(SEL.couponInput);
  await page.locator(SEL.couponInput).fill(code);
  const applied = page.waitForResponse(api('POST', /^\/api\/carts\/[^/]+\/coupons$/));
  await page.locator(SEL.couponApply).click();
  const response = await applied;
  const body = await json(response);
  await new Promise((resolve) => setTimeout(resolve, 800)); // the cart summary refetch
  const summary = await page.$eval('main', (main) => (main as HTMLElement).textContent.replace(/\s+/g, ' '));
  return { status: response.status(), coupon: body.data?.coupon, error: body.error?.message, summary };
};

/** Replaces a field's text as a person does: focus, select all, type. Returns the value it shows. */
export const retype = async (page: Page, selector: string, value: string) => {
  const field = await page.waitForSelector(selector, { visible: true });
  await field!.evaluate((node) => {
    (node as HTMLInputElement).focus();
    (node as HTMLInputElement).select();
  });
  await page.keyboard.press('Backspace');
  await page.keyboard.type(value);
  return field!.evaluate((node) => (node as HTMLInputElement).value);
};

export const clickRadio = async (page: Page, id: string) => {
  const label = await page.$(`label[for="${id}"]`);
  if (label) await label.click();
  else await page.$eval(`[id="${id}"]`, (input) => (input as HTMLInputElement).click());
  await page
    .waitForFunction(
      (i: string) => (document.getElementById(i) as HTMLInputElement | null)?.checked,
      { timeout: 5_000 },
      id,
    )
    .catch(() =>
      // base-ui renders a <span role=radio> next to the input as the clickable control
      page.evaluate((i: string) => {
        const control = document
          .getElementById(i)
          ?.parentElement?.querySelector<HTMLElement>('[role="radio"]');
        control?.click();
      }, id),
    );
};

/** Cart → checkout: contact, shipping address, shipping method, Cash on Delivery, « Place Order ». */
export const placeOrder = async (page: Page, site: EverShopSite) => {
  if (!new URL(page.url()).pathname.startsWith('/cart'))
    await page.goto(`${site.url}/cart`, { waitUntil: 'networkidle0' });
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'networkidle0' }),
    page.locator(SEL.proceedToCheckout).click(),
  ]);
  await page.waitForSelector(SEL.email);
  await page.locator(SEL.email).fill('camille.candidate@example.com');
  await page.locator(SEL.fullName).fill('Camille Martin');
  await page.locator(SEL.telephone).fill('0478000000');
  await page.locator(SEL.address1).fill('12 rue de la République');
  await page.locator(SEL.city).fill('Lyon');
  await page.locator(SEL.countryTrigger).click();
  await page.locator(SEL.option('France')).click();
  await page.locator(SEL.provinceTrigger).click();
  await page.locator(SEL.option('Auvergne-Rhone-Alpes')).click();
  await page.locator(SEL.postcode).fill('69002');
  await page.waitForSelector(SEL.shippingRadio);
  await clickRadio(page, await page.$eval(SEL.shippingRadio, (input) => input.id));
  await clickRadio(page, 'payment-method-cod');
  await page.waitForFunction(
    (selector: string) => {
      const button = document.querySelector<HTMLButtonElement>(selector);
      return button && !button.disabled && !/select a payment/i.test(button.textContent);
    },
    {},
    SEL.placeOrder,
  );
  const checkout = page.waitForResponse(api('POST', /^\/api\/carts\/[^/]+\/checkout$/), { timeout: 30_000 });
  await page.locator(SEL.placeOrder).click();
  const response = await checkout;
  await page.waitForFunction(() => location.pathname.startsWith('/checkout/success'), { timeout: 30_000 });
  await page.waitForSelector('main');
  const text = await page.$eval('main', (main) => (main as HTMLElement).textContent.replace(/\s+/g, ' '));
  return {
    status: response.status(),
    orderUuid: new URL(page.url()).pathname.split('/').pop()!,
    orderNumber: /#\s*(\d+)/.exec(text)?.[1],
    text,
  };
};

export const adminLogIn = async (page: Page, site: EverShopSite) => {
  await page.goto(`${site.url}/admin/login`, { waitUntil: 'networkidle0' });
  await page.locator(SEL.adminEmail).fill(site.admin.email);
  await page.locator(SEL.adminPassword).fill(site.admin.password);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'networkidle0' }),
    page.locator(SEL.adminSubmit).click(),
  ]);
  if (new URL(page.url()).pathname.startsWith('/admin/login')) throw new Error('admin login refused');
};

export interface SeoFields {
  url_key: string;
  meta_title: string;
  meta_description: string;
}

/**
 * Catalog › Products → the product's edit page → SEO block (URL key, meta title, meta description;
 * 2.2.1 shows no meta keywords field) → « Save » (PATCH /api/products/:uuid, the whole form).
 */
export const editProductSeo = async (page: Page, site: EverShopSite, productName: string, seo: SeoFields) => {
  await page.goto(`${site.url}/admin/products`, { waitUntil: 'networkidle0' });
  const href = await page.$$eval(
    'a[href*="/admin/products/edit/"]',
    (links, name) =>
      links
        .find((a) => (a.closest('tr')?.textContent ?? a.textContent ?? '').includes(name))
        ?.getAttribute('href'),
    productName,
  );
  if (!href) throw new Error(`no edit link for ${productName} in the product grid`);
  await page.goto(new URL(href, site.url).href, { waitUntil: 'networkidle0' });
  await page.waitForSelector(SEL.productEditForm);
  const shown = {
    url_key: await retype(page, 'input[name="url_key"]', seo.url_key),
    meta_title: await retype(page, 'input[name="meta_title"]', seo.meta_title),
    meta_description: await retype(page, 'textarea[name="meta_description"]', seo.meta_description),
  };
  if (JSON.stringify(shown) !== JSON.stringify(seo))
    throw new Error(`the form shows ${JSON.stringify(shown)}`);
  const saved = page.waitForResponse(api('PATCH', /^\/api\/products\/[^/]+$/));
  await page.locator(SEL.saveButton).click();
  const response = await saved;
  const data = (await json(response)).data ?? {};
  await page.waitForSelector(SEL.toast, { timeout: 10_000 });
  const toast = await page.$eval(SEL.toast, (node) => (node as HTMLElement).textContent);
  return { status: response.status(), data, toast };
};

export interface NewCoupon {
  code: string;
  description: string;
  percent: number;
}

/** Promotion › Coupons → « New Coupon » → code, description, amount, percentage type → « Save ». */
export const createCoupon = async (page: Page, site: EverShopSite, coupon: NewCoupon) => {
  await page.goto(`${site.url}/admin/coupons`, { waitUntil: 'networkidle0' });
  const newLink = await page.$$eval('a[href$="/admin/coupon/new"]', (links) =>
    links[0]?.getAttribute('href'),
  );
  await page.goto(new URL(newLink ?? '/admin/coupon/new', site.url).href, { waitUntil: 'networkidle0' });
  await page.locator('input[name="coupon"]').fill(coupon.code);
  await page.locator('textarea[name="description"]').fill(coupon.description);
  await page.locator('input[name="discount_amount"]').fill(String(coupon.percent));
  await clickRadio(page, 'field-discount_type-percentage_discount_to_entire_order');
  const created = page.waitForResponse(api('POST', /^\/api\/coupons$/));
  await page.locator(SEL.anySave).click();
  const response = await created;
  // The shop then opens the new coupon's edit page (its body is gone by then): read it there.
  await page.waitForFunction(() => location.pathname.startsWith('/admin/coupon/edit/'), { timeout: 15_000 });
  await page.waitForSelector('input[name="coupon"]');
  const saved = await page.evaluate(() => ({
    coupon: document.querySelector<HTMLInputElement>('input[name="coupon"]')?.value,
    discount_amount: document.querySelector<HTMLInputElement>('input[name="discount_amount"]')?.value,
    percentage: document.querySelector<HTMLInputElement>(
      '[id="field-discount_type-percentage_discount_to_entire_order"]',
    )?.checked,
  }));
  return { status: response.status(), saved };
};
