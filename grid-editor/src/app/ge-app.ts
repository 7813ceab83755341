import '../components/ge-activity-bar/index.ts';
import '../components/ge-editor/index.ts';
import '../components/ge-quick-input/index.ts';
import '../components/ge-status-bar/index.ts';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CaptureEvent } from '../../../shared/schema/index.ts';
import { GeElement } from '../components/ge-element.ts';
import type { FocusRequest } from '../components/ge-form/index.ts';
import type { MessageKey } from '../i18n.ts';
import { type CommandId, commandFor } from '../models/commands.ts';
import { formContext } from '../models/form-context.ts';
import { isWithin } from '../models/json-path.ts';
import { ancestry, locate, nodeAt, type OutlineNode } from '../models/outline.ts';
import type { Persistence, SaveState } from '../models/persistence.ts';
import type { QuickItem } from '../models/quick-open.ts';
import { sourceOf } from '../models/source.ts';
import { DEFAULT_WORKBENCH, type EditorStore, type WorkbenchState } from '../models/store.ts';
import { type ProblemReport, Workspace } from '../models/workspace.ts';
import type { LiveSource } from '../review/live-source.ts';
import { HANDLERS } from './commands.ts';
import { routeEvents } from './event-routes.ts';
import { FileDrop } from './file-drop.ts';
import { openFiles } from './files.ts';
import styles from './ge-app.styles.ts';
import { keepWork } from './kept-work.ts';
import { type PanelId, renderPanel } from './panel.ts';
import { explorerEntry, partProblems, problemPlaces } from './problem-marks.ts';
import { isMac, QuickInput } from './quick-input.ts';
import { SIDE_VIEWS, type ViewState } from './views.ts';
import type { Workbench } from './workbench.ts';

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
  @state() private panel: PanelId = 'problems';
  @state() private shownEvent: CaptureEvent | undefined;
  @state() private notice = '';
  @state() private focusRequest: FocusRequest | undefined;
  @state() private recordingRefusal: ProblemReport | undefined;
  @state() private saveState: SaveState | 'off' = 'saved';

  #lifetime: AbortController | undefined;
  #store: EditorStore | undefined;
  #persistence: Persistence | undefined;
  #ready: Promise<void> = Promise.resolve();
  #nonce = 0;
  #focusMoves = 0;
  #problemIndex = -1;
  #focusAfterRender: (() => void) | undefined;
  readonly #mac = isMac();
  readonly #quick = new QuickInput(this);
  readonly #drop = new FileDrop(this, {
    on: 'window',
    onFiles: (files) => void this.openFiles(files, this.ui.view === 'tests' ? 'recording' : undefined),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#lifetime = new AbortController();
    const { signal } = this.#lifetime;
    const unsubscribe = this.workspace.subscribe(() => this.requestUpdate());
    signal.addEventListener('abort', unsubscribe);
    window.addEventListener('keydown', this.#onKeyDown, { signal, capture: true });
    routeEvents(this, this, signal);
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
      const { store, persistence } = await keepWork(
        this.workspace,
        {
          restore: (workbench) => {
            this.ui = workbench;
          },
          current: () => this.#workbenchState(),
        },
        signal,
      );
      this.#store = store;
      this.#persistence = persistence;
      const follow = persistence.subscribe(() => {
        this.saveState = persistence.state;
      });
      signal.addEventListener('abort', follow);
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
    this.#quick.show(text);
  }

  pick(placeholder: MessageKey, items: QuickItem[], accept: (id: string) => void): void {
    this.#quick.pick(placeholder, items, accept);
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

  reveal(name: string, path: string, focus = false): void {
    this.workspace.select(name, path);
    if (focus) {
      if (this.ui.editorMode === 'source') this.focusAfterRender(() => this.#editor()?.focusSource());
      else {
        this.#focusMoves += 1;
        this.focusRequest = { path, nonce: ++this.#nonce };
      }
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
    this.focusAfterRender(() => {
      if (id === 'tests') this.renderRoot.querySelector('ge-tests')?.focusTree();
      else this.renderRoot.querySelector('ge-explorer')?.focusTree();
    });
  }

  showPanel(id: 'problems' | 'event', focus = false): void {
    this.panel = id;
    this.setUi({ panelVisible: true });
    if (focus && id === 'problems')
      this.focusAfterRender(() => this.renderRoot.querySelector('ge-problems')?.focusList());
  }

  togglePanel(): void {
    if (this.ui.panelVisible) {
      this.setUi({ panelVisible: false });
      this.focusAfterRender(() => this.#editor()?.focusActiveTab());
    } else this.showPanel(this.panel, true);
  }

  goToProblem(step: 1 | -1): void {
    const all = problemPlaces(this.workspace.fileProblems);
    if (all.length === 0) return;
    this.#problemIndex = (this.#problemIndex + step + all.length) % all.length;
    const target = all[this.#problemIndex]!;
    this.openProblem(target.file, target.path);
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

  // ——— keyboard focus, moved once the next render is done ———

  get focusMoves(): number {
    return this.#focusMoves;
  }

  get focusPending(): boolean {
    return this.#focusAfterRender !== undefined;
  }

  focusAfterRender(move: () => void): void {
    this.#focusMoves += 1;
    this.#focusAfterRender = move;
  }

  // ——— files ———

  /** Reads files one after the other: the problems panel ends on the last one. */
  async openFiles(files: readonly File[], purpose?: 'recording'): Promise<void> {
    await this.#ready;
    await openFiles(this, files, purpose);
  }

  refuseRecording(report: ProblemReport | undefined): void {
    this.recordingRefusal = report;
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
      explorer: workspace.documents.map((doc) => explorerEntry(workspace, doc)),
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
    // A workspace view (review, harmonisation) takes the editor's place; the side bar closes.
    const wide = SIDE_VIEWS.find((view) => view.id === ui.view && view.wide);
    const classes = [
      'workbench',
      ui.sidebarVisible && !wide ? '' : 'no-sidebar',
      wide ? 'wide' : '',
      ui.panelVisible ? '' : 'no-panel',
    ].join(' ');
    return html`<div class=${classes}>
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
          .problems=${partProblems(workspace, active, outline, node)}
          .context=${active ? formContext(active, workspace.documents, testTarget === active ? testRun : undefined) : undefined}
          .focusRequest=${this.focusRequest}
          .source=${active && node ? sourceOf(active.value, node.path) : ''}
          .sourceProblems=${active && node ? workspace.problemsOf(active.name).filter((p) => isWithin(p.path, node.path)) : []}
        ></ge-editor>
      </main>
      ${renderPanel({
        state,
        current: this.panel,
        visible: ui.panelVisible,
        t: (key) => this.t(key),
        select: (id, focus) => this.#selectPanel(id, focus),
      })}
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
        ?open=${this.#quick.open}
        .placeholder=${this.#quick.placeholder}
        .value=${this.#quick.text}
        .items=${this.#quick.items()}
        .session=${this.#quick.session}
        @ge-quick-input=${this.#quick.onInput}
        @ge-quick-accept=${this.#quick.onAccept}
        @ge-quick-cancel=${this.#quick.onCancel}
      ></ge-quick-input>
      <div class="drop" ?hidden=${!this.#drop.dragging} aria-hidden="true">
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

  #editor() {
    return this.renderRoot.querySelector('ge-editor');
  }

  /** Shows a problem's place in the explorer and the form. */
  openProblem(file: string, path: string): void {
    if (!this.workspace.document(file)) return;
    if (this.ui.view !== 'explorer') this.setUi({ view: 'explorer' });
    this.reveal(file, path, true);
  }

  #selectPanel(id: PanelId, focus: boolean): void {
    this.panel = id;
    if (focus)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#panel-tab-${id}`)?.focus(),
      );
  }

  /** The activity bar's button: a side view opens, or closes when it is the one shown. */
  toggleView(id: string): void {
    if (SIDE_VIEWS.find((view) => view.id === id)?.wide) this.setUi({ view: id });
    else if (this.ui.sidebarVisible && this.ui.view === id) this.setUi({ sidebarVisible: false });
    else this.setUi({ view: id, sidebarVisible: true });
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.defaultPrevented) return;
    const id = commandFor(event, this.#mac);
    if (!id) return;
    event.preventDefault();
    event.stopPropagation();
    this.runCommand(id);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-app': GeApp;
  }
}
