import '../ge-form/index.ts';
import '../ge-source/index.ts';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { groupName, kindName } from '../../i18n.ts';
import { type EditorDocument, isDirty } from '../../models/document.ts';
import type { FormContext } from '../../models/form-context.ts';
import type { OutlineNode } from '../../models/outline.ts';
import type { EditorMode } from '../../models/store.ts';
import type { EditorProblem } from '../../models/validate.ts';
import { GeElement } from '../ge-element.ts';
import type { FocusRequest } from '../ge-form/index.ts';
import styles from './ge-editor.styles.ts';

const NEXT: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

const MODES: readonly { mode: EditorMode; icon: string }[] = [
  { mode: 'form', icon: 'preview' },
  { mode: 'source', icon: 'json' },
  { mode: 'split', icon: 'split-horizontal' },
];

/**
 * The editor group: one tab per open document (a dot marks unsaved changes), breadcrumbs of
 * the part shown, and that part as a form, as JSON, or both side by side — two views of one
 * value, each following the other. Tabs follow the ARIA tabs pattern: arrows, Home and End
 * move and select, Delete closes.
 *
 * @fires ge-document-select
 * @fires ge-document-close
 * @fires ge-reveal
 * @fires ge-mode-change
 * @fires ge-command
 */
@customElement('ge-editor')
export class GeEditor extends GeElement {
  static override styles = styles;

  @property({ attribute: false }) documents: readonly EditorDocument[] = [];
  @property({ attribute: false }) activeName: string | undefined;
  @property({ attribute: false }) mode: EditorMode = 'form';
  /** The part shown and its ancestors (breadcrumbs), from the document's outline. */
  @property({ attribute: false }) node: OutlineNode | undefined;
  @property({ attribute: false }) ancestry: readonly OutlineNode[] = [];
  @property({ attribute: false }) problems: readonly EditorProblem[] = [];
  @property({ attribute: false }) context: FormContext | undefined;
  @property({ attribute: false }) focusRequest: FocusRequest | undefined;
  /** The part's JSON text. */
  @property({ attribute: false }) source = '';
  /** The document's problems within the part and its descendants (the JSON view shows them all). */
  @property({ attribute: false }) sourceProblems: readonly EditorProblem[] = [];

  /** Tab to focus once the next render is done (after a keyboard close). */
  #focusAfterUpdate: string | undefined;

  /** Focuses the active tab (keyboard: « go to the editor »). */
  focusActiveTab(): void {
    this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }

  /** Applies what the source view holds not yet applied. */
  flushSource(): void {
    this.renderRoot.querySelector('ge-source')?.flushPending();
  }

  /** Focuses the JSON source text at a line (when the source is shown). */
  focusSource(): boolean {
    const source = this.renderRoot.querySelector('ge-source');
    if (!source) return false;
    source.focusLine(1);
    return true;
  }

