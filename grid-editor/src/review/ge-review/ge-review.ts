/**
 * Review mode: up to three candidates' evidence bundles side by side (one <ge-review-column>
 * each), the examiner's name, opening files, the live column and the exports. It owns the
 * columns and their persistence (review/store.ts): the children only send typed events
 * (review-events.ts) and this element applies them through review-model.ts.
 *
 * The live session comes from a `LiveSource` the host page gives (the extension's editor page
 * does); without one there is no live column.
 */
import '../ge-review-column/index.ts';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import type { Problem } from '../../../../shared/schema/index.ts';
import { downloadText } from '../../app/download.ts';
import { GeElement } from '../../components/ge-element.ts';
import { type ReviewKey, reviewMessages } from '../i18n.ts';
import { LIVE_POLL_MS, type LiveSource } from '../live-source.ts';
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
  @state() private printing: ReadonlySet<string> = new Set();
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
      const text = await file.text();
      // Verified first: a tampered bundle is refused as such, whatever else is open.
      const outcome = await openColumn(file.name, text, {
        key: newColumnKey(),
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

  async #exportCsv(): Promise<void> {
    const csv = await reviewCsv(
      this.columns.map((c) => c.assessment),
      true,
    );
    const name = `harmonisation-revue-${new Date().toISOString().slice(0, 10)}.csv`;
    await downloadText(name, csv, 'text/csv');
    this.#announce(this.t('review.exported', { file: name }));
  }

  #onPrint = async (event: ReviewEventMap['ge-review-print']): Promise<void> => {
    this.printing = new Set([event.detail.key]);
    await this.updateComplete;
    window.print();
  };

  override render(): TemplateResult {
    return html`<section class="review" data-testid="review" aria-labelledby="review-title">
      <h2 id="review-title" class="visually-hidden">${this.t('review.title')}</h2>
      ${this.#toolbar()}
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
            ?printing=${this.printing.has(c.key)}></ge-review-column>`,
        )}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="review-notice">${this.notice}</div>
    </section>`;
  }

  #toolbar(): TemplateResult {
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
      <button type="button" data-testid="export-csv" ?disabled=${this.columns.length === 0}
        @click=${() => this.#exportCsv()}>${this.t('review.csv')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-review': GeReview;
  }
}
