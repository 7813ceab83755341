/**
 * When the candidate worked on each question (review/question-time.ts): one lane per
 * question, its spans drawn on the session's time axis, and the total beside it — also said
 * in text for screen readers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import type { CaptureEvent } from '../../../../shared/schema/index.ts';
import { GeElement } from '../../components/ge-element.ts';
import { type ReviewKey, reviewMessages } from '../i18n.ts';
import { minutes, type QuestionTime, questionTime } from '../question-time.ts';
import type { ReviewEventMap } from '../review-events.ts';
import styles from './ge-question-time.styles.ts';

@customElement('ge-question-time')
export class GeQuestionTime extends GeElement<ReviewEventMap, ReviewKey> {
  static override styles = styles;

  @property({ attribute: false }) events: readonly CaptureEvent[] = [];
  /** The subject's questions, in order, with their numbers. */
  @property({ attribute: false }) questions: readonly { id: string; number: number }[] = [];

  #for: readonly CaptureEvent[] | undefined;
  #time: QuestionTime | undefined;

  protected override translator(locale: Locale): Translator<ReviewKey> {
    return reviewMessages(locale);
  }

  get time(): QuestionTime {
    if (this.#for !== this.events || !this.#time) {
      this.#time = questionTime(this.events);
      this.#for = this.events;
    }
    return this.#time;
  }

  override render(): TemplateResult {
    const time = this.time;
    const total = Math.max(1, time.durationMs);
    if (time.spans.length === 0) return html`<p class="hint">${this.t('review.noQuestionTime')}</p>`;
    return html`<ul class="lanes" data-testid="question-time">
        ${this.questions.map((q) => {
          const ms = time.totals.get(q.id) ?? 0;
          const label = this.t('review.questionTimeRow', { number: q.number, time: minutes(ms) });
          return html`<li class="lane" data-testid="question-time-row" data-question-id=${q.id} data-ms=${ms}
            aria-label=${label}>
            <span aria-hidden="true">Q${q.number}</span>
            <span class="track" aria-hidden="true">${time.spans
              .filter((s) => s.questionId === q.id)
              .map(
                (s) =>
                  html`<span class="span" style="left: ${(s.startMs / total) * 100}%; width: ${((s.endMs - s.startMs) / total) * 100}%"></span>`,
              )}</span>
            <span class="total" aria-hidden="true">${minutes(ms)}</span>
          </li>`;
        })}
      </ul>
      ${
        time.durationMs > 0
          ? html`<div class="axis" aria-hidden="true"><span>0</span><span>${minutes(time.durationMs)}</span></div>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-question-time': GeQuestionTime;
  }
}
