import '../components/ge-activity-bar/index.ts';
import '../components/ge-editor/index.ts';
import '../components/ge-quick-input/index.ts';
import '../components/ge-status-bar/index.ts';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CaptureEvent } from '../../../shared/schema/index.ts';
import { GeElement } from '../components/ge-element.ts';
import type { ExplorerEntry } from '../components/ge-explorer/index.ts';
import { iconOf } from '../components/ge-explorer/index.ts';
import type { FocusRequest } from '../components/ge-form/index.ts';
import type { GeEventMap } from '../events.ts';
import { groupName, kindName, type MessageKey, nodeTypeName, problemCount } from '../i18n.ts';
import { bindingLabel, COMMANDS, type CommandId, commandFor } from '../models/commands.ts';
import { exportDocument } from '../models/export.ts';
import { formContext } from '../models/form-context.ts';
import { isWithin } from '../models/json-path.ts';
import { ancestry, locate, nodeAt, type OutlineNode } from '../models/outline.ts';
import { Persistence, type SaveState } from '../models/persistence.ts';
import { filterItems, partItems, type QuickItem, readPartId } from '../models/quick-open.ts';
import { type Recording, readRecording } from '../models/rule-test.ts';
import { sourceOf } from '../models/source.ts';
import {
  DEFAULT_WORKBENCH,
  type EditorStore,
  openEditorStore,
  type WorkbenchState,
} from '../models/store.ts';
import { freshName, newSubjectPackage, SUBJECT_PACKAGE_SUFFIX } from '../models/templates.ts';
import type { Severity } from '../models/validate.ts';
import { type ProblemReport, Workspace } from '../models/workspace.ts';
import type { LiveSource } from '../review/live-source.ts';
import { HANDLERS, pickLibraryRule } from './commands.ts';
import { downloadText } from './download.ts';
import styles from './ge-app.styles.ts';
import { PANEL_VIEWS, SIDE_VIEWS, type ViewState } from './views.ts';
import type { Workbench } from './workbench.ts';

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The element that has the keyboard focus, through shadow roots. */
const deepActiveElement = (): HTMLElement | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
};

interface QuickState {
  text: string;
  placeholder: MessageKey;
  session: number;
  /** A list of choices (themes, CMS, library rules) instead of commands or parts. */
  pick?: { items: QuickItem[]; accept: (id: string) => void };
}

/**
 * The workbench, laid out as VS Code's: title bar, activity bar, side bar (the views of
 * app/views.ts), editor group, panel (problems, event) and status bar, with the command
 * palette and quick open over them. It owns the workspace model, loads it from and saves it
 * to IndexedDB (models/persistence.ts), runs commands (app/commands.ts) from keybindings,
 * the palette and buttons, and turns the components' events into calls on the model.
 */
@customElement('ge-app')
export class GeApp extends GeElement implements Workbench {
  static override styles = styles;

  readonly workspace = new Workspace();
  /** This workstation's live session, given by the host page (the extension's editor page). */
  @property({ attribute: false }) liveSource: LiveSource | undefined;

  @state() ui: WorkbenchState = { ...DEFAULT_WORKBENCH };
  @state() private panel: 'problems' | 'event' = 'problems';
  @state() private shownEvent: CaptureEvent | undefined;
  @state() private quick: QuickState | undefined;
  @state() private notice = '';
  @state() private focusRequest: FocusRequest | undefined;
  @state() private recordingRefusal: ProblemReport | undefined;
  @state() private dragging = false;
  @state() private saveState: SaveState | 'off' = 'saved';

  #lifetime: AbortController | undefined;
  #store: EditorStore | undefined;
  #persistence: Persistence | undefined;
  #ready: Promise<void> = Promise.resolve();
  #returnFocus: HTMLElement | null = null;
  #nonce = 0;
  #quickSessions = 0;
  #problemIndex = -1;
  #focusAfterRender: (() => void) | undefined;
  readonly #mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

