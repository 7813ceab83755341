/**
 * Review mode: up to three candidates' evidence bundles side by side, each with the rules'
 * suggestions and their evidence, the examiner's levels, comments and notes, the fiche
 * d'évaluation (draft → final), its exports, and the evidence timeline. Self-contained: it
 * keeps its work in IndexedDB (review/store.ts) and reads this workstation's live session
 * when it runs as the extension's page.
 */
import './ge-review-timeline.ts';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { addNote, setCompetenceLevel, setLevel } from '../../../shared/assessment/assessment.ts';
import { type Assessment, LEVELS, type Level, type Problem } from '../../../shared/schema/index.ts';
import { downloadText } from '../app/download.ts';
import { base } from '../components/shared.styles.ts';
import type { GeReviewTimeline } from './ge-review-timeline.ts';
import { type Locale, levelName, type ReviewKey, rt, warningName } from './i18n.ts';
import {
  assessmentFile,
  assessmentFileName,
  type Column,
  ficheOf,
  finaliseColumn,
  LIVE_KEY,
  MAX_COLUMNS,
  openColumn,
  pointsMethod,
  readMark,
  reviewCsv,
  subjectsDiffer,
} from './review.ts';
import { openReviewStore, type ReviewStore } from './store.ts';
import { type WarningCode, warningCounts } from './timeline.ts';

interface RuntimeApi {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/** The extension's runtime when the editor is the extension's page, else undefined. */
const runtimeApi = (): RuntimeApi | undefined => {
  const scope = globalThis as unknown as {
    browser?: { runtime?: RuntimeApi };
    chrome?: { runtime?: RuntimeApi };
  };
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  return runtime?.id && typeof runtime.sendMessage === 'function' ? runtime : undefined;
};

const LIVE_POLL_MS = 4000;

const field = css`
  input:not([type='checkbox']):not([type='file']),
  select,
  textarea {
    background: var(--vscode-input-background, #313131);
    color: var(--vscode-input-foreground, #cccccc);
    border: 1px solid var(--vscode-input-border, #3c3c3c);
    font: inherit;
    padding: 2px 4px;
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
    min-height: 3em;
  }
  button,
  .file-button {
    background: var(--vscode-button-secondaryBackground, #313131);
    color: var(--vscode-button-secondaryForeground, #cccccc);
    border: 1px solid var(--vscode-button-border, transparent);
    font: inherit;
    padding: 3px 8px;
    cursor: pointer;
  }
  button.primary,
  .file-button {
    background: var(--vscode-button-background, #0078d4);
    color: var(--vscode-button-foreground, #ffffff);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
`;

@customElement('ge-review')
export class GeReview extends LitElement {
  static override styles = [
    base,
    field,
    css`
      :host {
        display: block;
        height: 100%;
        overflow: auto;
        padding: 8px 12px;
        box-sizing: border-box;
        font-size: 13px;
      }
      h2 {
        font-size: 15px;
        margin: 0;
      }
      h3 {
        font-size: 13px;
        margin: 12px 0 4px;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      h4 {
        font-size: 13px;
        margin: 0 0 4px;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
        margin-bottom: 8px;
      }
      .alert {
        border-left: 3px solid var(--vscode-editorWarning-foreground, #cca700);
        padding: 4px 8px;
        margin: 4px 0;
        background: var(--vscode-inputValidation-warningBackground, #352a05);
      }
      .alert.error {
        border-color: var(--vscode-errorForeground, #f85149);
        background: var(--vscode-inputValidation-errorBackground, #5a1d1d);
      }
      .columns {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(380px, 1fr));
        gap: 12px;
        align-items: start;
      }
      .column {
        border: 1px solid var(--vscode-panel-border, #2b2b2b);
        padding: 8px;
        min-width: 0;
      }
      .column header {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        align-items: start;
      }
      .meta {
        font-size: 11px;
        opacity: 0.85;
        word-break: break-all;
      }
      .question {
        border-top: 1px solid var(--vscode-panel-border, #2b2b2b);
        padding: 6px 0;
      }
      .rules {
        margin: 4px 0;
        padding-left: 18px;
      }
      .rules li[data-satisfied='true']::marker {
        content: '✓ ';
      }
      .rules li[data-satisfied='false']::marker {
        content: '✗ ';
      }
      .evidence {
        padding: 0 4px;
        font-size: 11px;
        margin-left: 4px;
      }
      .grade,
      .row-fields {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        align-items: end;
        margin: 4px 0;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 2px;
        font-size: 12px;
      }
      .note,
      blockquote {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        margin: 4px 0;
        font-size: 12px;
      }
      blockquote {
        border-left: 2px solid var(--vscode-textBlockQuote-border, #616161);
        padding-left: 6px;
      }
      .warn-list {
        margin: 2px 0;
        padding-left: 18px;
        color: var(--vscode-editorWarning-foreground, #cca700);
        font-weight: 600;
      }
      .hint {
        font-size: 11px;
        opacity: 0.85;
      }
      code {
        word-break: break-all;
        font-size: 11px;
      }
      .print-fiche {
        display: none;
      }
      @media print {
        :host {
          height: auto;
          overflow: visible;
          color: #000;
          background: #fff;
        }
        .toolbar,
        .alerts,
        .column > :not(.print-fiche),
        .column:not([data-printing]) {
          display: none !important;
        }
        .columns {
          display: block;
        }
        .column {
          border: 0;
        }
        .print-fiche {
          display: block;
          color: #000;
          font-size: 12pt;
        }
        .print-fiche table {
          border-collapse: collapse;
          width: 100%;
        }
        .print-fiche th,
        .print-fiche td {
          border: 1px solid #000;
          padding: 3pt 6pt;
          text-align: left;
          vertical-align: top;
        }
      }
    `,
  ];

