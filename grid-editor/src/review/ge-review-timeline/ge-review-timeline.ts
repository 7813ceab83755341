/**
 * One candidate's evidence timeline, virtualised: only the rows in view (and a few around)
 * are in the DOM, so 20,000 events scroll smoothly. Filters by question, criterion, event
 * kind, warnings, and text; `reveal(eventId)` scrolls to an event and highlights it. Every
 * text from the site or the candidate is bound as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { describeEvent, eventKindName } from '../../../../shared/evidence/describe.ts';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import type { EvaluationResult } from '../../../../shared/rules/types.ts';
import { GeElement } from '../../components/ge-element.ts';
import { type ReviewKey, reviewMessages, warningName } from '../i18n.ts';
import type { ReviewEventMap } from '../review-events.ts';
import {
  filterRows,
  scrollTopFor,
  type TimelineFilter,
  type TimelineRow,
  virtualWindow,
} from '../timeline.ts';
import styles, { ROW_HEIGHT, VIEWPORT } from './ge-review-timeline.styles.ts';

export { ROW_HEIGHT };

const clock = (ms: number): string => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(seconds / 60);
  return `${String(m).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

@customElement('ge-review-timeline')
export class GeReviewTimeline extends GeElement<ReviewEventMap, ReviewKey> {
  static override styles = styles;

  @property({ attribute: false }) rows: readonly TimelineRow[] = [];
  @property({ attribute: false }) evaluation: EvaluationResult | null = null;
  /** Used to label ids uniquely inside the column. */
  @property() columnKey = '';
  /** The grid's criteria names by id (`C1` → « Qualité et pertinence… »); the id is the tooltip. */
  @property({ attribute: false }) criterionNames: ReadonlyMap<string, string> = new Map();

  @state() private filter: TimelineFilter = {};
  @state() private scrolled = 0;
  @state() private highlighted: string | undefined;

  #frame = 0;
  #filtered: readonly TimelineRow[] = [];
  #filteredFor: unknown[] = [];

  protected override translator(locale: Locale): Translator<ReviewKey> {
    return reviewMessages(locale);
  }

  /** The rows the current filter keeps (recomputed only when rows or filter change). */
  get shown(): readonly TimelineRow[] {
    if (
      this.#filteredFor[0] !== this.rows ||
      this.#filteredFor[1] !== this.filter ||
      this.#filteredFor[2] !== this.evaluation
    ) {
      this.#filtered = filterRows(this.rows, this.filter, this.evaluation);
      this.#filteredFor = [this.rows, this.filter, this.evaluation];
    }
    return this.#filtered;
  }

  /** Scrolls to an event and highlights it (the filter is cleared if it hides the event). */
  async reveal(eventId: string): Promise<void> {
    if (!this.shown.some((row) => row.event.id === eventId)) this.filter = {};
    this.highlighted = eventId;
    const position = this.shown.findIndex((row) => row.event.id === eventId);
    if (position < 0) return;
    const top = scrollTopFor(position, VIEWPORT, ROW_HEIGHT, this.shown.length);
    await this.updateComplete;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller) scroller.scrollTop = top;
    this.scrolled = top;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.row[data-event-id="${CSS.escape(eventId)}"]`)?.focus({
      preventScroll: true,
    });
  }

  #setFilter(patch: Partial<TimelineFilter>): void {
    this.filter = { ...this.filter, ...patch };
    this.scrolled = 0;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller) scroller.scrollTop = 0;
  }

  #onScroll = (event: Event): void => {
    const target = event.currentTarget as HTMLElement;
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      this.scrolled = target.scrollTop;
    });
  };

  override render(): TemplateResult {
    const shown = this.shown;
    const win = virtualWindow(this.scrolled, VIEWPORT, ROW_HEIGHT, shown.length);
    const kinds = [...new Set(this.rows.map((row) => row.event.kind))].sort();
    const questions = this.evaluation?.questions ?? [];
    const criteria = [...new Set(questions.flatMap((q) => q.criteria.map((c) => c.criterion)))].sort(
      (a, b) => Number(a.slice(1)) - Number(b.slice(1)) || a.localeCompare(b),
    );
    const id = (name: string) => `${this.columnKey}-${name}`;
    const chosen = this.highlighted ? this.rows.find((row) => row.event.id === this.highlighted) : undefined;
    return html`
      <div class="filters">
        <label for=${id('q')}>${this.t('review.filterQuestion')}
          <select id=${id('q')} data-testid="timeline-question" @change=${(e: Event) =>
            this.#setFilter({ questionId: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="" ?selected=${!this.filter.questionId}>${this.t('review.all')}</option>
            ${questions.map(
              (q) =>
                html`<option value=${q.questionId} ?selected=${this.filter.questionId === q.questionId}>Q${q.number}</option>`,
            )}
          </select>
        </label>
        <label for=${id('c')}>${this.t('review.filterCriterion')}
          <select id=${id('c')} data-testid="timeline-criterion" @change=${(e: Event) =>
            this.#setFilter({ criterion: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="" ?selected=${!this.filter.criterion}>${this.t('review.all')}</option>
            ${criteria.map((c) => html`<option value=${c} title=${c} ?selected=${this.filter.criterion === c}>${this.criterionNames.get(c) ?? c}</option>`)}
          </select>
        </label>
        <label for=${id('k')}>${this.t('review.filterKind')}
          <select id=${id('k')} data-testid="timeline-kind" @change=${(e: Event) =>
            this.#setFilter({ kind: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="" ?selected=${!this.filter.kind}>${this.t('review.all')}</option>
            ${kinds.map((k) => html`<option value=${k} title=${k} ?selected=${this.filter.kind === k}>${eventKindName(k, this.locale)}</option>`)}
          </select>
        </label>
        <label class="inline" for=${id('w')}>
          <input id=${id('w')} type="checkbox" data-testid="timeline-warnings" .checked=${this.filter.warningsOnly ?? false}
            @change=${(e: Event) => this.#setFilter({ warningsOnly: (e.target as HTMLInputElement).checked })} />
          ${this.t('review.warningsOnly')}
        </label>
        <label for=${id('s')}>${this.t('review.search')}
          <input id=${id('s')} type="search" data-testid="timeline-search" .value=${this.filter.search ?? ''}
            @input=${(e: Event) => this.#setFilter({ search: (e.target as HTMLInputElement).value })} />
        </label>
      </div>
      <p class="count" data-testid="timeline-count" data-shown=${shown.length} data-total=${this.rows.length}>
        ${this.t('review.count', { shown: shown.length, total: this.rows.length, count: this.rows.length })}
      </p>
      <div class="scroller" data-testid="timeline-scroller" tabindex="-1" @scroll=${this.#onScroll}>
        <div class="spacer" style="height: ${win.total}px">
          <ul class="rows" role="list" aria-label=${this.t('review.rows')} style="transform: translateY(${win.offset}px)">
            ${shown.slice(win.start, win.end).map((row) => this.#row(row))}
          </ul>
        </div>
      </div>
      ${
        chosen
          ? html`<p class="count">${this.t('review.detail')} : #${chosen.event.seq} —
                <span data-testid="timeline-sentence">${describeEvent(chosen.event, this.locale)}</span></p>
              <details data-testid="timeline-details">
                <summary>${this.t('review.details')}</summary>
                <pre data-testid="timeline-detail">${JSON.stringify(chosen.event, null, 2)}</pre>
              </details>`
          : nothing
      }
    `;
  }

  #row(row: TimelineRow): TemplateResult {
    const { event } = row;
    return html`<li>
      <button
        type="button"
        class="row"
        data-testid="timeline-row"
        data-seq=${event.seq}
        data-event-id=${event.id}
        data-kind=${event.kind}
        data-warning=${row.warning ?? nothing}
        ?data-highlighted=${this.highlighted === event.id}
        @click=${() => {
          this.highlighted = event.id;
        }}
      >
        <span class="seq">#${event.seq}</span>
        <span class="time">${clock(event.elapsedMs)}</span>
        ${row.warning ? html`<span class="warning">⚠ ${warningName(this.locale, row.warning)}</span>` : nothing}
        <span class="kind" title=${event.kind}>${eventKindName(event.kind, this.locale)}</span>
        <span class="summary">${describeEvent(event, this.locale)}</span>
      </button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-review-timeline': GeReviewTimeline;
  }
}
