/**
 * `MarkupFacts`: a small, serialisable digest of a page that a content script (or the
 * background, from fetched HTML) computes once per page load. It is what adapters read of a
 * page: which CMS made it (generator, body classes, REST links, inline globals), what it sells
 * or confirms (schema.org JSON-LD), what the shop said (notices), the totals it shows.
 * Bounded in every dimension; validated with zod where it crosses a message boundary.
 */

// Types only: the zod schemas would put zod into the capture content script, which imports this.
import type { JsonLdItem, MarkupFacts, Notice } from '../../shared/schema/markup.ts';
import { collapse, tokenize } from './lib/html.ts';

/** The schemas live in shared/ (the `page.seo` payload carries the facts); re-exported here. */
export type { JsonLdItem, MarkupFacts, Notice };

/** Icon-font glyphs (private use area: Material Icons, Font Awesome) are not text. */
const ICON_GLYPHS = /[\uE000-\uF8FF]/g;

const clipText = (text: string, max: number) => {
  const clean = collapse(text.replace(ICON_GLYPHS, ' '));
  return clean.length > max ? clean.slice(0, max) : clean;
};

const asNumber = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+([.,]\d+)?$/.test(value.trim()))
    return Number(value.trim().replace(',', '.'));
  return undefined;
};

const asText = (value: unknown, max: number): string | undefined => {
  if (typeof value === 'string' && value.trim()) return clipText(value, max);
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'name' in value)
    return asText((value as { name: unknown }).name, max);
  return undefined;
};

const typeOf = (item: Record<string, unknown>): string | undefined => {
  const type = item['@type'];
  const first = Array.isArray(type) ? type[0] : type;
  return typeof first === 'string' ? first.replace(/^https?:\/\/schema\.org\//, '') : undefined;
};

const firstOffer = (offers: unknown): Record<string, unknown> | undefined => {
  const offer = Array.isArray(offers) ? offers[0] : offers;
  return offer && typeof offer === 'object' ? (offer as Record<string, unknown>) : undefined;
};

const priceOf = (spec: unknown): number | undefined => {
  if (!spec || typeof spec !== 'object') return asNumber(spec);
  const record = spec as Record<string, unknown>;
  return asNumber(record.price) ?? asNumber(record.lowPrice) ?? asNumber(record.value);
};

/** The few schema.org properties evidence needs, from one JSON-LD node. */
export const digestJsonLd = (item: Record<string, unknown>): JsonLdItem | undefined => {
  const type = typeOf(item);
  if (!type) return undefined;
  const out: JsonLdItem = { type: type.slice(0, 100) };
  const name = asText(item.name, 300);
  if (name) out.name = name;
  const sku = asText(item.sku, 100);
  if (sku) out.sku = sku;
  const offer = firstOffer(item.offers);
  if (offer) {
    const price = priceOf(offer) ?? priceOf(offer.priceSpecification);
    if (price !== undefined) out.price = price;
    const currency = asText(offer.priceCurrency, 10);
    if (currency) out.priceCurrency = currency;
    const availability = asText(offer.availability, 100);
    if (availability) out.availability = availability.replace(/^https?:\/\/schema\.org\//, '');
  }
  if (type === 'Order') {
    const number = asText(item.orderNumber, 100);
    if (number) out.orderNumber = number;
    const invoice = item.partOfInvoice as Record<string, unknown> | undefined;
    const total =
      priceOf(item.totalPaymentDue) ??
      priceOf(invoice?.totalPaymentDue) ??
      asNumber(item.price) ??
      priceOf(item.acceptedOffer);
    if (total !== undefined) out.total = total;
    const codes = (Array.isArray(item.discountCode) ? item.discountCode : [item.discountCode])
      .map((code) => asText(code, 100))
      .filter((code): code is string => !!code);
    if (codes.length) out.discountCodes = codes.slice(0, 10);
    const ordered = Array.isArray(item.orderedItem)
      ? item.orderedItem
      : item.orderedItem
        ? [item.orderedItem]
        : [];
    if (ordered.length)
      out.itemCount = ordered.reduce(
        (sum: number, line) =>
          sum + (asNumber((line as Record<string, unknown> | undefined)?.orderQuantity) ?? 1),
        0,
      );
    const payment = asText(item.paymentMethod, 200);
    if (payment) out.paymentMethod = payment;
  }
  return out;
};

const jsonLdNodes = (parsed: unknown): Record<string, unknown>[] => {
  const out: Record<string, unknown>[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 3 || out.length >= 20) return;
    if (Array.isArray(node)) for (const item of node) visit(item, depth + 1);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record['@type']) out.push(record);
      if (Array.isArray(record['@graph'])) visit(record['@graph'], depth + 1);
    }
  };
  visit(parsed, 0);
  return out;
};

const NOTICE_CLASS =
  /\b(alert|notice|notification|flash|woocommerce-(?:message|error|info)|updated|error-message)\b/i;
const ERROR_HINT = /\b(error|danger|alert-danger|notice-error|warning|invalid|refus\w*)\b/i;
const SUCCESS_HINT =
  /\b(success|updated|notice-success|accept\w*|added|created|saved|enregistr\w*|confirm\w*)\b/i;
