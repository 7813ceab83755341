/**
 * The fiche d'évaluation of one candidate, as the examiner fills it in: identity, commission,
 * date, mark (with the points helper's proposal), appréciation, examiner, then « Finalise »,
 * the assessment's export and its printing. Every edit is a `ge-review-change` event.
 *
 * Rendered without a shadow root (in <ge-review>'s) so the documented hooks (`mark`,
 * `appreciation`, `export-assessment`) stay reachable under `[data-testid=review-column]`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import type { Assessment } from '../../../../shared/schema/index.ts';
import { GeElement } from '../../components/ge-element.ts';
import { type ReviewKey, reviewMessages } from '../i18n.ts';
import type { ReviewEventMap } from '../review-events.ts';
import { type Column, pointsMethod, readMark } from '../review-model.ts';

@customElement('ge-fiche')
export class GeFiche extends GeElement<ReviewEventMap, ReviewKey> {
  @property({ attribute: false }) column: Column | undefined;
  /** What finalising still needs, said to the examiner (set by <ge-review> after a refusal). */
  @property() missing = '';

  protected override translator(locale: Locale): Translator<ReviewKey> {
    return reviewMessages(locale);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  #set(change: (a: Assessment) => Assessment): void {
    if (this.column) this.emit('ge-review-change', { key: this.column.key, change });
  }

  #text(
    name: string,
    testId: string,
    label: ReviewKey,
    value: string,
    apply: (v: string) => (a: Assessment) => Assessment,
  ): TemplateResult {
    const final = this.column?.assessment.status === 'final';
    const id = `${this.column?.key}-f-${name}`;
    return html`<label for=${id}>${this.t(label)}
      <input id=${id} data-testid=${testId} .value=${value} ?disabled=${final}
        @change=${(e: Event) => this.#set(apply((e.target as HTMLInputElement).value))} /></label>`;
  }

  override render(): TemplateResult | typeof nothing {
    const column = this.column;
    if (!column) return nothing;
    const a = column.assessment;
    const final = a.status === 'final';
    const key = column.key;
    const id = (name: string) => `${key}-f-${name}`;
    return html`<section class="fiche" data-testid="fiche" aria-labelledby=${id('title')}>
      <h3 id=${id('title')}>${this.t('review.fiche')}</h3>
      <div class="row-fields">
        ${this.#text(
          'last',
          'candidate-last-name',
          'review.lastName',
          a.candidate.lastName ?? '',
          (v) => (x) => ({
            ...x,
            candidate: { ...x.candidate, lastName: v.trim() },
          }),
        )}
        ${this.#text(
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
        ${this.#text('commission', 'commission', 'review.commission', a.commission ?? '', (v) => (x) => {
          const { commission: _c, ...rest } = x;
          return v.trim() ? { ...rest, commission: v.trim().slice(0, 40) } : rest;
        })}
        <label for=${id('date')}>${this.t('review.date')}
          <input id=${id('date')} type="date" data-testid="date" .value=${a.date} ?disabled=${final}
            @change=${(e: Event) => {
              const v = (e.target as HTMLInputElement).value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(v)) this.#set((x) => ({ ...x, date: v }));
            }} /></label>
        <p data-testid="fiche-subject">${this.t('review.subject')} : ${a.subject.cms} · ${a.subject.letter ?? ''} (${a.subject.id})</p>
      </div>
      <div class="row-fields">
        <label for=${id('mark')}>${this.t('review.mark')}
          <input id=${id('mark')} data-testid="mark" inputmode="decimal" size="5" ?disabled=${final}
            .value=${a.mark === null ? '' : String(a.mark)}
            @change=${(e: Event) => {
              const mark = readMark((e.target as HTMLInputElement).value);
              this.#set((x) => ({ ...x, mark }));
            }} /></label>
        ${
          a.suggestedMark !== null
            ? html`<p data-testid="suggested-mark" data-value=${a.suggestedMark}>
                ${this.t('review.suggestedMark', { mark: a.suggestedMark })}
                ${
                  final
                    ? nothing
                    : html`<button type="button" data-testid="use-suggested-mark"
                        @click=${() => this.#set((x) => ({ ...x, mark: x.suggestedMark }))}>${this.t('review.useMark')}</button>`
                }
              </p>`
            : nothing
        }
      </div>
      <p class="hint" data-testid="points-method">${pointsMethod(this.locale)}</p>
      <label for=${id('appr')}>${this.t('review.appreciation')}
        <textarea id=${id('appr')} data-testid="appreciation" ?disabled=${final} .value=${a.appreciation}
          @change=${(e: Event) => this.#set((x) => ({ ...x, appreciation: (e.target as HTMLTextAreaElement).value }))}></textarea>
      </label>
      <div class="row-fields">
        ${this.#text('examiner', 'fiche-examiner', 'review.examiner', a.examiner.name, (v) => (x) => ({
          ...x,
          examiner: { name: v.trim() || x.examiner.name },
        }))}
        <p>${this.t('review.status')} : <strong data-testid="assessment-status" data-status=${a.status}>${this.t(
          final ? 'review.final' : 'review.draft',
        )}</strong></p>
      </div>
      ${this.missing ? html`<p class="alert error" role="alert" data-testid="finalise-missing">${this.missing}</p>` : nothing}
      ${
        final
          ? html`<p class="meta">${this.t('review.chainHead')} : <code data-testid="assessment-chain-head">${a.bundle.chainHead}</code></p>
              <p class="meta">${this.t('review.hash')} : <code data-testid="assessment-hash">${a.hash}</code></p>`
          : nothing
      }
      <div class="toolbar">
        ${final ? nothing : html`<button type="button" class="primary" data-testid="finalise" @click=${() => this.emit('ge-review-finalise', { key })}>${this.t('review.finalise')}</button>`}
        <button type="button" data-testid="export-assessment" @click=${() => this.emit('ge-review-export-assessment', { key })}>${this.t('review.exportAssessment')}</button>
        <button type="button" data-testid="print-fiche" @click=${() => this.emit('ge-review-print', { key })}>${this.t('review.print')}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-fiche': GeFiche;
  }
}
