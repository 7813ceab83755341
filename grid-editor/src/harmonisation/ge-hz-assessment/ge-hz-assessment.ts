import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { eventLine } from '../../../../shared/evidence/describe.ts';
import { formatNumber } from '../../../../shared/harmonisation/format.ts';
import type { Entry, EntryQuestion } from '../../../../shared/harmonisation/report.ts';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import type { CaptureEvent } from '../../../../shared/schema/event.ts';
import { GeElement } from '../../components/ge-element.ts';
import type { HzEventMap } from '../hz-events.ts';
import { countOf, flagKindName, type HzKey, hzMessages } from '../i18n.ts';
import styles from './ge-hz-assessment.styles.ts';

/** Events listed per question; the rest is counted. */
const MAX_EVENTS = 200;

/**
 * One assessment in full, reached from a flag: the fiche (examiner, subject, candidate, mark,
 * appraisal), its flags, its levels per question beside the suggestions and comments, the
 * examiner's notes and — when its bundle was imported — the evidence of each question: the
 * rules evaluated again on the events, and the events themselves, as plain text.
 *
 * @fires hz-close - the « Close » button or Escape.
 */
@customElement('ge-hz-assessment')
export class GeHzAssessment extends GeElement<HzEventMap, HzKey> {
  protected override translator(locale: Locale): Translator<HzKey> {
    return hzMessages(locale);
  }

  static override styles = styles;

  @property({ attribute: false }) entry: Entry | undefined;
  /** The host can fetch the station's copy of the evidence: offer it when no bundle is loaded. */
  @property({ type: Boolean, attribute: 'station-evidence' }) stationEvidence = false;
  /** Renders every evidence section open (printing). */
  @property({ type: Boolean }) expanded = false;

