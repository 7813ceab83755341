// Labelled form controls. Every control gets a stable id and name and a <label for>, so
// both assistive technologies and the Témoin capture can name what was changed.
import { html, raw } from './html.mjs';

function describedBy(id, hint, error) {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length ? html` aria-describedby="${ids.join(' ')}"` : '';
}

function extras(id, hint, error) {
  return html`${hint ? html`<small id="${id}-hint" class="hint">${hint}</small>` : ''}${
    error ? html`<small id="${id}-error" class="field-error">${error}</small>` : ''
  }`;
}

/** Renders HTML attributes from an object; `true` gives a bare boolean attribute. */
function attrs(extra = {}) {
  return Object.entries(extra).map(([key, value]) => {
    if (value === false || value === null || value === undefined) return '';
    return value === true ? html` ${raw(key)}` : html` ${raw(key)}="${value}"`;
  });
}

export function inputField({ id, name, label, type = 'text', value = '', hint, error, required, ...rest }) {
  return html`<p class="field${error ? ' has-error' : ''}">
  <label for="${id}">${label}${required ? html` <span aria-hidden="true">*</span>` : ''}</label>
  <input type="${type}" id="${id}" name="${name}" value="${value}"${attrs({ required, ...rest })}${
    error ? raw(' aria-invalid="true"') : ''
  }${describedBy(id, hint, error)}>${extras(id, hint, error)}
</p>`;
}

export function textareaField({ id, name, label, value = '', rows = 4, hint, error, required, ...rest }) {
  return html`<p class="field${error ? ' has-error' : ''}">
  <label for="${id}">${label}${required ? html` <span aria-hidden="true">*</span>` : ''}</label>
  <textarea id="${id}" name="${name}" rows="${rows}"${attrs({ required, ...rest })}${
    error ? raw(' aria-invalid="true"') : ''
  }${describedBy(id, hint, error)}>${value}</textarea>${extras(id, hint, error)}
</p>`;
}

/** `options` is a list of `{ value, label }`. */
export function selectField({ id, name, label, value = '', options, hint, error, required, ...rest }) {
  return html`<p class="field${error ? ' has-error' : ''}">
  <label for="${id}">${label}${required ? html` <span aria-hidden="true">*</span>` : ''}</label>
  <select id="${id}" name="${name}"${attrs({ required, ...rest })}${describedBy(id, hint, error)}>${options.map(
    (o) =>
      html`<option value="${o.value}"${String(o.value) === String(value) ? raw(' selected') : ''}>${o.label}</option>`,
  )}</select>${extras(id, hint, error)}
</p>`;
}

export function checkboxField({ id, name, label, checked, value = '1', hint, error, ...rest }) {
  return html`<p class="field field-checkbox${error ? ' has-error' : ''}">
  <input type="checkbox" id="${id}" name="${name}" value="${value}"${checked ? raw(' checked') : ''}${attrs(rest)}${describedBy(
    id,
    hint,
    error,
  )}>
  <label for="${id}">${label}</label>${extras(id, hint, error)}
</p>`;
}

/** Summary of field errors at the top of a form; `data-field` names the field in error. */
export function errorSummary(errors) {
  const entries = Object.entries(errors);
  if (!entries.length) return '';
  return html`<div class="notice notice-error" role="alert" id="form-errors">
  <p>Le formulaire contient ${entries.length} erreur${entries.length > 1 ? 's' : ''} :</p>
  <ul>${entries.map(([field, message]) => html`<li data-field="${field}">${message}</li>`)}</ul>
</div>`;
}
