/**
 * One candidate's column: who and which bundle (its chain verified), the integrity warnings,
 * the check against the station's receipt, the questions, the fiche and the evidence timeline. A rule's evidence link
 * (`ge-review-reveal`) is answered here: the column scrolls its own timeline to the event.
 *
 * Rendered without a shadow root (in <ge-review>'s): `[data-testid=review-column]
 * [data-testid=…]` reaches every control of the column, as the README's hooks promise.
 */
import '../ge-fiche/index.ts';
import '../ge-question-time/index.ts';
import '../ge-review-question/index.ts';
import '../ge-review-timeline/index.ts';
import '../ge-station-check/index.ts';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import { GeElement } from '../../components/ge-element.ts';
import type { GeReviewTimeline } from '../ge-review-timeline/index.ts';
import { type ReviewKey, reviewMessages, warningName } from '../i18n.ts';
import type { ReviewEventMap } from '../review-events.ts';
import { type Column, criterionNames, LIVE_KEY, questionNumbers } from '../review-model.ts';
import { type WarningCode, warningCounts } from '../timeline.ts';

@customElement('ge-review-column')
export class GeReviewColumn extends GeElement<ReviewEventMap, ReviewKey> {
  @property({ attribute: false }) column: Column | undefined;
  /** What finalising still needs (empty when nothing was refused). */
  @property() missing = '';
  /** This column's fiche is being printed (the print view shows it). */
  @property({ type: Boolean }) printing = false;

  protected override translator(locale: Locale): Translator<ReviewKey> {
    return reviewMessages(locale);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('ge-review-reveal', this.#reveal);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('ge-review-reveal', this.#reveal);
    super.disconnectedCallback();
  }

  #reveal = async (event: ReviewEventMap['ge-review-reveal']): Promise<void> => {
    const timeline = this.querySelector<GeReviewTimeline>('ge-review-timeline');
    timeline?.scrollIntoView({ block: 'nearest' });
    await timeline?.reveal(event.detail.eventId);
  };

  override render(): TemplateResult | typeof nothing {
    const column = this.column;
    if (!column) return nothing;
    const a = column.assessment;
    const number = a.candidate.number;
    const warned = Object.entries(warningCounts(column.rows)) as [WarningCode, number][];
    const id = (name: string) => `${column.key}-${name}`;
    return html`<article class="column" data-testid="review-column" data-key=${column.key} data-candidate=${number}
      data-status=${a.status} ?data-printing=${this.printing} aria-labelledby=${id('title')}>
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
          @click=${() => this.emit('ge-review-close', { key: column.key })}>✕</button>
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
      <ge-station-check .locale=${this.locale} .bundle=${column.bundle}></ge-station-check>
      <section aria-labelledby=${id('questions')}>
        <h3 id=${id('questions')}>${this.t('review.questions')}</h3>
        ${repeat(
          a.questions,
          (q) => q.questionId,
          (q) =>
            html`<ge-review-question .locale=${this.locale} .column=${column} .question=${q}></ge-review-question>`,
        )}
      </section>
      <section aria-labelledby=${id('time')}>
        <h3 id=${id('time')}>${this.t('review.questionTime')}</h3>
        <ge-question-time .locale=${this.locale} .events=${column.bundle.events}
          .questions=${questionNumbers(column)}></ge-question-time>
      </section>
      <ge-fiche .locale=${this.locale} .column=${column} .missing=${this.missing}></ge-fiche>
      <section aria-labelledby=${id('timeline')}>
        <h3 id=${id('timeline')}>${this.t('review.timeline')}</h3>
        <ge-review-timeline .locale=${this.locale} .rows=${column.rows} .evaluation=${column.evaluation}
          .columnKey=${column.key} .criterionNames=${criterionNames(column)}></ge-review-timeline>
      </section>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-review-column': GeReviewColumn;
  }
}