  /** Moves the keyboard focus to the heading, so a screen reader starts here. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  override render(): TemplateResult | typeof nothing {
    const entry = this.entry;
    if (!entry) return nothing;
    const a = entry.assessment;
    const n = (value: number) => formatNumber(value, this.locale);
    const none = this.t('detail.none');
    return html`<article
      aria-labelledby="detail-title"
      data-assessment-id=${entry.id}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') this.#close();
      }}
    >
      <header>
        <h3 id="detail-title" tabindex="-1">${this.t('detail.title', { candidate: entry.candidate })}</h3>
        <button type="button" class="button secondary no-print" data-testid="detail-close" @click=${this.#close}>
          <span class="codicon codicon-close" aria-hidden="true"></span>${this.t('detail.close')}
        </button>
      </header>
      <dl>
        <dt>${this.t('detail.examiner')}</dt>
        <dd>${entry.examiner}</dd>
        <dt>${this.t('detail.subject')}</dt>
        <dd>${entry.subjectLabel}</dd>
        <dt>${this.t('detail.date')}</dt>
        <dd><time datetime=${a.date}>${this.format.date(a.date)}</time></dd>
        <dt>${this.t('detail.commission')}</dt>
        <dd>${a.commission ?? none}</dd>
        <dt>${this.t('detail.status')}</dt>
        <dd>${a.status === 'final' ? this.t('detail.final') : this.t('detail.draft')}</dd>
        <dt>${this.t('detail.mark')}</dt>
        <dd data-testid="detail-mark">${a.mark === null ? none : `${n(a.mark)}/20`}</dd>
        <dt>${this.t('detail.suggestedMark')}</dt>
        <dd>${a.suggestedMark === null ? none : `${n(a.suggestedMark)}/20`}</dd>
        <dt>${this.t('detail.expected')}</dt>
        <dd>
          ${entry.expected ? `${n(entry.expected.value)}/20 (${n(entry.expected.low)}–${n(entry.expected.high)})` : none}
        </dd>
        <dt>${this.t('detail.appreciation')}</dt>
        <dd class="text" data-testid="detail-appreciation">${a.appreciation || none}</dd>
      </dl>
      ${
        entry.flags.length
          ? html`<section aria-labelledby="detail-flags">
              <h4 id="detail-flags">${this.t('detail.flags')}</h4>
              <ul class="flags">
                ${entry.flags.map(
                  (flag) =>
                    html`<li data-flag-kind=${flag.kind}>
                      <span class="badge">${flagKindName(this.locale, flag.kind)}</span> ${flag.reason[this.locale]}
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
      ${this.#questions(entry)} ${this.#notes(entry)} ${this.#evidence(entry)}
    </article>`;
  }

  #questions(entry: Entry): TemplateResult {
    const none = this.t('detail.none');
    return html`<table data-testid="detail-questions">
      <caption>${this.t('detail.questions')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t('detail.question')}</th>
          <th scope="col">${this.t('detail.criteria')}</th>
          <th scope="col">${this.t('detail.level')}</th>
          <th scope="col">${this.t('detail.suggested')}</th>
          <th scope="col">${this.t('detail.comment')}</th>
        </tr>
      </thead>
      <tbody>
        ${entry.questions.map(
          (q) => html`<tr data-testid="detail-question" data-question-id=${q.questionId}>
            <th scope="row">${q.label}${q.title ? html` <span class="muted">${q.title}</span>` : nothing}</th>
            <td>${q.criteria?.join(', ') ?? none}</td>
            <td class=${q.level && q.suggested && q.level !== q.suggested ? 'differs' : ''}>${q.level ?? none}</td>
            <td>
              ${q.suggested ?? none}${
                q.suggestedFrom === 'evidence'
                  ? html` <span class="muted">(${this.t('detail.fromEvidence')})</span>`
                  : nothing
              }
            </td>
            <td class="text">${q.comment || none}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #notes(entry: Entry): TemplateResult | typeof nothing {
    const notes = entry.assessment.notes;
    if (notes.length === 0) return nothing;
    return html`<section aria-labelledby="detail-notes">
      <h4 id="detail-notes">${this.t('detail.notes')}</h4>
      <ul class="flags">
        ${notes.map(
          (note) =>
            html`<li class="text">${note.at.slice(11, 16)} — ${note.question}${note.answer ? ` → ${note.answer}` : ''}</li>`,
        )}
      </ul>
    </section>`;
  }

  #evidence(entry: Entry): TemplateResult {
    const bundle = entry.bundle;
    return html`<section aria-labelledby="detail-evidence" data-testid="detail-evidence">
      <h4 id="detail-evidence">${this.t('detail.evidence')}</h4>
      ${
        bundle
          ? html`<p class="muted">${this.t('detail.chain', { count: countOf(this.locale, bundle.events.length, 'event') })}</p>
              ${entry.questions.map((q) => this.#questionEvidence(q, bundle.events))}`
          : this.stationEvidence
            ? html`<p class="muted" data-testid="no-bundle">${this.t('detail.noBundleStation')}</p>
                <button
                  type="button"
                  class="button no-print"
                  data-testid="load-station-evidence"
                  @click=${() => this.emit('hz-load-evidence', { sessionId: entry.assessment.bundle.sessionId })}
                >
                  <span class="codicon codicon-cloud-download" aria-hidden="true"></span>${this.t('detail.loadStation')}
                </button>`
            : html`<p class="muted" data-testid="no-bundle">${this.t('detail.noBundle')}</p>`
      }
    </section>`;
  }

  #questionEvidence(q: EntryQuestion, events: readonly CaptureEvent[]): TemplateResult {
    const evidenceIds = new Set(q.evaluation?.eventIds ?? []);
    const own = events.filter((event) => event.questionId === q.questionId || evidenceIds.has(event.id));
    const shown = own.slice(0, MAX_EVENTS);
    const evaluation = q.evaluation;
    return html`<details ?open=${this.expanded || own.length <= 12} data-question-id=${q.questionId}>
      <summary>${q.label}${q.title ? ` — ${q.title}` : ''} · ${this.t('detail.events', { count: countOf(this.locale, own.length, 'event') })}</summary>
      ${
        evaluation
          ? html`<p>${this.t('detail.engineLevel', { level: evaluation.level ?? this.t('detail.none') })}</p>
              ${this.locale === 'fr' && evaluation.explanation ? html`<p class="muted text">${evaluation.explanation}</p>` : nothing}
              ${
                evaluation.rules.length
                  ? html`<ul class="rules" aria-label=${this.t('detail.rules')}>
                      ${evaluation.rules.map(
                        (rule) =>
                          html`<li>
                            <span class=${rule.satisfied ? 'met' : 'missed'}
                              >${rule.satisfied ? this.t('detail.ruleMet') : this.t('detail.ruleMissed')}</span
                            >
                            — <span class="text">${rule.title}</span> (${rule.count}/${rule.atLeast})
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }`
          : nothing
      }
      ${
        own.length === 0
          ? html`<p class="muted">${this.t('detail.noEvents')}</p>`
          : html`<ol class="events">
              ${shown.map(
                (event) =>
                  html`<li data-testid="evidence-event" title=${event.kind} class=${evidenceIds.has(event.id) ? 'evidence' : ''}>${eventLine(event, this.locale)}</li>`,
              )}
            </ol>
            ${own.length > shown.length ? html`<p class="muted">${this.t('detail.more', { count: own.length - shown.length })}</p>` : nothing}`
      }
    </details>`;
  }

  #close = (): void => {
    this.emit('hz-close', {});
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-hz-assessment': GeHzAssessment;
  }
}