  override render(): TemplateResult {
    const active = this.documents.find((doc) => doc.name === this.activeName);
    if (!active)
      return html`<div class="welcome">
        <span class="codicon codicon-book" aria-hidden="true"></span>
        <p>${this.t('editor.welcome')}</p>
        <button type="button" class="button" @click=${() => this.emit('ge-command', { id: 'file.newSubject' })}>
          <span class="codicon codicon-new-file" aria-hidden="true"></span>${this.t('explorer.new')}
        </button>
      </div>`;
    const index = this.documents.indexOf(active);
    const mode = active.readOnly ? 'source' : this.mode;
    return html`<div role="tablist" aria-label=${this.t('editor.tabs')} @keydown=${this.#onKeyDown}>
        ${repeat(
          this.documents,
          (doc) => doc.name,
          (doc, i) => this.#tab(doc, i, doc === active),
        )}
      </div>
      <div class="toolbar">
        <nav class="breadcrumbs" aria-label=${this.t('editor.breadcrumbs')} data-testid="breadcrumbs">
          <ol>
            ${this.ancestry.map(
              (node, i) => html`<li>
                ${i > 0 ? html`<span class="codicon codicon-chevron-right" aria-hidden="true"></span>` : nothing}
                <button
                  type="button"
                  class="crumb"
                  aria-current=${i === this.ancestry.length - 1 ? 'location' : nothing}
                  @click=${() => this.emit('ge-reveal', { name: active.name, path: node.path, focus: true })}
                >
                  ${i === 0 ? active.name : this.#label(node)}
                </button>
              </li>`,
            )}
          </ol>
        </nav>
        ${active.readOnly ? html`<span class="read-only">${this.t('editor.readOnly')}</span>` : nothing}
        <div class="tools">
          <button
            type="button"
            class="icon-button"
            data-testid="toolbar-undo"
            aria-label=${this.t('command.edit.undo')}
            title=${this.t('command.edit.undo')}
            ?disabled=${active.history.undo.length === 0}
            @click=${() => this.emit('ge-command', { id: 'edit.undo' })}
          >
            <span class="codicon codicon-discard" aria-hidden="true"></span>
          </button>
          <button
            type="button"
            class="icon-button"
            data-testid="toolbar-redo"
            aria-label=${this.t('command.edit.redo')}
            title=${this.t('command.edit.redo')}
            ?disabled=${active.history.redo.length === 0}
            @click=${() => this.emit('ge-command', { id: 'edit.redo' })}
          >
            <span class="codicon codicon-redo" aria-hidden="true"></span>
          </button>
          <div class="modes" role="group" aria-label=${this.t('editor.mode')}>
            ${MODES.map(
              ({ mode: value, icon }) => html`<button
                type="button"
                class="icon-button"
                data-testid=${`editor-mode-${value}`}
                aria-pressed=${live(mode === value ? 'true' : 'false')}
                aria-label=${this.t(`editor.mode.${value}`)}
                title=${this.t(`editor.mode.${value}`)}
                ?disabled=${active.readOnly && value !== 'source'}
                @click=${() => this.emit('ge-mode-change', { mode: value })}
              >
                <span class="codicon codicon-${icon}" aria-hidden="true"></span>
              </button>`,
            )}
          </div>
        </div>
      </div>
      <div
        role="tabpanel"
        id="panel"
        aria-labelledby=${`tab-${index}`}
        class=${`body ${mode}`}
        data-testid="document-view"
        data-mode=${mode}
      >
        ${
          mode !== 'source'
            ? html`<div class="form-pane" role="region" aria-label=${this.t('form.label', { part: this.#partName() })}>
                <ge-form
                  .locale=${this.locale}
                  .doc=${active}
                  .node=${this.node}
                  .problems=${this.problems}
                  .context=${this.context}
                  .focusRequest=${this.focusRequest}
                ></ge-form>
              </div>`
            : nothing
        }
        ${
          mode !== 'form'
            ? html`<div class="source-pane">
                <ge-source
                  .locale=${this.locale}
                  .name=${active.name}
                  .path=${this.node?.path ?? ''}
                  .kind=${active.kind}
                  .source=${this.source}
                  .problems=${this.sourceProblems}
                  .label=${active.readOnly ? this.t('source.readOnly') : this.t('source.label', { part: this.#partName() })}
                  ?read-only=${active.readOnly}
                ></ge-source>
              </div>`
            : nothing
        }
      </div>`;
  }

  protected override updated(): void {
    if (this.#focusAfterUpdate === undefined) return;
    this.#tabElement(this.#focusAfterUpdate)?.focus();
    this.#focusAfterUpdate = undefined;
  }

  #label(node: OutlineNode): string {
    if (node.type === 'group' && node.group) return groupName(this.locale, node.group);
    if (node.type === 'document' && node.kind) return kindName(this.locale, node.kind);
    return node.label || this.t('untitled');
  }

  #partName(): string {
    const node = this.node;
    if (!node) return '';
    return node.path === '' ? (this.activeName ?? '') : this.#label(node);
  }

  #tab(doc: EditorDocument, index: number, selected: boolean): TemplateResult {
    const dirty = isDirty(doc) && !doc.readOnly;
    return html`<div
      role="tab"
      id=${`tab-${index}`}
      data-testid="tab"
      data-name=${doc.name}
      data-dirty=${dirty ? 'true' : 'false'}
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls=${selected ? 'panel' : nothing}
      aria-keyshortcuts="Delete Control+Alt+W"
      tabindex=${selected ? '0' : '-1'}
      title=${`${doc.name} — ${this.t('editor.closeHint')}`}
      @click=${() => this.emit('ge-document-select', { name: doc.name })}
    >
      <span class="tab-icon codicon codicon-json" aria-hidden="true"></span><span>${doc.name}</span>${
        dirty ? html`<span class="visually-hidden">, ${this.t('editor.unsaved')}</span>` : nothing
      }<span
        class=${dirty ? 'close dirty codicon codicon-circle-filled' : 'close codicon codicon-close'}
        data-testid=${dirty ? 'tab-dirty' : nothing}
        aria-hidden="true"
        title=${this.t('editor.close')}
        @click=${(event: Event) => {
          event.stopPropagation();
          this.emit('ge-document-close', { name: doc.name });
        }}
      ></span>
    </div>`;
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
