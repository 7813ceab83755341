import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { kindName } from '../../i18n.ts';
import type { OpenDocument } from '../../models/workspace.ts';
import { GeElement } from '../ge-element.ts';
import styles from './ge-editor.styles.ts';

const NEXT: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The editor group: one tab per open document and the active one's JSON, read-only for now.
 * Tabs follow the ARIA tabs pattern: arrows, Home and End move and select, Delete closes.
 * The source is set as text, never parsed as HTML.
 *
 * @fires ge-document-select
 * @fires ge-document-close
 */
@customElement('ge-editor')
export class GeEditor extends GeElement {
  static override styles = styles;

  @property({ attribute: false }) documents: readonly OpenDocument[] = [];
  @property({ attribute: false }) activeName: string | undefined;

  /** Tab to focus once the next render is done (after a keyboard close). */
  #focusAfterUpdate: string | undefined;

  override render(): TemplateResult {
    const active = this.documents.find((doc) => doc.name === this.activeName);
    if (!active)
      return html`<div class="welcome">
        <span class="codicon codicon-book" aria-hidden="true"></span>
        <p>${this.t('editor.welcome')}</p>
      </div>`;
    const index = this.documents.indexOf(active);
    return html`<div role="tablist" aria-label=${this.t('editor.tabs')} @keydown=${this.#onKeyDown}>
        ${repeat(
          this.documents,
          (doc) => doc.name,
          (doc, i) => this.#tab(doc, i, doc === active),
        )}
      </div>
      <div class="breadcrumbs" aria-hidden="true">
        <span>${active.name}</span><span class="codicon codicon-chevron-right"></span
        ><span>${kindName(this.locale, active.kind)}</span><span>· ${this.t('editor.readOnly')}</span>
      </div>
      <div role="tabpanel" id="panel" aria-labelledby=${`tab-${index}`} tabindex="0">
        <pre class="gutter" aria-hidden="true">${this.#lineNumbers(active.source)}</pre>
        <pre class="source" data-testid="document-view">${active.source}</pre>
      </div>`;
  }

  protected override updated(): void {
    if (this.#focusAfterUpdate === undefined) return;
    this.#tabElement(this.#focusAfterUpdate)?.focus();
    this.#focusAfterUpdate = undefined;
  }

  #tab(doc: OpenDocument, index: number, selected: boolean): TemplateResult {
    return html`<div
      role="tab"
      id=${`tab-${index}`}
      data-testid="tab"
      data-name=${doc.name}
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls=${selected ? 'panel' : nothing}
      aria-keyshortcuts="Delete"
      tabindex=${selected ? '0' : '-1'}
      title=${`${doc.name} — ${this.t('editor.closeHint')}`}
      @click=${() => this.emit('ge-document-select', { name: doc.name })}
    >
      <span class="tab-icon codicon codicon-json" aria-hidden="true"></span><span>${doc.name}</span
      ><span
        class="close codicon codicon-close"
        aria-hidden="true"
        title=${this.t('editor.close')}
        @click=${(event: Event) => {
          event.stopPropagation();
          this.emit('ge-document-close', { name: doc.name });
        }}
      ></span>
    </div>`;
  }

  #lineNumbers(source: string): string {
    let count = 1;
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) count += 1;
    return Array.from({ length: count }, (_, i) => i + 1).join('\n');
  }

  #tabElement(name: string): HTMLElement | undefined {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')].find(
      (tab) => tab.dataset.name === name,
    );
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const name = (event.target as HTMLElement).dataset.name;
    const at = this.documents.findIndex((doc) => doc.name === name);
    if (name === undefined || at < 0) return;
    const count = this.documents.length;
    if (event.key === 'Delete') {
      event.preventDefault();
      this.#focusAfterUpdate = (this.documents[at + 1] ?? this.documents[at - 1])?.name;
      this.emit('ge-document-close', { name });
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && name !== this.activeName) {
      event.preventDefault();
      this.emit('ge-document-select', { name });
      return;
    }
    const next = NEXT[event.key];
    if (!next) return;
    event.preventDefault();
    const target = this.documents[next(at, count)]!.name;
    this.#tabElement(target)?.focus();
    this.emit('ge-document-select', { name: target });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-editor': GeEditor;
  }
}
