import '@vscode-elements/elements/dist/vscode-tree/index.js';
import '@vscode-elements/elements/dist/vscode-tree-item/index.js';
import type { VscTreeSelectEvent } from '@vscode-elements/elements/dist/vscode-tree/vscode-tree.js';
import type { VscodeTreeItem } from '@vscode-elements/elements/dist/vscode-tree-item/vscode-tree-item.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DocumentKind } from '../../../../shared/schema/index.ts';
import { groupName, kindName } from '../../i18n.ts';
import { type EditorDocument, isDirty } from '../../models/document.ts';
import type { OutlineNode, OutlineNodeType } from '../../models/outline.ts';
import type { Severity } from '../../models/validate.ts';
import { GeElement } from '../ge-element.ts';
import styles from './ge-explorer.styles.ts';

export const KIND_ICONS: Record<DocumentKind, string> = {
  grid: 'table',
  catalogue: 'library',
  subject: 'book',
  'subject-package': 'package',
  session: 'history',
  bundle: 'archive',
  assessment: 'checklist',
};

export const NODE_ICONS: Record<Exclude<OutlineNodeType, 'document' | 'group'>, string> = {
  competence: 'symbol-class',
  subCompetence: 'symbol-namespace',
  criterion: 'pass',
  question: 'question',
  rule: 'zap',
  annex: 'file-media',
  variable: 'symbol-variable',
  entry: 'tools',
};

export const iconOf = (node: OutlineNode): string =>
  node.type === 'document'
    ? KIND_ICONS[node.kind ?? 'grid']
    : node.type === 'group'
      ? 'folder'
      : NODE_ICONS[node.type];

/** One open document as the explorer shows it. */
export interface ExplorerEntry {
  doc: EditorDocument;
  outline: OutlineNode;
  /** Worst severity and count of the problems under each part (by path). */
  marks: ReadonlyMap<string, { severity: Severity; count: number }>;
}

/** Levels opened at first: a grid shows its criteria, a subject its rules. */
const OPEN_DEPTH = 4;

/** A package's grid and catalogue start closed: the subject is what a designer works on. */
const startsOpen = (node: OutlineNode, depth: number): boolean =>
  depth < OPEN_DEPTH && !(node.type === 'document' && depth === 1 && node.kind !== 'subject');

/**
 * The explorer: « New subject », the open-file control and, for each open document, its
 * structure in a `vscode-tree` (grid → competences → criteria; subject → questions → rules,
 * annexes, variables; package → grid, catalogue, subject). Choosing an item shows that part
 * in the editor; the part the editor shows is selected here, its ancestors opened.
 *
 * @fires ge-files-open
 * @fires ge-reveal
 * @fires ge-command
 */
@customElement('ge-explorer')
export class GeExplorer extends GeElement {
  static override styles = styles;

  @property({ attribute: false }) entries: readonly ExplorerEntry[] = [];
  @property({ attribute: false }) activeName: string | undefined;

  /** The part last synchronised with the tree's selection. */
  #synced: string | undefined;

  /** Opens the file chooser (the « open » command). */
  openFileChooser(): void {
    this.renderRoot.querySelector<HTMLInputElement>('#open-file')?.click();
  }

  /** Moves the keyboard focus to the tree's current item. */
  focusTree(): void {
    const items = [...this.renderRoot.querySelectorAll<VscodeTreeItem>('vscode-tree-item')];
    (items.find((item) => item.tabIndex === 0) ?? items[0])?.focus();
  }