  override connectedCallback(): void {
    super.connectedCallback();
    this.#lifetime = new AbortController();
    const { signal } = this.#lifetime;
    const unsubscribe = this.workspace.subscribe(() => this.requestUpdate());
    signal.addEventListener('abort', unsubscribe);
    window.addEventListener('keydown', this.#onKeyDown, { signal, capture: true });
    window.addEventListener('dragover', this.#onDragOver, { signal });
    window.addEventListener('dragleave', this.#onDragLeave, { signal });
    window.addEventListener('drop', this.#onDrop, { signal });
    this.#ready = this.#load(signal);
  }

  override disconnectedCallback(): void {
    this.#lifetime?.abort();
    void this.#persistence?.flush();
    this.#store?.close();
    super.disconnectedCallback();
  }

  /** Resolves once the work kept in IndexedDB is back (files opened before wait for it). */
  get ready(): Promise<void> {
    return this.#ready;
  }

  async #load(signal: AbortSignal): Promise<void> {
    try {
      const store = await openEditorStore();
      const loaded = await store.load();
      let recording: Recording | undefined;
      if (loaded.recording) {
        const read = await readRecording(loaded.recording.name, loaded.recording.text);
        if (read.ok) recording = read.recording;
      }
      this.workspace.restore(loaded.documents, loaded.workbench.active, recording);
      this.ui = loaded.workbench;
      this.#store = store;
      const persistence = new Persistence(this.workspace, store, { workbench: () => this.#workbenchState() });
      this.#persistence = persistence;
      signal.addEventListener('abort', persistence.start());
      signal.addEventListener(
        'abort',
        persistence.subscribe(() => {
          this.saveState = persistence.state;
        }),
      );
      // A tab closing or reloading writes what the autosave delay still held.
      window.addEventListener('pagehide', () => void persistence.flush(), { signal });
    } catch {
      this.saveState = 'off';
      this.notice = this.t('app.storeUnavailable');
    } finally {
      this.dataset.ready = 'true';
    }
  }

  #workbenchState(): WorkbenchState {
    const active = this.workspace.active?.name;
    return { ...this.ui, ...(active ? { active } : {}) };
  }

  // ——— Workbench ———

  setUi(patch: Partial<WorkbenchState>): void {
    this.ui = { ...this.ui, ...patch };
    this.#persistence?.schedule();
  }

  openQuickInput(text: string): void {
    this.#rememberFocus();
    this.quick = {
      text,
      placeholder: text.startsWith('>') ? 'quick.commands' : 'quick.goto',
      session: ++this.#quickSessions,
    };
  }

  pick(placeholder: MessageKey, items: QuickItem[], accept: (id: string) => void): void {
    this.#rememberFocus();
    this.quick = { text: '', placeholder, session: ++this.#quickSessions, pick: { items, accept } };
  }

  chooseFile(purpose?: 'recording'): void {
    const view = purpose === 'recording' ? 'tests' : 'explorer';
    this.setUi({ view, sidebarVisible: true });
    void this.updateComplete.then(() => {
      if (purpose === 'recording') this.renderRoot.querySelector('ge-tests')?.openFileChooser();
      else this.renderRoot.querySelector('ge-explorer')?.openFileChooser();
    });
  }

  async save(): Promise<void> {
    this.flushSource();
    if (!this.#persistence) {
      this.announce(this.t('app.storeUnavailable'));
      return;
    }
    await this.#persistence.flush();
    this.announce(this.t(`status.save.${this.#persistence.state}`));
  }

  async exportActive(): Promise<void> {
    this.flushSource();
    const doc = this.workspace.active;
    if (!doc) return;
    const outcome = await exportDocument(doc, this.workspace.documents);
    if (!outcome.ok) {
      this.announce(
        this.t('status.exportRefused', { problems: problemCount(this.locale, outcome.problems.length) }),
      );
      this.showPanel('problems');
      return;
    }
    await downloadText(outcome.fileName, outcome.text);
    this.announce(this.t('status.exported', { file: outcome.fileName }));
  }

  newSubject(cms: 'wordpress' | 'prestashop'): void {
    const name = freshName(
      'nouveau-sujet',
      SUBJECT_PACKAGE_SUFFIX,
      this.workspace.documents.map((doc) => doc.name),
    );
    this.workspace.create(name, 'subject-package', newSubjectPackage(cms), 'subject');
    this.setUi({ view: 'explorer', sidebarVisible: true });
    this.reveal(name, 'subject.title', true);
    this.announce(this.t('status.opened', { file: name }));
  }

  reveal(name: string, path: string, focus = false): void {
    this.workspace.select(name, path);
    if (focus) {
      if (this.ui.editorMode === 'source') this.#focusAfterRender = () => this.#editor()?.focusSource();
      else this.focusRequest = { path, nonce: ++this.#nonce };
    }
  }

  activePart(): { doc: NonNullable<Workspace['active']>; node: OutlineNode } | undefined {
    const doc = this.workspace.active;
    if (!doc) return undefined;
    const outline = this.workspace.outline(doc);
    return { doc, node: nodeAt(outline, doc.selection) ?? locate(outline, doc.selection) };
  }

  showView(id: string): void {
    this.setUi({ view: id, sidebarVisible: true });
    this.#focusAfterRender = () => {
      if (id === 'tests') this.renderRoot.querySelector('ge-tests')?.focusTree();
      else this.renderRoot.querySelector('ge-explorer')?.focusTree();
    };
  }

  showPanel(id: 'problems' | 'event', focus = false): void {
    this.panel = id;
    this.setUi({ panelVisible: true });
    if (focus && id === 'problems')
      this.#focusAfterRender = () => this.renderRoot.querySelector('ge-problems')?.focusList();
  }

  togglePanel(): void {
    if (this.ui.panelVisible) {
      this.setUi({ panelVisible: false });
      this.#focusAfterRender = () => this.#editor()?.focusActiveTab();
    } else this.showPanel(this.panel, true);
  }

  goToProblem(step: 1 | -1): void {
    const all = this.workspace.fileProblems.flatMap(({ file, problems }) =>
      [...problems]
        .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
        .map((p) => ({ file, path: p.path })),
    );
    if (all.length === 0) return;
    this.#problemIndex = (this.#problemIndex + step + all.length) % all.length;
    const target = all[this.#problemIndex]!;
    this.#openProblem(target.file, target.path);
  }

  showEvent(event: CaptureEvent): void {
    this.shownEvent = event;
    this.showPanel('event');
  }

  flushSource(): void {
    this.#editor()?.flushSource();
  }

  announce(message: string): void {
    // Cleared first so that the same message twice is announced twice.
    this.notice = '';
    void this.updateComplete.then(() => {
      this.notice = message;
    });
  }

  runCommand(id: CommandId): void {
    const handler = HANDLERS[id];
    if (handler.enabled && !handler.enabled(this)) return;
    void handler.run(this);
  }

  // ——— files ———

  /** Reads files one after the other: the problems panel ends on the last one. */
  async openFiles(files: readonly File[], purpose?: 'recording'): Promise<void> {
    await this.#ready;
    for (const file of files) {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        this.workspace.fail(file.name, error instanceof Error ? error.name : String(error));
        this.announce(this.t('status.rejected', { file: file.name, problems: problemCount(this.locale, 1) }));
        continue;
      }
      const outcome = await this.workspace.openFile(file.name, text);
      if (outcome.ok) {
        if ('recording' in outcome) {
          this.recordingRefusal = undefined;
          this.setUi({ view: 'tests', sidebarVisible: true });
          this.announce(this.t('status.recording', { file: file.name }));
        } else {
          if (purpose === 'recording') this.setUi({ view: 'explorer' });
          this.announce(this.t('status.opened', { file: file.name }));
        }
      } else {
        if (outcome.bundle || purpose === 'recording')
          this.recordingRefusal = { file: file.name, problems: outcome.problems };
        this.announce(
          this.t('status.rejected', {
            file: file.name,
            problems: problemCount(this.locale, outcome.problems.length),
          }),
        );
      }
    }
  }

  // ——— rendering ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.locale !== this.ui.locale) this.locale = this.ui.locale;
  }

  override render(): TemplateResult {
    const { workspace, ui } = this;
    const active = workspace.active;
    const outline = active ? workspace.outline(active) : undefined;
    const node = active && outline ? locate(outline, active.selection) : undefined;
    const testRun = workspace.testRun;
    const testTarget = workspace.testTarget;
    const counts = workspace.counts;
    const files = workspace.fileProblems;
    const state: ViewState = {
      locale: this.locale,
      liveSource: this.liveSource,
      explorer: workspace.documents.map((doc) => this.#explorerEntry(doc)),
      activeName: active?.name,
      recording: workspace.recording,
      testRun,
      testTarget: testTarget?.name,
      testSubject: workspace.testSubject,
      recordingRefusal: this.recordingRefusal,
      report: workspace.report,
      files,
      event: this.shownEvent,
    };
    const partProblems =
      active && outline && node
        ? workspace.problemsOf(active.name).filter((p) => locate(outline, p.path).path === node.path)
        : [];
    // A workspace view (review, harmonisation) takes the editor's place; the side bar closes.
    const wide = SIDE_VIEWS.find((view) => view.id === ui.view && view.wide);
    const classes = [
      'workbench',
      ui.sidebarVisible && !wide ? '' : 'no-sidebar',
      wide ? 'wide' : '',
      ui.panelVisible ? '' : 'no-panel',
    ].join(' ');
    return html`<div
      class=${classes}
      @ge-files-open=${(event: GeEventMap['ge-files-open']) => this.openFiles(event.detail.files, event.detail.purpose)}
      @ge-document-select=${(event: GeEventMap['ge-document-select']) => workspace.activate(event.detail.name)}
      @ge-document-close=${(event: GeEventMap['ge-document-close']) => workspace.close(event.detail.name)}
      @ge-reveal=${(event: GeEventMap['ge-reveal']) => this.reveal(event.detail.name, event.detail.path, event.detail.focus)}
      @ge-edit=${(event: GeEventMap['ge-edit']) =>
        workspace.edit(event.detail.name, event.detail.path, event.detail.value, {
          coalesce: event.detail.coalesce ?? false,
        })}
      @ge-edit-end=${(event: GeEventMap['ge-edit-end']) => workspace.seal(event.detail.name)}
      @ge-source-problem=${(event: GeEventMap['ge-source-problem']) =>
        workspace.setSourceProblem(event.detail.name, event.detail.problem)}
      @ge-problem-open=${(event: GeEventMap['ge-problem-open']) => this.#openProblem(event.detail.file, event.detail.path)}
      @ge-report-dismiss=${() => {
        workspace.dismissReport();
      }}
      @ge-command=${(event: GeEventMap['ge-command']) => this.runCommand(event.detail.id)}
      @ge-library-pick=${(event: GeEventMap['ge-library-pick']) => pickLibraryRule(this, event.detail.name, event.detail.path)}
      @ge-mode-change=${(event: GeEventMap['ge-mode-change']) => this.setUi({ editorMode: event.detail.mode })}
      @ge-locale-change=${(event: GeEventMap['ge-locale-change']) => this.setUi({ locale: event.detail.locale })}
      @ge-view-select=${(event: GeEventMap['ge-view-select']) => this.#toggleView(event.detail.id)}
      @ge-event-show=${(event: GeEventMap['ge-event-show']) => this.showEvent(event.detail.event)}
    >
      <header>
        <span class="codicon codicon-eye" aria-hidden="true"></span>
        <h1>${active ? `${active.name} — ` : ''}${this.t('app.title')}</h1>
      </header>
      <ge-activity-bar
        .locale=${this.locale}
        .views=${SIDE_VIEWS}
        .view=${ui.view}
        ?sidebar-visible=${ui.sidebarVisible || wide !== undefined}
      ></ge-activity-bar>
      <aside aria-label=${this.t(SIDE_VIEWS.find((view) => view.id === ui.view)?.title ?? 'explorer.title')} ?hidden=${!ui.sidebarVisible || wide !== undefined}>
        ${SIDE_VIEWS.filter((view) => !view.wide).map(
          (view) =>
            html`<div class="side-view" data-view=${view.id} ?hidden=${view.id !== ui.view}>${view.render(state)}</div>`,
        )}
      </aside>
      <main aria-label=${wide ? this.t(wide.title) : this.t('editor.label')}>
        ${SIDE_VIEWS.filter((view) => view.wide).map(
          (view) =>
            html`<div class="wide-view" data-view=${view.id} ?hidden=${view.id !== ui.view}>${view.render(state)}</div>`,
        )}
        <ge-editor
          ?hidden=${wide !== undefined}
          .locale=${this.locale}
          .documents=${workspace.documents}
          .activeName=${active?.name}
          .mode=${ui.editorMode}
          .node=${node}
          .ancestry=${outline && node ? ancestry(outline, node.path) : []}
          .problems=${partProblems}
          .context=${active ? formContext(active, workspace.documents, testTarget === active ? testRun : undefined) : undefined}
          .focusRequest=${this.focusRequest}
          .source=${active && node ? sourceOf(active.value, node.path) : ''}
          .sourceProblems=${active && node ? workspace.problemsOf(active.name).filter((p) => isWithin(p.path, node.path)) : []}
        ></ge-editor>
      </main>
      <section class="panel" aria-label=${this.t('panel.label')} ?hidden=${!ui.panelVisible}>
        <div class="panel-tabs" role="tablist" aria-label=${this.t('panel.tabs')} @keydown=${this.#onPanelTabKey}>
          ${PANEL_VIEWS.map((view) => {
            const selected = view.id === this.panel;
            const badge = view.badge?.(state);
            return html`<button
              type="button"
              role="tab"
              id=${`panel-tab-${view.id}`}
              data-testid=${view.testId}
              aria-selected=${selected ? 'true' : 'false'}
              aria-controls=${`panel-${view.id}`}
              tabindex=${selected ? '0' : '-1'}
              @click=${() => {
                this.panel = view.id;
              }}
            >
              ${this.t(view.title)}${
                badge !== undefined
                  ? html`<span class="badge" data-testid=${view.id === 'problems' ? 'problems-count' : nothing}>${badge}</span>`
                  : nothing
              }
            </button>`;
          })}
        </div>
        ${PANEL_VIEWS.map(
          (view) => html`<div
            class="panel-body"
            role="tabpanel"
            id=${`panel-${view.id}`}
            aria-labelledby=${`panel-tab-${view.id}`}
            ?hidden=${view.id !== this.panel}
          >
            ${view.render(state)}
          </div>`,
        )}
      </section>
      <ge-status-bar
        .locale=${this.locale}
        .fileName=${active?.name}
        .kind=${active?.kind}
        .problems=${counts.errors}
        .warnings=${counts.warnings}
        .saveState=${this.saveState}
        .theme=${ui.theme}
        .testRun=${testRun}
        .notice=${this.notice}
      ></ge-status-bar>
      <ge-quick-input
        .locale=${this.locale}
        ?open=${this.quick !== undefined}
        .placeholder=${this.quick ? this.t(this.quick.placeholder) : ''}
        .value=${this.quick?.text ?? ''}
        .items=${this.#quickItems()}
        .session=${this.quick?.session ?? 0}
        @ge-quick-input=${this.#onQuickInput}
        @ge-quick-accept=${this.#onQuickAccept}
        @ge-quick-cancel=${this.#onQuickCancel}
      ></ge-quick-input>
      <div class="drop" ?hidden=${!this.dragging} aria-hidden="true">
        <span class="codicon codicon-cloud-upload"></span>${this.t('drop.hint')}
      </div>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = document.documentElement;
    // The page's language, theme and title follow the interface, for screen readers and tabs.
    root.lang = this.locale;
    root.dataset.theme = this.ui.theme;
    const active = this.workspace.active;
    document.title = active ? `${active.name} — ${this.t('app.title')}` : this.t('app.title');
    const focus = this.#focusAfterRender;
    if (focus) {
      this.#focusAfterRender = undefined;
      void this.updateComplete.then(async () => {
        await Promise.all(
          [...this.renderRoot.querySelectorAll('ge-editor, ge-explorer, ge-tests, ge-problems')].map(
            (el) => (el as GeElement).updateComplete,
          ),
        );
        focus();
      });
    }
  }

  // ——— internals ———

  /** Where the focus goes back when the quick input closes (not into the quick input itself). */
  #rememberFocus(): void {
    const active = deepActiveElement();
    const quick = this.renderRoot.querySelector('ge-quick-input');
    if (active && quick?.shadowRoot?.contains(active)) return;
    this.#returnFocus = active;
  }

  #editor() {
    return this.renderRoot.querySelector('ge-editor');
  }

  #explorerEntry(doc: NonNullable<Workspace['active']>): ExplorerEntry {
    const outline = this.workspace.outline(doc);
    const marks = new Map<string, { severity: Severity; count: number }>();
    for (const problem of this.workspace.problemsOf(doc.name)) {
      if (problem.severity === 'info') continue;
      const node = locate(outline, problem.path);
      for (const above of ancestry(outline, node.path)) {
        const mark = marks.get(above.path);
        marks.set(above.path, {
          severity:
            mark && SEVERITY_RANK[mark.severity] <= SEVERITY_RANK[problem.severity]
              ? mark.severity
              : problem.severity,
          count: (mark?.count ?? 0) + 1,
        });
      }
    }
    return { doc, outline, marks };
  }

  #openProblem(file: string, path: string): void {
    if (!this.workspace.document(file)) return;
    if (this.ui.view !== 'explorer') this.setUi({ view: 'explorer' });
    this.reveal(file, path, true);
  }

  #toggleView(id: string): void {
    if (SIDE_VIEWS.find((view) => view.id === id)?.wide) this.setUi({ view: id });
    else if (this.ui.sidebarVisible && this.ui.view === id) this.setUi({ sidebarVisible: false });
    else this.setUi({ view: id, sidebarVisible: true });
  }

  #nodeLabel = (node: OutlineNode): string => {
    if (node.type === 'group' && node.group) return groupName(this.locale, node.group);
    if (node.type === 'document' && node.kind)
      return `${kindName(this.locale, node.kind)} — ${node.label || this.t('untitled')}`;
    return `${node.label || this.t('untitled')} — ${nodeTypeName(this.locale, node.type)}`;
  };

  #quickItems(): QuickItem[] {
    const quick = this.quick;
    if (!quick) return [];
    if (quick.pick) return filterItems(quick.pick.items, quick.text);
    if (quick.text.startsWith('>')) {
      const commands = COMMANDS.map((command) => {
        const handler = HANDLERS[command.id];
        const keys = command.keys[0];
        return {
          id: command.id,
          label: this.t(`command.${command.id}`),
          ...(keys ? { keys: bindingLabel(keys, this.locale, this.#mac) } : {}),
          ...(handler.enabled && !handler.enabled(this) ? { disabled: true } : {}),
        };
      });
      return filterItems(commands, quick.text.slice(1));
    }
    const parts = partItems(
      this.workspace.documents,
      (doc) => this.workspace.outline(doc),
      this.#nodeLabel,
      iconOf,
    );
    return filterItems(parts, quick.text).slice(0, 200);
  }

  #onQuickInput = (event: GeEventMap['ge-quick-input']): void => {
    const quick = this.quick;
    if (!quick) return;
    const text = event.detail.value;
    this.quick = quick.pick
      ? { ...quick, text }
      : { ...quick, text, placeholder: text.startsWith('>') ? 'quick.commands' : 'quick.goto' };
  };

  #onQuickAccept = (event: GeEventMap['ge-quick-accept']): void => {
    const quick = this.quick;
    if (!quick) return;
    this.quick = undefined;
    const { id } = event.detail;
    const returnFocus = this.#returnFocus;
    const nonce = this.#nonce;
    if (quick.pick) quick.pick.accept(id);
    else if (quick.text.startsWith('>')) this.runCommand(id as CommandId);
    // A list the choice opened keeps the place to go back to.
    if (!this.quick) this.#returnFocus = null;
    if (quick.pick || quick.text.startsWith('>')) {
      // Back where the user was, unless the choice opened another list or moved the focus itself.
      if (!this.quick && this.#nonce === nonce && !this.#focusAfterRender)
        this.#focusAfterRender = () => {
          if (returnFocus?.isConnected) returnFocus.focus();
        };
    } else {
      const { file, path } = readPartId(id);
      this.reveal(file, path, true);
    }
  };

  #onQuickCancel = (): void => {
    if (!this.quick) return;
    this.quick = undefined;
    const returnFocus = this.#returnFocus;
    this.#returnFocus = null;
    this.#focusAfterRender = () => {
      if (returnFocus?.isConnected) returnFocus.focus();
    };
  };

  #onPanelTabKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const at = PANEL_VIEWS.findIndex((view) => view.id === this.panel);
    const next =
      PANEL_VIEWS[(at + (event.key === 'ArrowRight' ? 1 : -1) + PANEL_VIEWS.length) % PANEL_VIEWS.length]!;
    this.panel = next.id;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#panel-tab-${next.id}`)?.focus(),
    );
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.defaultPrevented) return;
    const id = commandFor(event, this.#mac);
    if (!id) return;
    event.preventDefault();
    event.stopPropagation();
    this.runCommand(id);
  };

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
    void this.openFiles(
      [...(event.dataTransfer?.files ?? [])],
      this.ui.view === 'tests' ? 'recording' : undefined,
    );
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-app': GeApp;
  }
}
