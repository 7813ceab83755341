import '@vscode-elements/elements/dist/vscode-tree/index.js';
import '@vscode-elements/elements/dist/vscode-tree-item/index.js';
import type { VscTreeSelectEvent } from '@vscode-elements/elements/dist/vscode-tree/vscode-tree.js';
import type { VscodeTreeItem } from '@vscode-elements/elements/dist/vscode-tree-item/vscode-tree-item.js';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DocumentKind } from '../../../../shared/schema/index.ts';
import { groupName, kindName } from '../../i18n.ts';
import type { OutlineNode, OutlineNodeType } from '../../models/outline.ts';
import type { OpenDocument } from '../../models/workspace.ts';
import { GeElement } from '../ge-element.ts';
import styles from './ge-explorer.styles.ts';

const KIND_ICONS: Record<DocumentKind, string> = {
  grid: 'table',
  catalogue: 'library',
  subject: 'book',
  'subject-package': 'package',
  session: 'history',
  bundle: 'archive',
  assessment: 'checklist',
};

const NODE_ICONS: Record<Exclude<OutlineNodeType, 'document' | 'group'>, string> = {
  competence: 'symbol-class',
  subCompetence: 'symbol-namespace',
  criterion: 'pass',
  question: 'question',
  rule: 'zap',
  annex: 'file-media',
  variable: 'symbol-variable',
  entry: 'tools',
};

/** Levels opened at first: a grid shows its criteria, a subject its rules. */
const OPEN_DEPTH = 3;

/**
 * The explorer: the open-file control and, for each open document, its structure in a
 * `vscode-tree` (grid → competences → criteria; subject → questions → rules, annexes,
 * variables; package → grid, catalogue, subject). Choosing an item shows its document.
 *
 * @fires ge-files-open
 * @fires ge-document-select
 */
@customElement('ge-explorer')
export class GeExplorer extends GeElement {
  static override styles = styles;

  @property({ attribute: false }) documents: readonly OpenDocument[] = [];

  override render(): TemplateResult {
    return html`<div class="title"><h2 id="explorer-title">${this.t('explorer.title')}</h2></div>
      <div class="open">
        <input
          id="open-file"
          class="visually-hidden"
          type="file"
          data-testid="open-file"
          accept=".json,application/json"
          @change=${this.#onFiles}
        />
        <label for="open-file" class="button">
          <span class="codicon codicon-folder-opened" aria-hidden="true"></span>${this.t('explorer.open')}
        </label>
      </div>
      <div class="section" data-testid="explorer">
        ${
          this.documents.length === 0
            ? html`<p class="empty">${this.t('explorer.empty')}</p>`
            : html`<vscode-tree
                aria-label=${this.t('explorer.tree')}
                indent-guides="onHover"
                @vsc-tree-select=${this.#onSelect}
              >
                ${repeat(
                  this.documents,
                  (doc) => doc.name,
                  (doc) => this.#documentItem(doc),
                )}
              </vscode-tree>`
        }
      </div>`;
  }

  #documentItem(doc: OpenDocument): TemplateResult {
    const kind = kindName(this.locale, doc.kind);
    return html`<vscode-tree-item
      branch
      open
      data-testid="explorer-item"
      data-file=${doc.name}
      data-node-type="file"
      data-json-path=""
      title=${`${doc.name} — ${kind} — ${doc.outline.label}`}
    >
      ${this.#icon(KIND_ICONS[doc.kind], true)}${doc.name}<span slot="description">${kind}</span>
      ${this.#children(doc.name, doc.outline.children, 1)}
    </vscode-tree-item>`;
  }

  #children(file: string, nodes: readonly OutlineNode[], depth: number): unknown {
    return repeat(
      nodes,
      (node) => node.path,
      (node) => this.#item(file, node, depth),
    );
  }

  #item(file: string, node: OutlineNode, depth: number): TemplateResult {
    const branch = node.children.length > 0;
    const label =
      node.type === 'group' && node.group
        ? groupName(this.locale, node.group)
        : node.type === 'document' && node.kind
          ? `${kindName(this.locale, node.kind)} — ${node.label}`
          : node.label;
    const icon =
      node.type === 'document'
        ? KIND_ICONS[node.kind ?? 'grid']
        : node.type === 'group'
          ? 'folder'
          : NODE_ICONS[node.type];
    return html`<vscode-tree-item
      slot="children"
      ?branch=${branch}
      ?open=${branch && depth < OPEN_DEPTH}
      data-testid="explorer-item"
      data-file=${file}
      data-node-type=${node.type}
      data-json-path=${node.path}
      title=${node.detail ? `${label} — ${node.detail}` : label}
    >
      ${this.#icon(icon, branch)}${label}${
        node.detail ? html`<span slot="description">${node.detail}</span>` : nothing
      }
      ${branch ? this.#children(file, node.children, depth + 1) : nothing}
    </vscode-tree-item>`;
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
    const file = items[0]?.dataset.file;
    if (file !== undefined) this.emit('ge-document-select', { name: file });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-explorer': GeExplorer;
  }
}
