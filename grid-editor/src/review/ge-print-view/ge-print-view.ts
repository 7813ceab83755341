/**
 * The print view: the fiches d'évaluation of the open candidates (up to the three of a
 * commission), one `fiche-page` each, laid out as the national circular's sheet — or their
 * « relevé de preuves », the evidence summary that may carry Témoin's suggestions and the
 * chain head. The fiche never carries a suggestion: it is the examiners' word only.
 *
 * Rendered without a shadow root (in <ge-review>'s), which prints only this view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { conditionLines, examConditions } from '../../../../shared/assessment/exam-conditions.ts';
import { type FicheSheet, ficheSheet } from '../../../../shared/assessment/fiche-sheet.ts';
import { describeEvent } from '../../../../shared/evidence/describe.ts';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import { GeElement } from '../../components/ge-element.ts';
import { type ReviewKey, reviewMessages, warningName } from '../i18n.ts';
import { minutes, questionTime } from '../question-time.ts';
import type { ReviewEventMap } from '../review-events.ts';
import type { Column } from '../review-model.ts';
import { type WarningCode, warningCounts } from '../timeline.ts';

export type PrintMode = 'fiches' | 'evidence';

/** Evidence events quoted per rule in the summary; the rest is counted. */
const EVIDENCE_PER_RULE = 3;

@customElement('ge-print-view')
export class GePrintView extends GeElement<ReviewEventMap, ReviewKey> {
  @property({ attribute: false }) columns: readonly Column[] = [];
  @property() mode: PrintMode = 'fiches';