  @property() locale: Locale = 'fr';
  @state() private columns: Column[] = [];
  @state() private examiner = '';
  @state() private alerts: { kind: 'error' | 'warning'; text: string; testId: string }[] = [];
  @state() private notice = '';
  @state() private live = false;
  @state() private printing: string | undefined;
  @state() private missing = new Map<string, string>();
  @state() private drafts = new Map<string, { question: string; answer: string }>();

  #store: ReviewStore | undefined;
  #ready: Promise<void> = Promise.resolve();
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #runtime = runtimeApi();

  t(key: ReviewKey, params?: Record<string, string | number>): string {
    return rt(this.locale, key, params);
  }

  get ready(): Promise<void> {
    return this.#ready;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ready = this.#load();
  }

  override disconnectedCallback(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#store?.close();
    super.disconnectedCallback();
  }

  async #load(): Promise<void> {
    try {
      const store = await openReviewStore();
      this.#store = store;
      const loaded = await store.load();
      this.examiner = loaded.examiner;
      const columns: Column[] = [];
      for (const stored of loaded.columns) {
        const outcome = await openColumn(stored.name, stored.text, {
          key: stored.key,
          examinerName: this.examiner,
          now: new Date(),
          previous: stored.assessment,
        });
        if (outcome.ok) columns.push(outcome.column);
      }
      this.columns = columns;
    } catch {
      // No IndexedDB (private window…): the review still works, without keeping it.
    } finally {
      this.dataset.ready = 'true';
    }
  }