const DATA_OF_INTEREST =
  /order|product|price|amount|total|notice|voucher|coupon|cart|sku|stock|quantity|qty/i;
const INTERESTING_REL = /^(https:\/\/api\.w\.org\/|canonical|shortlink|edituri|stylesheet|alternate)$/i;
const GLOBAL = /\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=|\bwindow\.([A-Za-z_$][\w$]*)\s*=/g;

/**
 * A total laid out with `div`s rather than a table (EverShop's OrderTotalSummary
 * `summary__row grand-total`, WooCommerce `order-total`): one row « label … amount ».
 */
const TOTAL_ROW_CLASS = /\b(grand-total|order-total|cart-total|total-row|summary-total)\b/i;
/** The row's label: its words before any amount or parenthesis (« Total », « Total TTC »). */
const ROW_LABEL = /^[^\d(€$£]*\p{L}[^\d(€$£]*/u;
/** The row's amount: the last one (EverShop adds « (Inclusive of tax $3.15) » before it). */
const ROW_AMOUNT = /([-−]?\s*[$€£]?\s*\d[\d\u00a0\u202f.,]*\s*[$€£]?)\s*$/u;

type CaptureKind = 'heading' | 'notice' | 'cell' | 'dt' | 'dd' | 'total';
interface Capture {
  kind: CaptureKind;
  name: string;
  depth: number;
  parts: string[];
  level?: number;
  attrs: Readonly<Record<string, string>>;
}

const noticeKind = (attrs: Readonly<Record<string, string>>, text: string): Notice['kind'] => {
  const hints = `${attrs.class ?? ''} ${attrs['data-notice'] ?? ''} ${attrs['data-alert'] ?? ''}`;
  // The class says the kind before the role does: PrestaShop's classic theme writes its
  // confirmations as `<article class="alert alert-success" role="alert" data-alert="success">`.
  if (ERROR_HINT.test(hints)) return 'error';
  if (SUCCESS_HINT.test(hints)) return 'success';
  if (attrs.role === 'alert') return 'error';
  return ERROR_HINT.test(text) ? 'error' : 'info';
};

const isNotice = (attrs: Readonly<Record<string, string>>): boolean =>
  attrs.role === 'alert' ||
  attrs.role === 'status' ||
  attrs['data-notice'] !== undefined ||
  NOTICE_CLASS.test(attrs.class ?? '');

/**
 * What the digest is fed, in document order: the tokens of `tokenize` (lib/html.ts), whether
 * they come from HTML text or from a live DOM walked the same way (extension/capture/seo/
 * markup-dom.ts). One digest, so that both readers give the same facts.
 */
export interface MarkupSink {
  open(name: string, attrs: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
  /** A raw-text element (`script`, `style`, `textarea`, `title`, `noscript`, `template`). */
  raw(name: string, attrs: Readonly<Record<string, string>>, text: () => string): void;
  /** Whether text is read at all now (an element whose text is kept is open). */
  wantsText(): boolean;
  facts(): MarkupFacts;
}

export const markupDigest = (): MarkupSink => {
  const generator: string[] = [];
  const bodyClasses: string[] = [];
  let bodyId: string | undefined;
  const links: { rel: string; href: string }[] = [];
  const globals = new Set<string>();
  const jsonLd: JsonLdItem[] = [];
  const headings: { level: number; text: string }[] = [];
  const notices: Notice[] = [];
  const summary: { label: string; value: string }[] = [];
  const data: { name: string; value: string; id?: string }[] = [];
  let stylesheets = 0;

  const captures: Capture[] = [];
  let row: string[] | null = null;
  let pendingTerm: string | null = null;

  const finish = (capture: Capture) => {
    const text = clipText(capture.parts.join(''), 500);
    if (capture.kind === 'heading' && text && headings.length < 8)
      headings.push({ level: capture.level ?? 1, text: text.slice(0, 300) });
    else if (capture.kind === 'notice' && /[\p{L}\p{N}]/u.test(text) && notices.length < 10) {
      const notice: Notice = { kind: noticeKind(capture.attrs, text), text };
      const tag = capture.attrs['data-notice'];
      if (tag) notice.tag = tag.slice(0, 60);
      notices.push(notice);
    } else if (capture.kind === 'cell' && row) row.push(text.slice(0, 200));
    else if (capture.kind === 'total') {
      const label = ROW_LABEL.exec(text)?.[0].trim();
      const value = ROW_AMOUNT.exec(text)?.[1]?.trim();
      if (label && value && summary.length < 40)
        summary.push({ label: label.slice(0, 200), value: value.slice(0, 200) });
    } else if (capture.kind === 'dt') pendingTerm = text.slice(0, 200);
    else if (capture.kind === 'dd' && pendingTerm !== null) {
      if (summary.length < 40 && pendingTerm) summary.push({ label: pendingTerm, value: text.slice(0, 200) });
      pendingTerm = null;
    }
  };

  return {
    wantsText: () => captures.length > 0,
    text(text) {
      for (const capture of captures) capture.parts.push(text);
    },
    raw(name, attrs, text) {
      if (name !== 'script' || attrs.src) return;
      const type = (attrs.type ?? '').toLowerCase();
      if (type === 'application/ld+json') {
        try {
          for (const node of jsonLdNodes(JSON.parse(text()))) {
            const item = digestJsonLd(node);
            if (item && jsonLd.length < 20) jsonLd.push(item);
          }
        } catch {
          // Malformed JSON-LD is common on real sites: it simply gives nothing.
        }
      } else if (!type || type.includes('javascript')) {
        for (const match of text().slice(0, 20_000).matchAll(GLOBAL)) {
          if (globals.size >= 20) break;
          globals.add((match[1] ?? match[2]!).slice(0, 60));
        }
      }
    },
    close(name) {
      for (let i = captures.length - 1; i >= 0; i -= 1) {
        const capture = captures[i]!;
        if (capture.name !== name) continue;
        capture.depth -= 1;
        if (capture.depth === 0) {
          captures.splice(i, 1);
          finish(capture);
        }
      }
      if (name === 'tr' && row) {
        if (row.length >= 2 && row[0] && summary.length < 40)
          summary.push({ label: row[0], value: row[row.length - 1]! });
        row = null;
      }
    },
    open(name, attrs, selfClosing) {
      for (const capture of captures) if (capture.name === name && !selfClosing) capture.depth += 1;
      if (name === 'meta' && (attrs.name ?? '').toLowerCase() === 'generator' && attrs.content) {
        if (generator.length < 10) generator.push(attrs.content.slice(0, 200));
      } else if (name === 'body') {
        if (attrs.id) bodyId = attrs.id.slice(0, 100);
        for (const cls of (attrs.class ?? '').split(/\s+/))
          if (cls && bodyClasses.length < 100) bodyClasses.push(cls.slice(0, 100));
      } else if (name === 'link' && attrs.rel && attrs.href) {
        const rel = attrs.rel.toLowerCase();
        if (INTERESTING_REL.test(rel) && links.length < 30) {
          if (rel === 'stylesheet' && stylesheets++ >= 10) return;
          if (rel === 'alternate' && !/json/.test(attrs.type ?? '')) return;
          links.push({ rel: attrs.rel.slice(0, 100), href: attrs.href.slice(0, 2000) });
        }
      }
      for (const [attr, value] of Object.entries(attrs))
        if (attr.startsWith('data-') && DATA_OF_INTEREST.test(attr) && data.length < 60) {
          const entry: { name: string; value: string; id?: string } = {
            name: attr.slice(0, 60),
            value: value.slice(0, 200),
          };
          if (attrs.id) entry.id = attrs.id.slice(0, 100);
          data.push(entry);
        }
      if (selfClosing) return;
      if (name === 'h1' || name === 'h2')
        captures.push({ kind: 'heading', name, depth: 1, parts: [], level: name === 'h1' ? 1 : 2, attrs });
      else if (name === 'tr') row = [];
      else if ((name === 'td' || name === 'th') && row)
        captures.push({ kind: 'cell', name, depth: 1, parts: [], attrs });
      else if (name === 'dt' || name === 'dd')
        captures.push({ kind: name, name, depth: 1, parts: [], attrs });
      if (isNotice(attrs)) captures.push({ kind: 'notice', name, depth: 1, parts: [], attrs });
      else if (
        name !== 'tr' &&
        TOTAL_ROW_CLASS.test(attrs.class ?? '') &&
        !captures.some((c) => c.kind === 'total')
      )
        captures.push({ kind: 'total', name, depth: 1, parts: [], attrs });
    },
    facts() {
      const facts: MarkupFacts = {};
      if (generator.length) facts.generator = generator;
      if (bodyId) facts.bodyId = bodyId;
      if (bodyClasses.length) facts.bodyClasses = bodyClasses;
      if (links.length) facts.links = links;
      if (globals.size) facts.globals = [...globals];
      if (jsonLd.length) facts.jsonLd = jsonLd;
      if (headings.length) facts.headings = headings;
      if (notices.length) facts.notices = notices;
      if (summary.length) facts.summary = summary;
      if (data.length) facts.data = data;
      return facts;
    },
  };
};

/**
 * Markup facts of a whole HTML document (the background's fetched page, a test fixture). The
 * content script reads its live DOM instead (extension/capture/seo/markup-dom.ts).
 */
export const markupFactsFromHtml = (html: string): MarkupFacts => {
  const sink = markupDigest();
  for (const token of tokenize(html)) {
    if (token.type === 'text') sink.text(token.text);
    else if (token.type === 'raw') sink.raw(token.name, token.attrs, () => token.text);
    else if (token.type === 'close') sink.close(token.name);
    else if (token.type === 'open') sink.open(token.name, token.attrs, token.selfClosing);
  }
  return sink.facts();
};

/** First `data-*` value by attribute name, optionally on the element with that id. */
export const dataValue = (markup: MarkupFacts | undefined, name: string, id?: string): string | undefined =>
  markup?.data?.find((entry) => entry.name === name && (id === undefined || entry.id === id))?.value;