  protected override translator(locale: Locale): Translator<ReviewKey> {
    return reviewMessages(locale);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render(): TemplateResult {
    const fiches = this.mode === 'fiches';
    return html`<section class="print-view" data-testid="print-view" data-mode=${this.mode}
      aria-label=${this.t(fiches ? 'print.fichesTitle' : 'print.evidenceTitle')}>
      <div class="toolbar">
        <strong>${this.t(fiches ? 'print.fichesTitle' : 'print.evidenceTitle')}</strong>
        <span class="hint">${this.t('print.pages', { count: this.columns.length })}</span>
        <button type="button" class="primary" data-testid="print-now" @click=${() => window.print()}>${this.t('print.print')}</button>
        <button type="button" data-testid="print-close" @click=${() => this.emit('ge-review-print-close', {})}>${this.t('print.close')}</button>
      </div>
      ${
        fiches
          ? html`<div data-testid="print-fiche-content">${this.columns.map((column) => this.#fiche(column))}</div>`
          : this.columns.map((column) => this.#evidence(column))
      }
    </section>`;
  }

  #fiche(column: Column): TemplateResult {
    const pkg = column.bundle.subjectPackage;
    const sheet: FicheSheet = ficheSheet(column.assessment, {
      ...(pkg ? { grid: pkg.grid, subject: pkg.subject } : {}),
      locale: 'fr',
    });
    const field = (id: string) => sheet.fields.find((f) => f.id === id);
    const cell = (id: string) => {
      const f = field(id);
      return f ? html`<td class="label">${f.label}</td><td data-field=${f.id}>${f.value}</td>` : nothing;
    };
    return html`<article class="sheet" data-testid="fiche-page" data-candidate=${column.assessment.candidate.number}
      lang="fr">
      ${sheet.heading.slice(0, -1).map((line) => html`<p class="heading">${line}</p>`)}
      <h1>${sheet.heading.at(-1)}</h1>
      <table class="identity">
        <tr>${cell('lastName')}${cell('firstName')}</tr>
        <tr>${cell('candidateNumber')}${cell('commission')}</tr>
        <tr>${cell('cms')}${cell('subjectLetter')}</tr>
      </table>
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">Critères d’évaluation</th>
            ${sheet.levels.map((l) => html`<th scope="col" class="level" title=${l.label}>${l.id}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${sheet.sections.map(
            (
              section,
            ) => html`<tr class="competence"><th colspan=${sheet.levels.length + 1}>${section.competence}</th></tr>
              ${section.subCompetences.map(
                (sub) => html`<tr class="sub"><th colspan=${sheet.levels.length + 1}>${sub.label}</th></tr>
                  ${sub.criteria.map(
                    (c) => html`<tr data-criterion=${c.id} data-tick=${c.tick ?? ''}>
                      <td>${c.id} — ${c.label}</td>
                      ${sheet.levels.map(
                        (l) =>
                          html`<td class="tick" aria-label=${`${c.id} ${l.label}${c.tick === l.id ? ' : coché' : ''}`}>${
                            c.tick === l.id ? 'X' : ''
                          }</td>`,
                      )}
                    </tr>`,
                  )}`,
              )}`,
          )}
        </tbody>
      </table>
      <p class="small">${sheet.levels.map((l) => `${l.id} : ${l.label}`).join(' · ')}</p>
      ${this.#conditions(column, 'fiche-conditions')}
      <div class="box"><span class="box-label">${sheet.appreciationLabel}</span>${sheet.appreciation}</div>
      <div class="row">
        <p><span class="box-label">${sheet.markLabel}</span><span class="mark" data-testid="fiche-mark">${sheet.mark || '….'}/20</span></p>
        <p><span class="box-label">${sheet.dateLabel}</span><span data-testid="fiche-date">${sheet.date}</span></p>
      </div>
      <div class="box signatures"><span class="box-label">${sheet.examinersLabel}</span>${sheet.examiners}</div>
    </article>`;
  }

  /** Extra time and pauses, from the chained events: the circular wants incidents on the sheet. */
  #conditions(column: Column, testid: string): TemplateResult {
    const lines = conditionLines(examConditions(column.bundle.events), column.bundle.session.durationMinutes);
    return html`<div class="box conditions" data-testid=${testid} lang="fr">
      <span class="box-label">Aménagements de temps et incidents</span>
      <ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>
    </div>`;
  }

  #evidence(column: Column): TemplateResult {
    const a = column.assessment;
    const subject = column.bundle.subjectPackage?.subject;
    const locale = this.locale;
    const time = questionTime(column.bundle.events);
    const byId = new Map(column.bundle.events.map((e) => [e.id, e]));
    const warned = Object.entries(warningCounts(column.rows)) as [WarningCode, number][];
    return html`<article class="sheet" data-testid="evidence-page" data-candidate=${a.candidate.number}>
      <h1>${this.t('print.evidenceTitle')}</h1>
      <p class="small">${this.t('print.evidenceNote')}</p>
      <table class="identity">
        <tr><td class="label">${this.t('review.number')}</td><td>${a.candidate.number}</td>
          <td class="label">${this.t('review.commission')}</td><td>${a.commission ?? ''}</td></tr>
        <tr><td class="label">${this.t('review.subject')}</td><td>${a.subject.cms} · ${a.subject.letter ?? ''}</td>
          <td class="label">${this.t('review.date')}</td><td>${this.format.date(a.date)}</td></tr>
      </table>
      <p>${this.t('print.chain', { count: column.bundle.events.length })}<br /><code data-testid="evidence-chain-head">${column.bundle.chain.head}</code></p>
      <p>${
        warned.length === 0
          ? this.t('review.noWarning')
          : `${this.t('review.warnings')} : ${warned.map(([code, n]) => `${warningName(locale, code)} (${n})`).join(', ')}`
      }</p>
      ${this.#conditions(column, 'evidence-conditions')}
      <table>
        <thead><tr><th>Question</th><th>${this.t('review.suggestion')}</th><th>${this.t('review.level')}</th><th>${this.t('print.time')}</th></tr></thead>
        <tbody>
          ${a.questions.map((q) => {
            const result = column.evaluation?.questions.find((r) => r.questionId === q.questionId);
            const number = subject?.questions.find((s) => s.id === q.questionId)?.number;
            return html`<tr>
              <td>Q${number ?? ''} — ${subject?.questions.find((s) => s.id === q.questionId)?.title ?? q.questionId}</td>
              <td>${result?.level ?? '—'}</td><td>${q.level ?? '—'}</td>
              <td>${minutes(time.totals.get(q.questionId) ?? 0)}</td>
            </tr>
            ${
              result
                ? html`<tr><td colspan="4"><ul>
                    ${result.rules.map(
                      (
                        rule,
                      ) => html`<li>${rule.satisfied ? '✓' : '✗'} ${rule.title} (${rule.count}/${rule.atLeast})
                        ${
                          rule.events.length > 0
                            ? html`<ul>${rule.events.slice(0, EVIDENCE_PER_RULE).map((ref) => {
                                const event = byId.get(ref.id);
                                return html`<li>#${ref.seq} — ${event ? describeEvent(event, locale) : ''}</li>`;
                              })}${
                                rule.events.length > EVIDENCE_PER_RULE
                                  ? html`<li>${this.t('print.more', { count: rule.events.length - EVIDENCE_PER_RULE })}</li>`
                                  : nothing
                              }</ul>`
                            : nothing
                        }</li>`,
                    )}
                  </ul></td></tr>`
                : nothing
            }`;
          })}
        </tbody>
      </table>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-print-view': GePrintView;
  }
}