  #announce(text: string): void {
    this.notice = '';
    void this.updateComplete.then(() => {
      this.notice = text;
    });
  }

  #problemsText(problems: readonly Problem[]): string {
    return problems
      .slice(0, 3)
      .map((p) => `${p.path ? `${p.path} : ` : ''}${this.locale === 'fr' ? p.fr : p.en}`)
      .join(' ; ');
  }

  /** Opens bundles as columns (three at most); a bundle whose chain breaks is refused. */
  async openFiles(files: readonly { name: string; text(): Promise<string> }[]): Promise<void> {
    await this.#ready;
    const alerts: typeof this.alerts = [];
    for (const file of files) {
      const text = await file.text();
      const key = `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      // Verified first: a tampered bundle is refused as such, whatever else is open.
      const outcome = await openColumn(file.name, text, {
        key,
        examinerName: this.examiner,
        now: new Date(),
      });
      if (!outcome.ok) {
        alerts.push({
          kind: 'error',
          text: this.t('review.refused', { file: file.name, problems: this.#problemsText(outcome.problems) }),
          testId: 'review-refusal',
        });
        continue;
      }
      if (this.columns.length >= MAX_COLUMNS) {
        alerts.push({
          kind: 'error',
          text: this.t('review.tooMany', { file: file.name }),
          testId: 'review-too-many',
        });
        continue;
      }
      this.columns = [...this.columns, outcome.column];
      await this.#persist(outcome.column, true);
      this.#announce(this.t('review.opened', { file: file.name }));
    }
    this.alerts = alerts;
  }

  async #persist(column: Column, withBundle = false): Promise<void> {
    try {
      if (withBundle)
        await this.#store?.put({
          key: column.key,
          name: column.name,
          text: column.text,
          assessment: column.assessment,
          order: this.columns.indexOf(column),
        });
      else await this.#store?.putAssessment(column.key, column.assessment);
    } catch {
      // kept in memory
    }
  }

  #update(key: string, change: (a: Assessment) => Assessment): void {
    const column = this.columns.find((c) => c.key === key);
    if (!column || column.assessment.status === 'final') return;
    const next = {
      ...column,
      assessment: { ...change(column.assessment), updatedAt: new Date().toISOString() },
    };
    this.columns = this.columns.map((c) => (c.key === key ? next : c));
    void this.#persist(next);
  }

  async #close(key: string): Promise<void> {
    this.columns = this.columns.filter((c) => c.key !== key);
    if (key === LIVE_KEY) this.#setLive(false);
    await this.#store?.delete(key).catch(() => undefined);
  }

  #setLive(on: boolean): void {
    this.live = on;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    if (on) {
      void this.#pollLive();
      this.#timer = setInterval(() => void this.#pollLive(), LIVE_POLL_MS);
    }
  }

  async #pollLive(): Promise<void> {
    const runtime = this.#runtime;
    if (!runtime) return;
    let reply: unknown;
    try {
      reply = await runtime.sendMessage({ type: 'session.export' });
    } catch {
      return;
    }
    const answer = reply as { ok?: boolean; filename?: string; text?: string } | undefined;
    if (!answer?.ok || typeof answer.text !== 'string') return;
    const existing = this.columns.find((c) => c.key === LIVE_KEY);
    if (existing && existing.text === answer.text) return;
    if (!existing && this.columns.length >= MAX_COLUMNS) {
      this.alerts = [
        {
          kind: 'error',
          text: this.t('review.tooMany', { file: this.t('review.live') }),
          testId: 'review-too-many',
        },
      ];
      this.#setLive(false);
      return;
    }
    const outcome = await openColumn(answer.filename ?? 'session.temoin.json', answer.text, {
      key: LIVE_KEY,
      examinerName: this.examiner,
      now: new Date(),
      ...(existing ? { previous: existing.assessment } : {}),
    });
    if (!outcome.ok) return;
    this.columns = existing
      ? this.columns.map((c) => (c.key === LIVE_KEY ? outcome.column : c))
      : [...this.columns, outcome.column];
    await this.#persist(outcome.column, true);
  }

  async #finalise(column: Column): Promise<void> {
    const outcome = await finaliseColumn(column, new Date());
    const missing = new Map(this.missing);
    if (!outcome.ok) {
      const names = outcome.missing.map((m) => (m === 'mark' ? this.t('review.mark') : m.toUpperCase()));
      missing.set(column.key, this.t('review.finaliseMissing', { missing: names.join(', ') }));
      this.missing = missing;
      return;
    }
    missing.delete(column.key);
    this.missing = missing;
    const next = { ...column, assessment: outcome.assessment };
    this.columns = this.columns.map((c) => (c.key === column.key ? next : c));
    await this.#persist(next);
    this.#announce(this.t('review.finalised', { number: column.assessment.candidate.number }));
  }

  async #exportAssessment(column: Column): Promise<void> {
    const file = assessmentFile(column.assessment);
    if (!file.ok) {
      this.alerts = [{ kind: 'error', text: this.#problemsText(file.problems), testId: 'review-refusal' }];
      return;
    }
    const name = assessmentFileName(column.assessment);
    await downloadText(name, file.text);
    this.#announce(this.t('review.exported', { file: name }));
  }

  async #exportCsv(): Promise<void> {
    const csv = await reviewCsv(
      this.columns.map((c) => c.assessment),
      true,
    );
    const name = `harmonisation-revue-${new Date().toISOString().slice(0, 10)}.csv`;
    await downloadText(name, csv, 'text/csv');
    this.#announce(this.t('review.exported', { file: name }));
  }

  async #print(column: Column): Promise<void> {
    this.printing = column.key;
    await this.updateComplete;
    window.print();
  }

  async #jump(column: Column, eventId: string): Promise<void> {
    const timeline = this.renderRoot.querySelector<GeReviewTimeline>(
      `.column[data-key="${CSS.escape(column.key)}"] ge-review-timeline`,
    );
    timeline?.scrollIntoView({ block: 'nearest' });
    await timeline?.reveal(eventId);
  }

  // ——— rendering ———

  override render(): TemplateResult {
    const differ = subjectsDiffer(this.columns);
    return html`<section class="review" data-testid="review" aria-labelledby="review-title">
      <h2 id="review-title" class="visually-hidden">${this.t('review.title')}</h2>
      <div class="toolbar">
        <label for="review-examiner">${this.t('review.examiner')}
          <input id="review-examiner" data-testid="examiner" autocomplete="name" .value=${this.examiner}
            @change=${(e: Event) => {
              this.examiner = (e.target as HTMLInputElement).value;
              void this.#store?.putExaminer(this.examiner).catch(() => undefined);
            }} />
        </label>
        <label class="file-button" for="review-open">${this.t('review.open')}
          <input id="review-open" class="visually-hidden" type="file" multiple accept=".json,application/json"
            data-testid="open-bundles"
            @change=${async (e: Event) => {
              const input = e.target as HTMLInputElement;
              const files = [...(input.files ?? [])];
              input.value = '';
              await this.openFiles(files);
            }} />
        </label>
        ${
          this.#runtime
            ? html`<button type="button" data-testid="live-session" aria-pressed=${this.live ? 'true' : 'false'}
                title=${this.t('review.liveHelp')} @click=${() => this.#setLive(!this.live)}>
                ● ${this.t('review.live')}
              </button>`
            : nothing
        }
        <button type="button" data-testid="export-csv" ?disabled=${this.columns.length === 0}
          @click=${() => this.#exportCsv()}>${this.t('review.csv')}</button>
      </div>
      <div class="alerts">
        ${this.alerts.map(
          (a) => html`<p class="alert ${a.kind}" role="alert" data-testid=${a.testId}>${a.text}</p>`,
        )}
        ${
          differ
            ? html`<p class="alert" role="alert" data-testid="subject-mismatch">${this.t('review.mismatch', {
                subjects: [...new Set(this.columns.map((c) => c.bundle.session.subject.id))].join(', '),
              })}</p>`
            : nothing
        }
        ${this.columns.length === 0 ? html`<p class="hint">${this.t('review.empty')}</p>` : nothing}
      </div>
      <div class="columns">${this.columns.map((c) => this.#column(c))}</div>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="review-notice">${this.notice}</div>
    </section>`;
  }

  #column(column: Column): TemplateResult {
    const a = column.assessment;
    const final = a.status === 'final';
    const number = a.candidate.number;
    const counts = warningCounts(column.rows);
    const warned = Object.entries(counts) as [WarningCode, number][];
    const id = (name: string) => `${column.key}-${name}`;
    return html`<article
      class="column"
      data-testid="review-column"
      data-key=${column.key}
      data-candidate=${number}
      data-status=${a.status}
      ?data-printing=${this.printing === column.key}
      aria-labelledby=${id('title')}
    >
      <header>
        <div>
          <h2 id=${id('title')}>${this.t('review.candidate', { number })}${
            a.candidate.lastName || a.candidate.firstName
              ? ` — ${[a.candidate.lastName, a.candidate.firstName].filter(Boolean).join(' ')}`
              : ''
          }</h2>
          <p class="meta" data-testid="chain-status" data-state="verified">
            ${column.key === LIVE_KEY ? `${this.t('review.liveColumn')} · ` : ''}${column.name} ·
            ${this.t('review.chain', { count: column.bundle.events.length, head: column.bundle.chain.head.slice(0, 12) })}
          </p>
        </div>
        <button type="button" data-testid="close-column" aria-label=${this.t('review.close', { number })}
          @click=${() => this.#close(column.key)}>✕</button>
      </header>
      <section aria-labelledby=${id('warn')}>
        <h3 id=${id('warn')}>${this.t('review.warnings')}</h3>
        ${
          warned.length === 0
            ? html`<p class="hint" data-testid="integrity-summary" data-count="0">${this.t('review.noWarning')}</p>`
            : html`<ul class="warn-list" data-testid="integrity-summary" data-count=${warned.reduce((s, [, n]) => s + n, 0)}>
                ${warned.map(([code, n]) => html`<li data-code=${code}>⚠ ${warningName(this.locale, code)} : ${n}</li>`)}
              </ul>`
        }
      </section>
      <section aria-labelledby=${id('questions')}>
        <h3 id=${id('questions')}>${this.t('review.questions')}</h3>
        ${a.questions.map((q) => this.#question(column, q, final))}
      </section>
      ${this.#fiche(column, final)}
      <section aria-labelledby=${id('timeline')}>
        <h3 id=${id('timeline')}>${this.t('review.timeline')}</h3>
        <ge-review-timeline .locale=${this.locale} .rows=${column.rows} .evaluation=${column.evaluation}
          column-key=${column.key}></ge-review-timeline>
      </section>
      ${this.#printFiche(column)}
    </article>`;
  }

  #question(column: Column, q: Assessment['questions'][number], final: boolean): TemplateResult {
    const result = column.evaluation?.questions.find((r) => r.questionId === q.questionId);
    const subjectQuestion = column.bundle.subjectPackage?.subject.questions.find(
      (s) => s.id === q.questionId,
    );
    const id = (name: string) => `${column.key}-${q.questionId}-${name}`;
    const notes = column.assessment.notes.filter((n) => n.questionId === q.questionId);
    const candidateNote = [...column.bundle.events]
      .reverse()
      .find((e) => e.kind === 'task.noteSaved' && e.data.questionId === q.questionId);
    const draft = this.drafts.get(`${column.key}/${q.questionId}`) ?? { question: '', answer: '' };
    const setDraft = (patch: Partial<typeof draft>) => {
      const drafts = new Map(this.drafts);
      drafts.set(`${column.key}/${q.questionId}`, { ...draft, ...patch });
      this.drafts = drafts;
    };
    return html`<div class="question" data-testid="review-question" data-question-id=${q.questionId}
      data-suggested=${result?.level ?? ''} data-level=${q.level ?? ''} data-overridden=${String(q.overridden)}>
      <h4>Q${subjectQuestion?.number ?? ''} — ${subjectQuestion?.title ?? q.questionId}</h4>
      <p>
        ${this.t('review.suggestion')} :
        <strong data-testid="suggested-level">${result?.level ?? this.t('review.noSuggestion')}</strong>
        ${result ? html` — <span data-testid="explanation">${result.explanation}</span>` : nothing}
      </p>
      ${
        result
          ? html`<ul class="rules" aria-label=${this.t('review.rules')}>
              ${result.rules.map(
                (
                  rule,
                ) => html`<li data-testid="rule" data-rule-id=${rule.ruleId} data-satisfied=${String(rule.satisfied)}>
                  <span class="visually-hidden">${this.t(rule.satisfied ? 'review.satisfied' : 'review.missed')} :</span>
                  ${rule.title} (${rule.count}/${rule.atLeast})
                  ${rule.events.map(
                    (
                      ev,
                    ) => html`<button type="button" class="evidence" data-testid="evidence" data-event-id=${ev.id}
                      aria-label=${this.t('review.evidence', { seq: ev.seq })}
                      @click=${() => this.#jump(column, ev.id)}>#${ev.seq}</button>`,
                  )}
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        candidateNote && candidateNote.kind === 'task.noteSaved'
          ? html`<p class="hint">${this.t('review.candidateNote')}</p>
              <blockquote data-testid="candidate-note">${candidateNote.data.text}</blockquote>`
          : nothing
      }
      <div class="grade">
        <label for=${id('level')}>${this.t('review.level')}
          <select id=${id('level')} data-testid="level" data-question-id=${q.questionId} ?disabled=${final}
            @change=${(e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              this.#update(column.key, (a) => setLevel(a, q.questionId, value ? (value as Level) : null));
            }}>
            <option value="" ?selected=${q.level === null}>${levelName(this.locale, null)}</option>
            ${LEVELS.map((level) => html`<option value=${level} ?selected=${q.level === level}>${levelName(this.locale, level)}</option>`)}
          </select>
        </label>
        ${
          result?.level && !final
            ? html`<button type="button" data-testid="accept-suggestion" data-question-id=${q.questionId}
                @click=${() => this.#update(column.key, (a) => setLevel(a, q.questionId, result.level))}>
                ${this.t('review.accept')} (${result.level})</button>`
            : nothing
        }
      </div>
      <label for=${id('comment')}>${this.t('review.comment')}
        <textarea id=${id('comment')} data-testid="level-comment" data-question-id=${q.questionId} ?disabled=${final}
          .value=${q.comment}
          @change=${(e: Event) =>
            this.#update(column.key, (a) =>
              setLevel(
                a,
                q.questionId,
                a.questions.find((x) => x.questionId === q.questionId)?.level ?? null,
                (e.target as HTMLTextAreaElement).value,
              ),
            )}></textarea>
      </label>
      ${
        q.competences.length > 0
          ? html`<fieldset>
              <legend>${this.t('review.competences')}</legend>
              <div class="row-fields">
                ${q.competences.map(
                  (c) => html`<label for=${id(`c-${c.id}`)}>${c.id}
                    <select id=${id(`c-${c.id}`)} data-testid="competence-level" data-question-id=${q.questionId}
                      data-competence-id=${c.id} ?disabled=${final}
                      @change=${(e: Event) => {
                        const value = (e.target as HTMLSelectElement).value;
                        this.#update(column.key, (a) =>
                          setCompetenceLevel(a, q.questionId, c.id, value ? (value as Level) : null),
                        );
                      }}>
                      <option value="" ?selected=${c.level === null}>—</option>
                      ${LEVELS.map((level) => html`<option value=${level} ?selected=${c.level === level}>${level}</option>`)}
                    </select>
                  </label>`,
                )}
              </div>
            </fieldset>`
          : nothing
      }
      <fieldset>
        <legend>${this.t('review.notes')}</legend>
        ${notes.map(
          (n) => html`<p class="note" data-testid="note"><time datetime=${n.at}>${n.at.slice(11, 16)}</time> —
            ${n.question}${n.answer ? html` → ${n.answer}` : nothing}</p>`,
        )}
        ${
          final
            ? nothing
            : html`<div class="row-fields">
                <label for=${id('nq')}>${this.t('review.noteQuestion')}
                  <input id=${id('nq')} data-testid="note-question" .value=${draft.question}
                    @input=${(e: Event) => setDraft({ question: (e.target as HTMLInputElement).value })} />
                </label>
                <label for=${id('na')}>${this.t('review.noteAnswer')}
                  <input id=${id('na')} data-testid="note-answer" .value=${draft.answer}
                    @input=${(e: Event) => setDraft({ answer: (e.target as HTMLInputElement).value })} />
                </label>
                <button type="button" data-testid="add-note" ?disabled=${draft.question.trim() === ''}
                  @click=${() => {
                    this.#update(column.key, (a) =>
                      addNote(
                        a,
                        {
                          questionId: q.questionId,
                          question: draft.question.trim(),
                          answer: draft.answer.trim(),
                        },
                        new Date(),
                      ),
                    );
                    setDraft({ question: '', answer: '' });
                  }}>${this.t('review.addNote')}</button>
              </div>`
        }
      </fieldset>
    </div>`;
  }

  #fiche(column: Column, final: boolean): TemplateResult {
    const a = column.assessment;
    const id = (name: string) => `${column.key}-f-${name}`;
    const set = (change: (a: Assessment) => Assessment) => this.#update(column.key, change);
    const text = (
      name: string,
      testId: string,
      label: ReviewKey,
      value: string,
      apply: (v: string) => (a: Assessment) => Assessment,
    ) =>
      html`<label for=${id(name)}>${this.t(label)}
        <input id=${id(name)} data-testid=${testId} .value=${value} ?disabled=${final}
          @change=${(e: Event) => set(apply((e.target as HTMLInputElement).value))} /></label>`;
    const missing = this.missing.get(column.key);
    return html`<section class="fiche" data-testid="fiche" aria-labelledby=${id('title')}>
      <h3 id=${id('title')}>${this.t('review.fiche')}</h3>
      <div class="row-fields">
        ${text('last', 'candidate-last-name', 'review.lastName', a.candidate.lastName ?? '', (v) => (x) => ({
          ...x,
          candidate: { ...x.candidate, lastName: v.trim() },
        }))}
        ${text(
          'first',
          'candidate-first-name',
          'review.firstName',
          a.candidate.firstName ?? '',
          (v) => (x) => ({
            ...x,
            candidate: { ...x.candidate, firstName: v.trim() },
          }),
        )}
        <label for=${id('number')}>${this.t('review.number')}
          <input id=${id('number')} data-testid="candidate-number" .value=${a.candidate.number} readonly /></label>
        ${text('commission', 'commission', 'review.commission', a.commission ?? '', (v) => (x) => {
          const { commission: _c, ...rest } = x;
          return v.trim() ? { ...rest, commission: v.trim().slice(0, 40) } : rest;
        })}
        <label for=${id('date')}>${this.t('review.date')}
          <input id=${id('date')} type="date" data-testid="date" .value=${a.date} ?disabled=${final}
            @change=${(e: Event) => {
              const v = (e.target as HTMLInputElement).value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(v)) set((x) => ({ ...x, date: v }));
            }} /></label>
        <p data-testid="fiche-subject">${this.t('review.subject')} : ${a.subject.cms} · ${a.subject.letter ?? ''} (${a.subject.id})</p>
      </div>
      <div class="row-fields">
        <label for=${id('mark')}>${this.t('review.mark')}
          <input id=${id('mark')} data-testid="mark" inputmode="decimal" size="5" ?disabled=${final}
            .value=${a.mark === null ? '' : String(a.mark)}
            @change=${(e: Event) => {
              const mark = readMark((e.target as HTMLInputElement).value);
              set((x) => ({ ...x, mark }));
            }} /></label>
        ${
          a.suggestedMark !== null
            ? html`<p data-testid="suggested-mark" data-value=${a.suggestedMark}>
                ${this.t('review.suggestedMark', { mark: this.locale === 'fr' ? String(a.suggestedMark).replace('.', ',') : a.suggestedMark })}
                ${
                  final
                    ? nothing
                    : html`<button type="button" data-testid="use-suggested-mark"
                  @click=${() => set((x) => ({ ...x, mark: x.suggestedMark }))}>${this.t('review.useMark')}</button>`
                }
              </p>`
            : nothing
        }
      </div>
      <p class="hint" data-testid="points-method">${pointsMethod(this.locale)}</p>
      <label for=${id('appr')}>${this.t('review.appreciation')}
        <textarea id=${id('appr')} data-testid="appreciation" ?disabled=${final} .value=${a.appreciation}
          @change=${(e: Event) => set((x) => ({ ...x, appreciation: (e.target as HTMLTextAreaElement).value }))}></textarea>
      </label>
      <div class="row-fields">
        ${text('examiner', 'fiche-examiner', 'review.examiner', a.examiner.name, (v) => (x) => ({
          ...x,
          examiner: { name: v.trim() || x.examiner.name },
        }))}
        <p>${this.t('review.status')} : <strong data-testid="assessment-status" data-status=${a.status}>${this.t(
          final ? 'review.final' : 'review.draft',
        )}</strong></p>
      </div>
      ${missing ? html`<p class="alert error" role="alert" data-testid="finalise-missing">${missing}</p>` : nothing}
      ${
        final
          ? html`<p class="meta">${this.t('review.chainHead')} : <code data-testid="assessment-chain-head">${a.bundle.chainHead}</code></p>
              <p class="meta">${this.t('review.hash')} : <code data-testid="assessment-hash">${a.hash}</code></p>`
          : nothing
      }
      <div class="toolbar">
        ${final ? nothing : html`<button type="button" class="primary" data-testid="finalise" @click=${() => this.#finalise(column)}>${this.t('review.finalise')}</button>`}
        <button type="button" data-testid="export-assessment" @click=${() => this.#exportAssessment(column)}>${this.t('review.exportAssessment')}</button>
        <button type="button" data-testid="print-fiche" @click=${() => this.#print(column)}>${this.t('review.print')}</button>
      </div>
    </section>`;
  }

  #printFiche(column: Column): TemplateResult {
    const fiche = ficheOf(column, this.locale);
    return html`<section class="print-fiche" data-testid="print-fiche-content" aria-hidden="true">
      <h1>${fiche.title}</h1>
      <table>
        ${fiche.identity.map((line) => html`<tr><th>${line.label}</th><td>${line.value}</td></tr>`)}
      </table>
      <table>
        <tr><th>Question</th><th>${this.t('review.level')}</th><th>${this.t('review.suggestion')}</th><th>${this.t('review.comment')}</th></tr>
        ${fiche.questions.map((q) => html`<tr><td>${q.label}</td><td>${q.level}</td><td>${q.suggested}</td><td>${q.comment}</td></tr>`)}
      </table>
      <p><strong>${this.t('review.mark')} : ${fiche.mark}</strong> (${this.t('review.suggestion')} : ${fiche.suggestedMark})</p>
      <p><strong>${this.t('review.appreciation')} :</strong> ${fiche.appreciation}</p>
      <p><strong>${this.t('review.examiner')} :</strong> ${fiche.examiner} — ${this.t('review.status')} : ${fiche.status}</p>
      ${fiche.seal.map((line) => html`<p>${line.label} : ${line.value}</p>`)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-review': GeReview;
  }
}
