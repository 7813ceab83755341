// HTML building blocks. Every page is built with the `html` tagged template, which escapes
// every interpolated value unless it is explicitly marked safe with `raw()`. Escaping by
// default is what keeps a comment like `<img src=x onerror=alert(1)>` inert.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

class SafeHtml {
  constructor(value) {
    this.value = value;
  }

  toString() {
    return this.value;
  }
}

/** Marks already-safe markup so that `html` does not escape it again. */
export function raw(value) {
  return new SafeHtml(String(value));
}

function renderValue(value) {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(renderValue).join('');
  return escapeHtml(value);
}

/** Tagged template: `html\`<p>${userText}</p>\`` escapes `userText`; arrays are concatenated. */
export function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i += 1) out += renderValue(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** JSON that can sit inside a <script> element without closing it early. */
export function scriptJson(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function jsonLdScript(value) {
  return raw(`<script type="application/ld+json">${scriptJson(value)}</script>`);
}

/** Emits ` name="value"` only when value is non-empty (e.g. alt stays absent when empty). */
export function optionalAttr(name, value) {
  return value ? html` ${raw(name)}="${value}"` : '';
}

// Intl formatters are costly to build; one instance each serves every request.
const priceFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

export function formatPrice(cents) {
  return priceFormat.format(cents / 100);
}

/** Machine-readable euros for data attributes and JSON-LD (« 12.50 »). */
export function plainEuros(cents) {
  return (cents / 100).toFixed(2);
}

export function formatDate(iso) {
  return iso ? dateFormat.format(new Date(iso)) : '';
}

export function formatDateTime(iso) {
  return iso ? dateTimeFormat.format(new Date(iso)) : '';
}

/** Renders flash/notice messages; errors get role=alert so screen readers announce them. */
export function notices(items) {
  return items.map(
    (n) =>
      html`<div class="notice notice-${n.type}" role="${n.type === 'error' ? 'alert' : 'status'}"${optionalAttr('data-notice', n.tag)}>${n.text}</div>`,
  );
}