  override render(): TemplateResult {
    return html`<div class="title"><h2 id="explorer-title">${this.t('explorer.title')}</h2></div>
      <div class="open">
        <button
          type="button"
          class="button"
          data-testid="new-subject"
          @click=${() => this.emit('ge-command', { id: 'file.newSubject' })}
        >
          <span class="codicon codicon-new-file" aria-hidden="true"></span>${this.t('explorer.new')}
        </button>
        <input
          id="open-file"
          class="visually-hidden"
          type="file"
          data-testid="open-file"
          accept=".json,application/json"
          multiple
          @change=${this.#onFiles}
        />
        <label for="open-file" class="button secondary">
          <span class="codicon codicon-folder-opened" aria-hidden="true"></span>${this.t('explorer.open')}
        </label>
      </div>
      <div class="section" data-testid="explorer">
        ${
          this.entries.length === 0
            ? html`<p class="empty">${this.t('explorer.empty')}</p>`
            : html`<vscode-tree
                aria-label=${this.t('explorer.tree')}
                indent-guides="onHover"
                @vsc-tree-select=${this.#onSelect}
              >
                ${repeat(
                  this.entries,
                  (entry) => entry.doc.name,
                  (entry) => this.#documentItem(entry),
                )}
              </vscode-tree>`
        }
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const active = this.entries.find((entry) => entry.doc.name === this.activeName);
    const key = active ? `${active.doc.name}\u0000${active.doc.selection}` : undefined;
    if (key === this.#synced) return;
    this.#synced = key;
    if (active) void this.#reveal(active.doc.name, active.doc.selection);
  }

  /** Selects the item of a part, opens its ancestors and scrolls it into view. */
  async #reveal(file: string, path: string): Promise<void> {
    const items = [...this.renderRoot.querySelectorAll<VscodeTreeItem>('vscode-tree-item')];
    const target = items.find((item) => item.dataset.file === file && item.dataset.jsonPath === path);
    if (!target) return;
    for (const item of items) if (item !== target && item.selected) item.selected = false;
    for (let parent = target.parentElement; parent; parent = parent.parentElement)
      if (parent instanceof HTMLElement && parent.localName === 'vscode-tree-item')
        (parent as VscodeTreeItem).open = true;
    target.selected = true;
    target.active = true;
    await target.updateComplete;
    target.scrollIntoView?.({ block: 'nearest' });
  }

  #documentItem({ doc, outline, marks }: ExplorerEntry): TemplateResult {
    const kind = kindName(this.locale, doc.kind);
    const dirty = isDirty(doc);
    return html`<vscode-tree-item
      branch
      open
      data-testid="explorer-item"
      data-file=${doc.name}
      data-node-type="file"
      data-json-path=""
      data-dirty=${dirty ? 'true' : 'false'}
      title=${`${doc.name} — ${kind} — ${outline.label}`}
    >
      ${this.#icon(KIND_ICONS[doc.kind], true)}${doc.name}<span slot="description"
        >${kind}${dirty ? html`<span class="visually-hidden">, ${this.t('explorer.unsaved')}</span>` : nothing}</span
      >${this.#decoration(marks.get(''), dirty)}
      ${this.#children(doc.name, outline.children, 1, marks)}
    </vscode-tree-item>`;
  }

  #children(
    file: string,
    nodes: readonly OutlineNode[],
    depth: number,
    marks: ExplorerEntry['marks'],
  ): unknown {
    return repeat(
      nodes,
      (node) => node.path,
      (node) => this.#item(file, node, depth, marks),
    );
  }

  #item(file: string, node: OutlineNode, depth: number, marks: ExplorerEntry['marks']): TemplateResult {
    const branch = node.children.length > 0;
    const label =
      node.type === 'group' && node.group
        ? groupName(this.locale, node.group)
        : node.type === 'document' && node.kind
          ? `${kindName(this.locale, node.kind)} — ${node.label || this.t('untitled')}`
          : node.label || this.t('untitled');
    return html`<vscode-tree-item
      slot="children"
      ?branch=${branch}
      ?open=${branch && startsOpen(node, depth)}
      data-testid="explorer-item"
      data-file=${file}
      data-node-type=${node.type}
      data-json-path=${node.path}
      title=${node.detail ? `${label} — ${node.detail}` : label}
    >
      ${this.#icon(iconOf(node), branch)}${label}${
        node.detail ? html`<span slot="description">${node.detail}</span>` : nothing
      }${this.#decoration(marks.get(node.path), false)}
      ${branch ? this.#children(file, node.children, depth + 1, marks) : nothing}
    </vscode-tree-item>`;
  }

  #decoration(mark: { severity: Severity; count: number } | undefined, dirty: boolean): unknown {
    if (!mark && !dirty) return nothing;
    return html`<span slot="decoration" class="decoration"
      >${dirty ? html`<span class="dirty codicon codicon-circle-filled" aria-hidden="true"></span>` : nothing}${
        mark
          ? html`<span class=${`mark ${mark.severity}`}
              ><span aria-hidden="true">${mark.count}</span
              ><span class="visually-hidden">${this.t('explorer.problems', { count: mark.count })}</span></span
            >`
          : nothing
      }</span
    >`;
  }

  /** A codicon in the slot the tree item shows for its state (branch closed/opened, leaf). */
  #icon(name: string, branch: boolean): TemplateResult {
    return branch
      ? html`<span slot="icon-branch" class="codicon codicon-${name}" aria-hidden="true"></span
          ><span slot="icon-branch-opened" class="codicon codicon-${name}" aria-hidden="true"></span>`
      : html`<span slot="icon-leaf" class="codicon codicon-${name}" aria-hidden="true"></span>`;
  }

  #onFiles = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again (after fixing it) opens it again.
    input.value = '';
    if (files.length > 0) this.emit('ge-files-open', { files });
  };

  #onSelect = (event: VscTreeSelectEvent): void => {
    // vscode-elements 2.5 sends the selected items as the detail itself, though its type says
    // `{ selectedItems }`: accept both.
    const detail = event.detail as unknown as VscodeTreeItem[] | { selectedItems: VscodeTreeItem[] };
    const items = Array.isArray(detail) ? detail : detail.selectedItems;
    const item = items[0];
    const file = item?.dataset.file;
    if (file === undefined) return;
    const path = item!.dataset.jsonPath ?? '';
    // The tree selected it already: keep it from being synchronised again.
    this.#synced = `${file}\u0000${path}`;
    this.emit('ge-reveal', { name: file, path });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-explorer': GeExplorer;
  }
}
