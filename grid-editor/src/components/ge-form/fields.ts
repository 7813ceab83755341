/**
 * The form controls every part's form is made of. Each control edits the value at one JSON
 * path of the document (`data-path`, and `data-field`: the same path relative to the part),
 * shows the problems found at that path under it (`aria-describedby`, `aria-invalid`), and
 * sends each change up as an edit. Values are shown with `live()` so that typing is never
 * overwritten by the re-render it causes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MessageKey } from '../../i18n.ts';
import type { CommandId } from '../../models/commands.ts';
import type { EditorDocument } from '../../models/document.ts';
import type { FormContext } from '../../models/form-context.ts';
import { asArray, asRecord, getAt, joinPath, parsePath, toPath } from '../../models/json-path.ts';
import type { OutlineNode } from '../../models/outline.ts';
import type { EditorProblem } from '../../models/validate.ts';

/** What a part's form needs from the form component. */
export interface FormHost {
  locale: 'fr' | 'en';
  t(key: MessageKey, params?: Record<string, string | number>): string;
  doc: EditorDocument;
  node: OutlineNode;
  context: FormContext;
  /** The problems at exactly `path`; each is then shown there and not again at the form's end. */
  problemsAt(path: string, within?: boolean): EditorProblem[];
  edit(path: string, value: unknown, coalesce?: boolean): void;
  /** The field was left: the next edit is a new undo step. */
  endEdit(): void;
  reveal(path: string): void;
  command(id: CommandId): void;
  pickLibrary(questionPath: string): void;
}

export const valueAt = (host: FormHost, path: string): unknown => getAt(host.doc.value, path);

/** An element id from a JSON path (ids must stay unique in the form). */
export const fieldId = (path: string): string =>
  `f-${path.replace(/\]/g, '').replace(/\[/g, '_').replace(/\./g, '-') || 'doc'}`;

/** The path relative to the part shown, as `data-field` (stable hooks for tests). */
const relative = (host: FormHost, path: string): string =>
  toPath(parsePath(path).slice(parsePath(host.node.path).length));

const ICONS = { error: 'error', warning: 'warning', info: 'info' } as const;

export const messages = (host: FormHost, id: string, problems: readonly EditorProblem[]): unknown =>
  problems.length === 0
    ? nothing
    : html`<ul class="messages" id=${`${id}-messages`}>
        ${problems.map(
          (p) =>
            html`<li class=${p.severity} data-testid="field-problem" data-code=${p.code}>
              <span class="codicon codicon-${ICONS[p.severity]}" aria-hidden="true"></span
              ><span class="visually-hidden">${host.t(`severity.${p.severity}`)} : </span>${
                host.locale === 'fr' ? p.fr : p.en
              }
            </li>`,
        )}
      </ul>`;

const describedBy = (
  id: string,
  problems: readonly EditorProblem[],
  hint: boolean,
): string | typeof nothing => {
  const ids = [...(hint ? [`${id}-hint`] : []), ...(problems.length > 0 ? [`${id}-messages`] : [])];
  return ids.length > 0 ? ids.join(' ') : nothing;
};

const invalid = (problems: readonly EditorProblem[]) =>
  problems.some((p) => p.severity === 'error') ? 'true' : nothing;

const asText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';

export interface TextOptions {
  path: string;
  label: string;
  /** Removed from the document when emptied (optional fields). */
  optional?: boolean;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  placeholder?: string;
  /** A `<datalist>` id for suggestions. */
  list?: string;
  /** Keeps numbers and booleans typed as such when the text still reads as one. */
  typed?: boolean;
  monospace?: boolean;
}

