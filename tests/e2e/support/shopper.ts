/**
 * A candidate's actions on the demo shop, done as a person does them: the back office's product
 * and voucher forms, then the public shop's product page and cart. Each step waits for what the
 * candidate sees next (the notice or the page), never for a fixed time.
 */
import type { Page } from 'puppeteer-core';

/** Types a short value as a person does: select what is there, erase, type. */
export const type = async (page: Page, selector: string, text: string) => {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  if (text) await page.type(selector, text);
};

/** Sets a long text as a paste does (typing 300 characters one by one is not what people do). */
export const paste = async (page: Page, selector: string, text: string) => {
  await page.click(selector);
  await page.$eval(
    selector,
    (node, value) => {
      const field = node as HTMLTextAreaElement | HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    text,
  );
};

export const submit = (page: Page, selector: string) =>
  Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);

/** The information page of the spring offer (the shop subject's question 2), as a candidate fills it. */
export interface InfoPageForm {
  text: string;
  metaTitle: string;
  /** Empty: the meta description is left as it is. */
  metaDescription: string;
  slug: string;
  /** Shown on the shop (« Afficher »); default true. */
  displayed?: boolean;
}

/**
 * Creates the offer's CMS page in the demo back office (title « Printemps des thés verts bio »),
 * then, when it is displayed, opens its public page as a candidate checking it does.
 */
export const createInfoPage = async (page: Page, site: string, form: InfoPageForm) => {
  const displayed = form.displayed ?? true;
  await page.goto(`${site}/admin/pages/new`);
  await type(page, '#cms-title', 'Printemps des thés verts bio');
  await paste(page, '#cms-content', form.text);
  await page.select('#cms-displayed', displayed ? '1' : '0');
  await type(page, '#cms-meta-title', form.metaTitle);
  if (form.metaDescription) await paste(page, '#cms-meta-description', form.metaDescription);
  await type(page, '#cms-slug', form.slug);
  await submit(page, '#save-cms-page');
  if (displayed) await page.goto(`${site}/page/${form.slug}`);
};

/** Opens an order of the demo back office from its list (Mme Fontaine's by default). */
export const openOrder = async (page: Page, site: string, id = 'CMD-0409') => {
  await page.goto(`${site}/admin/commandes`);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(`a[href$="/${id}"]`)]);
};

/** Sets an order's state in the demo back office (Mme Fontaine's by default). */
export const setOrderState = async (page: Page, site: string, state: string, id = 'CMD-0409') => {
  await openOrder(page, site, id);
  await page.select('#order-new-status', state);
  await submit(page, '#save-order-status');
};

export interface ProductSheet {
  price?: string;
  stock?: string;
  /** Category value of the select (`thes-verts`…). */
  category?: string;
  shortDescription?: string;
  metaTitle?: string;
  metaDescription?: string;
  friendlyUrl?: string;
}

/** Back office › Produits › product `id`: fills what is given, then « Enregistrer ». */
export const saveProduct = async (page: Page, site: string, id: number, sheet: ProductSheet) => {
  await page.goto(`${site}/admin/produits/${id}`);
  if (sheet.price !== undefined) await type(page, '#product-price', sheet.price);
  if (sheet.stock !== undefined) await type(page, '#product-stock', sheet.stock);
  if (sheet.category !== undefined) await page.select('#product-category', sheet.category);
  if (sheet.shortDescription !== undefined)
    await paste(page, '#product-short-description', sheet.shortDescription);
  if (sheet.metaTitle !== undefined) await type(page, '#product-meta-title', sheet.metaTitle);
  if (sheet.metaDescription !== undefined)
    await paste(page, '#product-meta-description', sheet.metaDescription);
  if (sheet.friendlyUrl !== undefined) await type(page, '#product-link-rewrite', sheet.friendlyUrl);
  await submit(page, '#save-product');
};

export interface VoucherForm {
  name: string;
  code: string;
  dateFrom: string;
  dateTo: string;
  quantity: string;
  perCustomer: string;
  type: 'percent' | 'amount';
  value: string;
  minimum?: string;
}

/** Back office › Bons de réduction › Ajouter: fills the form and saves it. */
export const createVoucher = async (page: Page, site: string, voucher: VoucherForm) => {
  await page.goto(`${site}/admin/bons/new`);
  await type(page, '#voucher-name', voucher.name);
  await type(page, '#voucher-code', voucher.code);
  // Date inputs take the digits in the browser's locale order; setting the value is what a
  // date picker does in the end.
  await paste(page, '#voucher-date-from', voucher.dateFrom);
  await paste(page, '#voucher-date-to', voucher.dateTo);
  if (voucher.minimum !== undefined) await type(page, '#voucher-minimum-amount', voucher.minimum);
  await type(page, '#voucher-quantity', voucher.quantity);
  await type(page, '#voucher-quantity-per-customer', voucher.perCustomer);
  await page.select('#voucher-reduction-type', voucher.type);
  await type(page, '#voucher-reduction-value', voucher.value);
  await submit(page, '#save-voucher');
};

/** The public page of a product, reached from its back-office sheet's « Voir la fiche en ligne ». */
export const openProductPage = async (page: Page, site: string, id: number) => {
  await page.goto(`${site}/admin/produits/${id}`);
  const href = await page.$eval('a[href^="/produits/"]', (link) => link.getAttribute('href'));
  await page.goto(`${site}${href}`);
};

/** Adds the product shown to the cart; lands on the cart. */
export const addToCart = async (page: Page, quantity = 1) => {
  if (quantity !== 1) await type(page, '#quantite', String(quantity));
  await submit(page, '#add-to-cart-button');
};

/** In the cart, tries a promotion code; returns the notice the shop shows. */
export const applyVoucher = async (page: Page, site: string, code: string) => {
  if (!page.url().endsWith('/panier')) await page.goto(`${site}/panier`);
  await type(page, '#code_promo', code);
  await submit(page, '#apply-voucher');
  return page.$eval('[data-notice]', (node) => node.textContent?.trim() ?? '');
};
