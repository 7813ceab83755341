import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { DocumentKind } from '../../../../shared/schema/index.ts';
import { jsonEqual } from '../../models/json-path.ts';
import {
  createDebouncer,
  offsetOf,
  readSource,
  SOURCE_DEBOUNCE_MS,
  type SourceRead,
} from '../../models/source.ts';
import type { SourceDiagnostic } from '../../models/source-diagnostics.ts';
import type { EditorProblem } from '../../models/validate.ts';
import { GeElement } from '../ge-element.ts';
import styles from './ge-source.styles.ts';
import type { JsonEditor } from './json-editor.ts';

/**
 * The JSON source view of one part of a document: a CodeMirror editor (loaded on first use)
 * with completion of the fields the published JSON Schema allows and, under the text they are
 * about, the part's problems (schema and design lints, French or English, with their path),
 * also listed as text below. What the designer types is read once they pause: JSON that
 * parses becomes the part's value (and is validated live like any edit); JSON that does not
 * is kept, not applied, and its place shown — the last valid value stays the model's. A
 * change made elsewhere (the form, undo) is applied to the text as the smallest edit, so the
 * caret stays, unless the text already says the same or holds typing not yet applied.
 *
 * @fires ge-edit
 * @fires ge-source-problem
 */
@customElement('ge-source')
export class GeSource extends GeElement {
  static override styles = styles;

  /** Document and part edited. */
  @property() name = '';
  @property() path = '';
  @property() kind: DocumentKind = 'subject';
  /** The part's value as a JSON text (from the model). */
  @property() source = '';
  /** The document's problems within the part (from the model). */
  @property({ attribute: false }) problems: readonly EditorProblem[] = [];
  @property({ type: Boolean, attribute: 'read-only' }) readOnly = false;
  /** Accessible name of the editor. */
  @property() label = '';

  @state() private text = '';
  @state() private error: Extract<SourceRead, { ok: false }> | undefined;
  @state() private loaded = false;

  @query('.editor') private host!: HTMLElement;

  #editor: JsonEditor | undefined;
  /** The lazily loaded editor module (CodeMirror and the JSON tree reader). */
  #module: typeof import('./json-editor.ts') | undefined;
  #debounce = createDebouncer(SOURCE_DEBOUNCE_MS);
  #target = '';
  #diagnostics: SourceDiagnostic[] = [];
  #pendingFocus: { line?: number; offset?: number } | undefined;

  override disconnectedCallback(): void {
    this.#debounce.flush();
    this.#editor?.destroy();
    this.#editor = undefined;
    this.loaded = false;
    super.disconnectedCallback();
  }

  protected override firstUpdated(): void {
    void this.#load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.#editor) void this.#load();
  }

  async #load(): Promise<void> {
    const module = await import('./json-editor.ts');
    if (this.#editor || !this.isConnected) return;
    this.#module = module;
    this.#diagnostics = module.sourceDiagnostics(this.text, this.path, this.problems, this.locale);
    this.#editor = module.createJsonEditor({
      parent: this.host,
      text: this.text,
      label: this.label,
      path: this.path,
      readOnly: this.readOnly,
      completion: () => ({ kind: this.kind, path: this.path, locale: this.locale }),
      onText: (text) => this.#onText(text),
      onBlur: () => {
        this.#debounce.flush();
        this.emit('ge-edit-end', { name: this.name });
      },
    });
    this.loaded = true;
    this.#syncDiagnostics();
    if (this.#pendingFocus) this.#editor.focusAt(this.#pendingFocus);
    this.#pendingFocus = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const target = `${this.name}\u0000${this.path}`;
    if (target !== this.#target) {
      // Another part: what was typed for the previous one and not applied is dropped.
      this.#debounce.cancel();
      this.#target = target;
      this.text = this.source;
      this.#setError(undefined);
    } else if (changed.has('source') && !this.#debounce.pending) {
      const typed = readSource(this.text, this.path);
      const model = readSource(this.source, this.path);
      if (!(typed.ok && model.ok && jsonEqual(typed.value, model.value))) {
        this.text = this.source;
        this.#setError(undefined);
      }
    }
    this.#diagnostics =
      this.#module?.sourceDiagnostics(this.text, this.path, this.problems, this.locale) ?? [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    const editor = this.#editor;
    if (!editor) return;
    if (editor.text !== this.text) editor.replace(this.text);
    if (changed.has('label') || changed.has('path') || changed.has('readOnly'))
      editor.configure({ label: this.label, path: this.path, readOnly: this.readOnly });
    this.#syncDiagnostics();
  }

  override render(): TemplateResult {
    const shown = this.#diagnostics;
    return html`<div class="editor">
        ${this.loaded ? nothing : html`<p class="loading">${this.t('source.loading')}</p>`}
      </div>
      <p class="help" id="source-help">${this.t('source.help')}</p>
      <div class="status" id="source-error" role="status" data-testid="source-error">${
        this.error
          ? html`<span class="codicon codicon-error" aria-hidden="true"></span>${this.locale === 'fr' ? this.error.problem.fr : this.error.problem.en}`
          : nothing
      }</div>
      ${
        shown.length > 0
          ? html`<ul class="diagnostics" id="source-diagnostics" aria-label=${this.t('source.diagnostics')} data-testid="source-diagnostics">
              ${shown.map(
                (d) => html`<li
                  class=${d.severity}
                  data-testid="source-diagnostic"
                  data-json-path=${d.path}
                  data-code=${d.code}
                  data-severity=${d.severity}
                >
                  <button type="button" class="link" @click=${() => this.#editor?.focusAt({ offset: d.from })}>
                    <span class="codicon codicon-${d.severity}" aria-hidden="true"></span
                    ><span class="visually-hidden">${this.t(`severity.${d.severity}`)} : </span>${d.message}
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing
      }`;
  }

  /** Applies what was typed now, without waiting for the pause (before undo, save…). */
  flushPending(): void {
    this.#debounce.flush();
  }

  /** Puts the caret at the start of a line (a problem was opened). */
  focusLine(line = 1): void {
    if (this.#editor) this.#editor.focusAt({ line });
    else this.#pendingFocus = { line };
  }

  /** The text shown (with what is typed and not yet applied). */
  get value(): string {
    return this.#editor?.text ?? this.text;
  }

  #syncDiagnostics(): void {
    const error = this.error;
    const extra = error
      ? [
          {
            from: offsetOf(this.text, error.line, error.column),
            to: offsetOf(this.text, error.line, error.column),
            severity: 'error' as const,
            message: this.locale === 'fr' ? error.problem.fr : error.problem.en,
          },
        ]
      : [];
    this.#editor?.setDiagnostics(this.#diagnostics, extra);
  }

  #onText(text: string): void {
    this.text = text;
    if (this.readOnly) return;
    const { name, path } = this;
    this.#debounce.call(() => this.#apply(name, path, text));
  }

  #apply(name: string, path: string, text: string): void {
    const read = readSource(text, path);
    if (!read.ok) {
      this.#setError(read);
      return;
    }
    this.#setError(undefined);
    this.emit('ge-edit', { name, path, value: read.value, coalesce: true });
  }

  #setError(error: Extract<SourceRead, { ok: false }> | undefined): void {
    const had = this.error !== undefined;
    this.error = error;
    if (error || had)
      this.emit('ge-source-problem', { name: this.name, ...(error ? { problem: error.problem } : {}) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-source': GeSource;
  }
}
