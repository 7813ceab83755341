import '../components/ge-activity-bar/index.ts';
import '../components/ge-editor/index.ts';
import '../components/ge-explorer/index.ts';
import '../components/ge-problems/index.ts';
import '../components/ge-status-bar/index.ts';
import { html, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { GeElement } from '../components/ge-element.ts';
import type { OpenNotice } from '../components/ge-status-bar/index.ts';
import type { GeEventMap } from '../events.ts';
import { Workspace } from '../models/workspace.ts';
import styles from './ge-app.styles.ts';

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * The workbench, laid out as VS Code's: title bar, activity bar, side bar (explorer), editor
 * group, problems panel and status bar. It owns the workspace model and turns the
 * components' events into calls on it; files come from the open-file control or a drop.
 */
@customElement('ge-app')
export class GeApp extends GeElement {
  static override styles = styles;

  readonly workspace = new Workspace();

  @state() private sidebarVisible = true;
  @state() private dragging = false;
  @state() private notice: OpenNotice | undefined;

  #lifetime: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#lifetime = new AbortController();
    const { signal } = this.#lifetime;
    const unsubscribe = this.workspace.subscribe(() => this.requestUpdate());
    signal.addEventListener('abort', unsubscribe);
    window.addEventListener('dragover', this.#onDragOver, { signal });
    window.addEventListener('dragleave', this.#onDragLeave, { signal });
    window.addEventListener('drop', this.#onDrop, { signal });
  }

  override disconnectedCallback(): void {
    this.#lifetime?.abort();
    super.disconnectedCallback();
  }

  /** Reads files one after the other: the problems panel ends on the last one. */
  async openFiles(files: readonly File[]): Promise<void> {
    for (const file of files) {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        this.workspace.fail(file.name, error instanceof Error ? error.name : String(error));
        this.notice = { file: file.name, problems: this.workspace.problems.length };
        continue;
      }
      const outcome = this.workspace.open(file.name, text);
      this.notice = { file: file.name, problems: outcome.ok ? 0 : outcome.problems.length };
    }
  }

  override render(): TemplateResult {
    const { documents, active, report } = this.workspace;
    return html`<div
      class=${this.sidebarVisible ? 'workbench' : 'workbench no-sidebar'}
      @ge-files-open=${(event: GeEventMap['ge-files-open']) => this.openFiles(event.detail.files)}
      @ge-document-select=${(event: GeEventMap['ge-document-select']) =>
        this.workspace.activate(event.detail.name)}
      @ge-document-close=${(event: GeEventMap['ge-document-close']) => this.workspace.close(event.detail.name)}
      @ge-locale-change=${(event: GeEventMap['ge-locale-change']) => {
        this.locale = event.detail.locale;
      }}
      @ge-sidebar-toggle=${() => {
        this.sidebarVisible = !this.sidebarVisible;
      }}
    >
      <header>
        <span class="codicon codicon-eye" aria-hidden="true"></span>
        <h1>${active ? `${active.name} — ` : ''}${this.t('app.title')}</h1>
      </header>
      <ge-activity-bar .locale=${this.locale} ?sidebar-visible=${this.sidebarVisible}></ge-activity-bar>
      <aside aria-label=${this.t('explorer.title')} ?hidden=${!this.sidebarVisible}>
        <ge-explorer .locale=${this.locale} .documents=${documents}></ge-explorer>
      </aside>
      <main aria-label=${this.t('editor.label')}>
        <ge-editor .locale=${this.locale} .documents=${documents} .activeName=${active?.name}></ge-editor>
      </main>
      <ge-problems .locale=${this.locale} .report=${report}></ge-problems>
      <ge-status-bar
        .locale=${this.locale}
        .fileName=${active?.name}
        .kind=${active?.kind}
        .problems=${report?.problems.length ?? 0}
        .notice=${this.notice}
      ></ge-status-bar>
      <div class="drop" ?hidden=${!this.dragging} aria-hidden="true">
        <span class="codicon codicon-cloud-upload"></span>${this.t('drop.hint')}
      </div>
    </div>`;
  }

  protected override updated(): void {
    // The page's language and title follow the interface, for screen readers and tabs.
    document.documentElement.lang = this.locale;
    const active = this.workspace.active;
    document.title = active ? `${active.name} — ${this.t('app.title')}` : this.t('app.title');
  }

  #onDragOver = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  #onDragLeave = (event: DragEvent): void => {
    // Leaving the window (not just moving between elements) has no related target.
    if (event.relatedTarget === null) this.dragging = false;
  };

  #onDrop = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    this.dragging = false;
    void this.openFiles([...(event.dataTransfer?.files ?? [])]);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-app': GeApp;
  }
}
