/**
 * `MarkupFacts`: the bounded digest of a page that adapters read (generator, body id and
 * classes, links, inline globals, JSON-LD, headings, notices, label/value rows, data-*
 * attributes). The content script computes it with the page snapshot and sends it inside
 * `page.seo`, so that detectors reading a page (order confirmation, the notice of a refused
 * save) get it in the real extension; `extension/adapters/markup.ts` computes it from HTML.
 */
import { z } from 'zod';

const short = (max: number) => z.string().max(max);

export const JsonLdItem = z
  .object({
    type: short(100),
    name: short(300).optional(),
    sku: short(100).optional(),
    price: z.number().optional(),
    priceCurrency: short(10).optional(),
    availability: short(100).optional(),
    orderNumber: short(100).optional(),
    total: z.number().optional(),
    discountCodes: z.array(short(100)).max(10).optional(),
    itemCount: z.number().int().min(0).optional(),
    paymentMethod: short(200).optional(),
  })
  .strict();
export type JsonLdItem = z.infer<typeof JsonLdItem>;

export const Notice = z
  .object({ kind: z.enum(['success', 'error', 'info']), text: short(500), tag: short(60).optional() })
  .strict();
export type Notice = z.infer<typeof Notice>;

export const MarkupFacts = z
  .object({
    /** `meta[name=generator]` contents (WordPress 6.1.9, PrestaShop, WooCommerce 8.2…). */
    generator: z.array(short(200)).max(10).optional(),
    bodyId: short(100).optional(),
    bodyClasses: z.array(short(100)).max(100).optional(),
    /** `link[rel]` of interest: REST API root, canonical, shortlink, stylesheets (first ten). */
    links: z
      .array(z.object({ rel: short(100), href: short(2000) }).strict())
      .max(30)
      .optional(),
    /** Names that inline scripts declare (`var prestashop = …`, `window.wpApiSettings = …`). */
    globals: z.array(short(60)).max(20).optional(),
    jsonLd: z.array(JsonLdItem).max(20).optional(),
    /** `h1` and `h2` texts, in order (first eight). */
    headings: z
      .array(z.object({ level: z.number().int().min(1).max(2), text: short(300) }).strict())
      .max(8)
      .optional(),
    /** Messages shown to the user: `role=alert|status`, `.alert`, `.notice`, `[data-notice]`. */
    notices: z.array(Notice).max(10).optional(),
    /** Label/value pairs of tables and description lists (cart and order totals). */
    summary: z
      .array(z.object({ label: short(200), value: short(200) }).strict())
      .max(40)
      .optional(),
    /** `data-*` attributes about orders, products, prices, notices (first sixty). */
    data: z
      .array(z.object({ name: short(60), value: short(200), id: short(100).optional() }).strict())
      .max(60)
      .optional(),
  })
  .strict();
export type MarkupFacts = z.infer<typeof MarkupFacts>;
