/**
 * Review mode: up to three candidates' evidence bundles side by side (one <ge-review-column>
 * each), the examiner's name, opening files, the live column and the exports. It owns the
 * columns and their persistence (review/store.ts): the children only send typed events
 * (review-events.ts) and this element applies them through review-model.ts.
 *
 * The live session comes from a `LiveSource` the host page gives (the extension's editor page
 * does); without one there is no live column.
 */
import '../ge-print-view/index.ts';
import '../ge-review-column/index.ts';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  bordereauCsv,
  type CsvLocale,
  markListFileName,
  marksCsv,
} from '../../../../shared/export/mark-lists.ts';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import type { Problem } from '../../../../shared/schema/index.ts';
import { downloadBlob, downloadText } from '../../app/download.ts';
import { GeElement } from '../../components/ge-element.ts';
import type { PrintMode } from '../ge-print-view/index.ts';
import { type ReviewKey, reviewMessages } from '../i18n.ts';
import { LIVE_POLL_MS, type LiveSource } from '../live-source.ts';
import { markWorkbook, XLSX_TYPE } from '../mark-workbook.ts';
import type { ReviewEventMap } from '../review-events.ts';
import {
  assessmentFile,
  assessmentFileName,
  type Column,
  finaliseColumn,
  LIVE_KEY,
  MAX_COLUMNS,
  newColumnKey,
  openColumn,
  replaceColumn,
  reviewCsv,
  subjectsDiffer,
  updateAssessment,
} from '../review-model.ts';
import { openReviewStore, type ReviewStore } from '../store.ts';
import styles from './ge-review.styles.ts';

interface Alert {
  kind: 'error' | 'warning';
  text: string;
  testId: string;
}

@customElement('ge-review')
export class GeReview extends GeElement<ReviewEventMap, ReviewKey> {
  static override styles = styles;

  /** This workstation's live session, when the host page has one to give. */
  @property({ attribute: false }) liveSource: LiveSource | undefined;
  @state() private columns: Column[] = [];
  @state() private examiner = '';
  @state() private alerts: Alert[] = [];
  @state() private notice = '';
  @state() private live = false;
  /** The print view, when open: which sheets, for which columns. */
  @state() private print: { mode: PrintMode; keys: readonly string[] } | undefined;
  /** What is being read or written now (a file opened, an export prepared). */
  @state() private busy = '';
  @state() private csvLocale: CsvLocale = 'fr';
  @state() private missing = new Map<string, string>();

  #store: ReviewStore | undefined;
  #ready: Promise<void> = Promise.resolve();
  #timer: ReturnType<typeof setInterval> | undefined;

  protected override translator(locale: Locale): Translator<ReviewKey> {
    return reviewMessages(locale);
  }

