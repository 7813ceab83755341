import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { jsonEqual } from '../../models/json-path.ts';
import { createDebouncer, readSource, SOURCE_DEBOUNCE_MS, type SourceRead } from '../../models/source.ts';
import { GeElement } from '../ge-element.ts';
import styles from './ge-source.styles.ts';

/**
 * The JSON source view of one part of a document: a plain textarea with line numbers. What
 * the designer types is read once they pause: JSON that parses becomes the part's value (and
 * is validated live like any edit); JSON that does not is kept, not applied, and its place
 * shown. A change made elsewhere (the form, undo) replaces the text unless the text already
 * says the same.
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
  /** The part's value as a JSON text (from the model). */
  @property() source = '';
  @property({ type: Boolean, attribute: 'read-only' }) readOnly = false;
  /** Accessible name of the text area. */
  @property() label = '';

  @state() private text = '';
  @state() private error: Extract<SourceRead, { ok: false }> | undefined;

  @query('textarea') private textarea!: HTMLTextAreaElement;
  @query('.gutter') private gutter!: HTMLElement;

  #debounce = createDebouncer(SOURCE_DEBOUNCE_MS);
  #target = '';

  override disconnectedCallback(): void {
    this.#debounce.flush();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const target = `${this.name}\u0000${this.path}`;
    if (target !== this.#target) {
      // Another part: what was typed for the previous one and not applied is dropped.
      this.#debounce.cancel();
      this.#target = target;
      this.text = this.source;
      this.#setError(undefined);
      return;
    }
    if (changed.has('source') && !this.#debounce.pending) {
      const typed = readSource(this.text, this.path);
      const model = readSource(this.source, this.path);
      if (!(typed.ok && model.ok && jsonEqual(typed.value, model.value))) {
        this.text = this.source;
        this.#setError(undefined);
      }
    }
  }

  override render(): TemplateResult {
    const lines = this.#lineCount(this.text);
    return html`<div class="editor">
        <pre class="gutter" aria-hidden="true">${Array.from({ length: lines }, (_, i) => i + 1).join('\n')}</pre>
        <textarea
          data-testid="source"
          data-path=${this.path}
          aria-label=${this.label}
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby=${this.error ? 'source-error' : nothing}
          spellcheck="false"
          autocomplete="off"
          autocapitalize="off"
          wrap="off"
          ?readonly=${this.readOnly}
          .value=${live(this.text)}
          @input=${this.#onInput}
          @blur=${() => {
            this.#debounce.flush();
            this.emit('ge-edit-end', { name: this.name });
          }}
          @scroll=${this.#onScroll}
        ></textarea>
      </div>
      <div class="status" id="source-error" role="status" data-testid="source-error">
        ${
          this.error
            ? html`<span class="codicon codicon-error" aria-hidden="true"></span>${this.locale === 'fr' ? this.error.problem.fr : this.error.problem.en}`
            : nothing
        }
      </div>`;
  }

  /** Applies what was typed now, without waiting for the pause (before undo, save…). */
  flushPending(): void {
    this.#debounce.flush();
  }

  /** Puts the caret at the start of a line (a problem was opened). */
  focusLine(line = 1): void {
    const textarea = this.textarea;
    if (!textarea) return;
    let offset = 0;
    for (let i = 1; i < line; i += 1) offset = this.text.indexOf('\n', offset) + 1;
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
  }

  #lineCount(text: string): number {
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count += 1;
    return count;
  }

  #onInput = (event: Event): void => {
    this.text = (event.target as HTMLTextAreaElement).value;
    if (this.readOnly) return;
    const { name, path } = this;
    const text = this.text;
    this.#debounce.call(() => this.#apply(name, path, text));
  };

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

  #onScroll = (): void => {
    if (this.gutter && this.textarea) this.gutter.scrollTop = this.textarea.scrollTop;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-source': GeSource;
  }
}