const readTyped = (before: unknown, text: string): unknown => {
  if (typeof before === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (typeof before === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
};

export const textField = (host: FormHost, options: TextOptions): TemplateResult => {
  const { path, label } = options;
  const value = valueAt(host, path);
  const problems = host.problemsAt(path);
  const id = fieldId(path);
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    const next = options.optional && text === '' ? undefined : options.typed ? readTyped(value, text) : text;
    host.edit(path, next, true);
  };
  const common = {
    id,
    path,
    field: relative(host, path),
    describedBy: describedBy(id, problems, Boolean(options.hint)),
  };
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${options.hint ? html`<div class="hint" id=${`${id}-hint`}>${options.hint}</div>` : nothing}
    ${
      options.multiline
        ? html`<textarea
            id=${common.id}
            class=${options.monospace ? 'mono' : ''}
            rows=${options.rows ?? 4}
            data-path=${common.path}
            data-field=${common.field}
            aria-describedby=${common.describedBy}
            aria-invalid=${invalid(problems)}
            placeholder=${options.placeholder ?? nothing}
            .value=${live(asText(value))}
            @input=${onInput}
            @change=${() => host.endEdit()}
          ></textarea>`
        : html`<input
            type="text"
            id=${common.id}
            class=${options.monospace ? 'mono' : ''}
            data-path=${common.path}
            data-field=${common.field}
            aria-describedby=${common.describedBy}
            aria-invalid=${invalid(problems)}
            placeholder=${options.placeholder ?? nothing}
            list=${options.list ?? nothing}
            autocomplete="off"
            spellcheck="false"
            .value=${live(asText(value))}
            @input=${onInput}
            @change=${() => host.endEdit()}
          />`
    }
    ${messages(host, id, problems)}
  </div>`;
};

export interface NumberOptions {
  path: string;
  label: string;
  optional?: boolean;
  min?: number;
  max?: number;
  step?: number;
  hint?: string;
  /** The value the schema takes when the field is left empty. */
  placeholder?: string;
}

export const numberField = (host: FormHost, options: NumberOptions): TemplateResult => {
  const { path, label } = options;
  const value = valueAt(host, path);
  const problems = host.problemsAt(path);
  const id = fieldId(path);
  return html`<div class="field number">
    <label for=${id}>${label}</label>
    ${options.hint ? html`<div class="hint" id=${`${id}-hint`}>${options.hint}</div>` : nothing}
    <input
      type="number"
      id=${id}
      data-path=${path}
      data-field=${relative(host, path)}
      aria-describedby=${describedBy(id, problems, Boolean(options.hint))}
      aria-invalid=${invalid(problems)}
      min=${options.min ?? nothing}
      max=${options.max ?? nothing}
      step=${options.step ?? 'any'}
      placeholder=${options.placeholder ?? nothing}
      .value=${live(typeof value === 'number' ? String(value) : asText(value))}
      @input=${(event: Event) => {
        const text = (event.target as HTMLInputElement).value;
        const next = text === '' ? (options.optional ? undefined : null) : Number(text);
        host.edit(path, Number.isNaN(next) ? text : next, true);
      }}
      @change=${() => host.endEdit()}
    />
    ${messages(host, id, problems)}
  </div>`;
};

export interface SelectOptions {
  path: string;
  label: string;
  options: readonly { value: string; label: string; group?: string }[];
  /** An empty choice that removes the field. */
  optional?: boolean;
  /** What choosing a value does (default: set it at `path`). */
  onChange?: (value: string) => void;
}

export const selectField = (host: FormHost, options: SelectOptions): TemplateResult => {
  const { path, label } = options;
  const raw = valueAt(host, path);
  const value = asText(raw);
  const problems = host.problemsAt(path);
  const id = fieldId(path);
  const known = options.options.some((option) => option.value === value);
  const groups = [...new Set(options.options.map((option) => option.group))];
  const optionsOf = (group: string | undefined) =>
    options.options
      .filter((option) => option.group === group)
      .map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`,
      );
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      data-path=${path}
      data-field=${relative(host, path)}
      aria-describedby=${describedBy(id, problems, false)}
      aria-invalid=${invalid(problems)}
      .value=${live(value)}
      @change=${(event: Event) => {
        const next = (event.target as HTMLSelectElement).value;
        if (options.onChange) options.onChange(next);
        else host.edit(path, options.optional && next === '' ? undefined : next);
      }}
    >
      ${options.optional ? html`<option value="" ?selected=${value === ''}>${host.t('form.none')}</option>` : nothing}
      ${!known && value !== '' ? html`<option value=${value} selected>${host.t('form.kindUnknown', { kind: value })}</option>` : nothing}
      ${groups.map((group) =>
        group === undefined
          ? optionsOf(undefined)
          : html`<optgroup label=${group}>${optionsOf(group)}</optgroup>`,
      )}
    </select>
    ${messages(host, id, problems)}
  </div>`;
};

export interface ChecklistOptions {
  path: string;
  label: string;
  options: readonly { value: string; label: string }[];
  empty?: string;
  columns?: boolean;
}

/** A list of strings chosen among options, as checkboxes; values not offered are kept. */
export const checklist = (host: FormHost, options: ChecklistOptions): TemplateResult => {
  const { path, label } = options;
  const raw = valueAt(host, path);
  const selected = asArray(raw).filter((item): item is string => typeof item === 'string');
  const problems = host.problemsAt(path, true);
  const id = fieldId(path);
  const toggle = (value: string, on: boolean) => {
    const chosen = new Set(selected);
    if (on) chosen.add(value);
    else chosen.delete(value);
    const offered = options.options.map((option) => option.value);
    host.edit(path, [
      ...offered.filter((v) => chosen.has(v)),
      ...selected.filter((v) => !offered.includes(v) && chosen.has(v)),
    ]);
  };
  const unknown = selected.filter((v) => !options.options.some((option) => option.value === v));
  const all = [...options.options, ...unknown.map((value) => ({ value, label: value }))];
  return html`<fieldset
    class=${options.columns ? 'field checklist columns' : 'field checklist'}
    data-path=${path}
    data-field=${relative(host, path)}
    aria-describedby=${describedBy(id, problems, false)}
  >
    <legend>${label}</legend>
    ${all.length === 0 && options.empty ? html`<p class="hint">${options.empty}</p>` : nothing}
    ${all.map(
      (option, i) =>
        html`<label class="check">
          <input
            type="checkbox"
            id=${`${id}-${i}`}
            data-value=${option.value}
            .checked=${live(selected.includes(option.value))}
            @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}
          /><span>${option.label}</span>
        </label>`,
    )}
    ${messages(host, id, problems)}
  </fieldset>`;
};

export const checkbox = (
  host: FormHost,
  options: { path: string; label: string; checked: boolean; onChange: (checked: boolean) => void },
): TemplateResult => {
  const id = fieldId(options.path);
  return html`<div class="field inline">
    <input
      type="checkbox"
      id=${id}
      data-path=${options.path}
      data-field=${relative(host, options.path)}
      .checked=${live(options.checked)}
      @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)}
    /><label for=${id}>${options.label}</label>
  </div>`;
};

/** Links to the parts below this one (questions of a subject, rules of a question…). */
export const partLinks = (
  host: FormHost,
  items: readonly { path: string; label: string; detail?: string; icon: string; badge?: TemplateResult }[],
): TemplateResult =>
  html`<ul class="links">
    ${items.map(
      (item) => html`<li>
        <button type="button" class="link" data-testid="part-link" data-json-path=${item.path} @click=${() => host.reveal(item.path)}>
          <span class="codicon codicon-${item.icon}" aria-hidden="true"></span
          ><span class="link-label">${item.label || host.t('untitled')}</span>${
            item.detail ? html`<span class="detail">${item.detail}</span>` : nothing
          }${item.badge ?? nothing}
        </button>
      </li>`,
    )}
  </ul>`;

export const addButton = (
  label: string,
  testId: string,
  onClick: () => void,
  path?: string,
): TemplateResult =>
  html`<button type="button" class="button secondary" data-testid=${testId} data-path=${path ?? nothing} @click=${onClick}>
    <span class="codicon codicon-add" aria-hidden="true"></span>${label}
  </button>`;

/** How a list of parts shows its items, and the new item its « add » button appends. */
export interface PartListOptions {
  icon: string;
  label(item: Record<string, unknown>): string;
  detail(item: Record<string, unknown>): string;
  add: { label: string; testId: string; item(): unknown };
}

/** The parts of the array at `path` as links to their forms, and a button that adds one (and shows it). */
export const partList = (host: FormHost, path: string, options: PartListOptions): TemplateResult =>
  html`${partLinks(
    host,
    asArray(valueAt(host, path)).map((item, i) => ({
      path: joinPath(path, i),
      label: options.label(asRecord(item)),
      detail: options.detail(asRecord(item)),
      icon: options.icon,
    })),
  )}
  ${addButton(options.add.label, options.add.testId, () => append(host, path, options.add.item()), path)}`;

export const deleteButton = (
  host: FormHost,
  label: string,
  arrayPath: string,
  index: number,
): TemplateResult =>
  html`<button
    type="button"
    class="button secondary danger"
    data-testid="delete-part"
    @click=${() => {
      const items = asArray(valueAt(host, arrayPath));
      host.edit(
        arrayPath,
        items.filter((_, i) => i !== index),
      );
      host.reveal(arrayPath);
    }}
  >
    <span class="codicon codicon-trash" aria-hidden="true"></span>${label}
  </button>`;

/** Appends an item to the list at `arrayPath` and shows it. */
export const append = (host: FormHost, arrayPath: string, item: unknown): void => {
  const items = asArray(valueAt(host, arrayPath));
  host.edit(arrayPath, [...items, item]);
  host.reveal(toPath([...parsePath(arrayPath), items.length]));
};

export const section = (title: string, body: unknown, testId?: string): TemplateResult =>
  html`<section class="group" data-testid=${testId ?? nothing}>
    <h3>${title}</h3>
    ${body}
  </section>`;