  get ready(): Promise<void> {
    return this.#ready;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ready = this.#load();
    this.addEventListener('ge-review-change', this.#onChange);
    this.addEventListener('ge-review-close', this.#onClose);
    this.addEventListener('ge-review-finalise', this.#onFinalise);
    this.addEventListener('ge-review-export-assessment', this.#onExport);
    this.addEventListener('ge-review-print', this.#onPrint);
    this.addEventListener('ge-review-print-close', this.#onPrintClose);
  }

  override disconnectedCallback(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#store?.close();
    this.removeEventListener('ge-review-change', this.#onChange);
    this.removeEventListener('ge-review-close', this.#onClose);
    this.removeEventListener('ge-review-finalise', this.#onFinalise);
    this.removeEventListener('ge-review-export-assessment', this.#onExport);
    this.removeEventListener('ge-review-print', this.#onPrint);
    this.removeEventListener('ge-review-print-close', this.#onPrintClose);
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

  #column(key: string): Column | undefined {
    return this.columns.find((c) => c.key === key);
  }

  /** Opens bundles as columns (three at most); a bundle whose chain breaks is refused. */
  async openFiles(files: readonly { name: string; text(): Promise<string> }[]): Promise<void> {
    await this.#ready;
    const alerts: Alert[] = [];
    for (const file of files) {
      this.busy = this.t('review.busyOpen', { file: file.name });
      // Let the indicator paint before the (synchronous) verification and evaluation.
      await this.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      const text = await file.text();
      // Verified first: a tampered bundle is refused as such, whatever else is open.
      const outcome = await openColumn(file.name, text, {
        key: newColumnKey(),
        examinerName: this.examiner,
        now: new Date(),
      }).finally(() => {
        this.busy = '';
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

  #onChange = (event: ReviewEventMap['ge-review-change']): void => {
    const next = updateAssessment(this.columns, event.detail.key, event.detail.change, new Date());
    if (!next) return;
    this.columns = next.columns;
    void this.#persist(next.column);
  };

  #onClose = async (event: ReviewEventMap['ge-review-close']): Promise<void> => {
    const { key } = event.detail;
    this.columns = this.columns.filter((c) => c.key !== key);
    if (key === LIVE_KEY) this.#setLive(false);
    await this.#store?.delete(key).catch(() => undefined);
  };

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
    const live = await this.liveSource?.read().catch(() => undefined);
    if (!live) return;
    const existing = this.#column(LIVE_KEY);
    if (existing && existing.text === live.text) return;
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
    const outcome = await openColumn(live.name, live.text, {
      key: LIVE_KEY,
      examinerName: this.examiner,
      now: new Date(),
      ...(existing ? { previous: existing.assessment } : {}),
    });
    if (!outcome.ok) return;
    this.columns = replaceColumn(this.columns, outcome.column);
    await this.#persist(outcome.column, true);
  }

  #onFinalise = async (event: ReviewEventMap['ge-review-finalise']): Promise<void> => {
    const column = this.#column(event.detail.key);
    if (!column) return;
    const outcome = await finaliseColumn(column, new Date());
    const missing = new Map(this.missing);
    if (!outcome.ok) {
      const names = outcome.missing.map((m) => (m === 'mark' ? this.t('review.mark') : m.toUpperCase()));
      missing.set(column.key, this.t('review.finaliseMissing', { missing: this.format.list(names) }));
      this.missing = missing;
      return;
    }
    missing.delete(column.key);
    this.missing = missing;
    const next = { ...column, assessment: outcome.assessment };
    this.columns = replaceColumn(this.columns, next);
    await this.#persist(next);
    this.#announce(this.t('review.finalised', { number: column.assessment.candidate.number }));
  };

  #onExport = async (event: ReviewEventMap['ge-review-export-assessment']): Promise<void> => {
    const column = this.#column(event.detail.key);
    if (!column) return;
    const file = assessmentFile(column.assessment);
    if (!file.ok) {
      this.alerts = [{ kind: 'error', text: this.#problemsText(file.problems), testId: 'review-refusal' }];
      return;
    }
    const name = assessmentFileName(column.assessment);
    await downloadText(name, file.text);
    this.#announce(this.t('review.exported', { file: name }));
  };

  async #export(name: string, make: () => Promise<Blob | string>, type: string): Promise<void> {
    this.busy = this.t('review.busyExport', { file: name });
    try {
      const content = await make();
      if (typeof content === 'string') await downloadText(name, content, type);
      else await downloadBlob(name, content);
      this.#announce(this.t('review.exported', { file: name }));
    } finally {
      this.busy = '';
    }
  }

  /** French marks CSV, or the international one (the harmonisation CSV: `,`, decimal point). */
  #exportCsv(): Promise<void> {
    const assessments = this.columns.map((c) => c.assessment);
    const now = new Date();
    return this.csvLocale === 'fr'
      ? this.#export(
          markListFileName('notes', assessments, now, 'csv'),
          async () => marksCsv(assessments, 'fr'),
          'text/csv',
        )
      : this.#export(
          `harmonisation-revue-${now.toISOString().slice(0, 10)}.csv`,
          () => reviewCsv(assessments, true),
          'text/csv',
        );
  }

  #exportBordereau(): Promise<void> {
    const assessments = this.columns.map((c) => c.assessment);
    const name = markListFileName('bordereau', assessments, new Date(), 'csv');
    return this.#export(name, async () => bordereauCsv(assessments), 'text/csv');
  }

  #exportWorkbook(): Promise<void> {
    const assessments = this.columns.map((c) => c.assessment);
    const name = markListFileName('classeur', assessments, new Date(), 'xlsx');
    return this.#export(name, () => markWorkbook(assessments), XLSX_TYPE);
  }

  /** Opens the print view on `keys` and prints it (the view stays open until it is closed). */
  async #printView(mode: PrintMode, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    this.print = { mode, keys };
    await this.updateComplete;
    this.renderRoot.querySelector('ge-print-view')?.scrollIntoView({ block: 'start' });
    window.print();
  }

  #onPrint = (event: ReviewEventMap['ge-review-print']): Promise<void> =>
    this.#printView('fiches', [event.detail.key]);

  #onPrintClose = (): void => {
    this.print = undefined;
  };

  override render(): TemplateResult {
    const print = this.print;
    const printed = print ? this.columns.filter((c) => print.keys.includes(c.key)) : [];
    return html`<section class="review" data-testid="review" aria-labelledby="review-title"
      aria-busy=${this.busy ? 'true' : 'false'} ?data-printing=${print !== undefined}>
      <h2 id="review-title" class="visually-hidden">${this.t('review.title')}</h2>
      ${this.#toolbar()}
      ${
        this.busy
          ? html`<p class="busy" role="status" data-testid="review-busy"><progress aria-label=${this.busy}></progress> ${this.busy}</p>`
          : nothing
      }
      ${
        print && printed.length > 0
          ? html`<ge-print-view .locale=${this.locale} .mode=${print.mode} .columns=${printed}></ge-print-view>`
          : nothing
      }
      <div class="alerts">
        ${this.alerts.map((a) => html`<p class="alert ${a.kind}" role="alert" data-testid=${a.testId}>${a.text}</p>`)}
        ${
          subjectsDiffer(this.columns)
            ? html`<p class="alert" role="alert" data-testid="subject-mismatch">${this.t('review.mismatch', {
                subjects: [...new Set(this.columns.map((c) => c.bundle.session.subject.id))].join(', '),
              })}</p>`
            : nothing
        }
        ${this.columns.length === 0 ? html`<p class="hint">${this.t('review.empty')}</p>` : nothing}
      </div>
      <div class="columns">
        ${repeat(
          this.columns,
          (c) => c.key,
          (
            c,
          ) => html`<ge-review-column .locale=${this.locale} .column=${c} .missing=${this.missing.get(c.key) ?? ''}
            ?printing=${this.print?.keys.includes(c.key) ?? false}></ge-review-column>`,
        )}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="review-notice">${this.notice}</div>
    </section>`;
  }

  #toolbar(): TemplateResult {
    const none = this.columns.length === 0;
    const keys = this.columns.map((c) => c.key);
    return html`<div class="toolbar">
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
        this.liveSource
          ? html`<button type="button" data-testid="live-session" aria-pressed=${this.live ? 'true' : 'false'}
              title=${this.t('review.liveHelp')} @click=${() => this.#setLive(!this.live)}>
              ● ${this.t('review.live')}
            </button>`
          : nothing
      }
    </div>
    <div class="toolbar" role="group" aria-label=${this.t('review.exports')}>
      <button type="button" data-testid="print-fiches" ?disabled=${none}
        @click=${() => this.#printView('fiches', keys)}>${this.t('review.printFiches')}</button>
      <button type="button" data-testid="print-evidence" ?disabled=${none}
        @click=${() => this.#printView('evidence', keys)}>${this.t('review.printEvidence')}</button>
      <label for="review-csv-locale">${this.t('review.csvLocale')}
        <select id="review-csv-locale" data-testid="csv-locale" @change=${(e: Event) => {
          this.csvLocale = (e.target as HTMLSelectElement).value === 'intl' ? 'intl' : 'fr';
        }}>
          <option value="fr" ?selected=${this.csvLocale === 'fr'}>${this.t('review.csvFr')}</option>
          <option value="intl" ?selected=${this.csvLocale === 'intl'}>${this.t('review.csvIntl')}</option>
        </select>
      </label>
      <button type="button" data-testid="export-csv" ?disabled=${none}
        @click=${() => this.#exportCsv()}>${this.t('review.csv')}</button>
      <button type="button" data-testid="export-bordereau" ?disabled=${none}
        @click=${() => this.#exportBordereau()}>${this.t('review.bordereau')}</button>
      <button type="button" data-testid="export-workbook" ?disabled=${none}
        @click=${() => this.#exportWorkbook()}>${this.t('review.workbook')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-review': GeReview;
  }
}
