import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import { LEVELS, percentText } from '../../../../shared/rules/agreement.ts';
import type { Level } from '../../../../shared/schema/common.ts';
import { downloadText } from '../../app/download.ts';
import { GeElement } from '../../components/ge-element.ts';
import type { GeEventMap } from '../../events.ts';
import {
  type Calibration,
  calibrate,
  type LabelledRecording,
  labelledText,
  readLabelled,
} from '../../models/calibration.ts';
import { type CalibrationKey, calibrationMessages } from '../i18n.ts';
import styles from './ge-calibration.styles.ts';

/** The subject whose rules are calibrated: the draft as it is being edited. */
export interface CalibrationSubject {
  name: string;
  draft: unknown;
}

/**
 * Calibration, a workspace view of the designer: labelled sessions are opened (`open-labelled`),
 * the examiner's level of each question can be set or corrected here, and the subject's rules,
 * as they stand in the editor, are compared with those levels: exact agreement
 * (`agreement-exact`), within one level (`agreement-within-one`), the confusion by level, and
 * for each disagreement the rules that made it. Labels are saved as `.temoin-labelled.json`.
 */
@customElement('ge-calibration')
export class GeCalibration extends GeElement<GeEventMap, CalibrationKey> {
  static override styles = styles;

  @property({ attribute: false }) subject: CalibrationSubject | undefined;
  @state() private labelled: readonly LabelledRecording[] = [];
  @state() private refusals: readonly string[] = [];

  #memo: { draft: unknown; labelled: readonly LabelledRecording[]; result: Calibration } | undefined;

  protected override translator(locale: Locale): Translator<CalibrationKey> {
    return calibrationMessages(locale);
  }

  /** Recomputed only when the rules or the labels change. */
  get calibration(): Calibration | undefined {
    const draft = this.subject?.draft;
    if (draft === undefined || this.labelled.length === 0) return undefined;
    const memo = this.#memo;
    if (memo && memo.draft === draft && memo.labelled === this.labelled) return memo.result;
    const result = calibrate(draft, '', this.labelled);
    this.#memo = { draft, labelled: this.labelled, result };
    return result;
  }

  /** Opens labelled files (also used by tests and by drag and drop from the app). */
  async open(files: readonly File[]): Promise<void> {
    const added: LabelledRecording[] = [];
    const refusals: string[] = [];
    for (const file of files) {
      const outcome = await readLabelled(file.name, await file.text());
      if (outcome.ok) added.push(outcome.labelled);
      else {
        const first = outcome.problems[0];
        const reason = first ? (this.locale === 'fr' ? first.fr : first.en) : '';
        refusals.push(this.t('calibration.refused', { file: file.name, reason }));
      }
    }
    const kept = this.labelled.filter((item) => !added.some((a) => a.name === item.name));
    this.labelled = [...kept, ...added];
    this.refusals = refusals;
  }

  override render(): TemplateResult {
    const result = this.calibration;
    return html`<h2>${this.t('calibration.title')}</h2>
      <p class="help">${this.t('calibration.help')}</p>
      <div class="actions">
        <input
          id="open-labelled"
          class="visually-hidden"
          type="file"
          multiple
          data-testid="open-labelled"
          accept=".json,application/json"
          @change=${this.#onFiles}
        />
        <label for="open-labelled" class="button secondary">
          <span class="codicon codicon-folder-opened" aria-hidden="true"></span>${this.t('calibration.open')}
        </label>
        <span role="status" data-testid="calibration-status"
          >${this.labelled.length ? this.t('calibration.opened', { count: this.labelled.length }) : ''}</span
        >
      </div>
      ${this.refusals.map((text) => html`<p class="refused" role="alert" data-testid="calibration-refused">${text}</p>`)}
      ${
        !this.subject
          ? html`<p data-testid="calibration-no-subject">${this.t('calibration.noSubject')}</p>`
          : this.labelled.length === 0
            ? html`<p>${this.t('calibration.empty')}</p>`
            : nothing
      }
      ${result ? this.#figures(result) : nothing} ${result ? this.#rows(result) : nothing}`;
  }

  #figures(result: Calibration): TemplateResult {
    const { agreement } = result;
    return html`<div class="figures">
        <div class="figure">
          ${this.t('calibration.exact')}
          <strong data-testid="agreement-exact">${percentText(agreement.exactShare)}</strong>
          ${this.t('calibration.rows', { count: agreement.rows })}
        </div>
        <div class="figure">
          ${this.t('calibration.withinOne')}
          <strong data-testid="agreement-within-one">${percentText(agreement.withinOneShare)}</strong>
        </div>
      </div>
      ${result.unlabelled ? html`<p>${this.t('calibration.unlabelled', { count: result.unlabelled })}</p>` : nothing}
      <table data-testid="agreement-confusion">
        <caption>${this.t('calibration.confusion')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('calibration.examiner')}</th>
            ${LEVELS.map((level) => html`<th scope="col">${level}</th>`)}
            <th scope="col">${this.t('calibration.none')}</th>
          </tr>
        </thead>
        <tbody>
          ${LEVELS.map(
            (expected) => html`<tr>
              <th scope="row">${expected}</th>
              ${[...LEVELS, 'none' as const].map(
                (suggested) =>
                  html`<td data-expected=${expected} data-suggested=${suggested}>${agreement.confusion[expected][suggested]}</td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  #rows(result: Calibration): TemplateResult {
    const byKey = new Map(result.rows.map((row) => [`${row.sessionId}\u0000${row.questionId}`, row]));
    const questionIds = [...new Set(result.rows.map((row) => row.questionId))];
    return html`<table data-testid="calibration-rows">
      <thead>
        <tr>
          <th scope="col">${this.t('calibration.session')}</th>
          <th scope="col">${this.t('calibration.question')}</th>
          <th scope="col">${this.t('calibration.label')}</th>
          <th scope="col">${this.t('calibration.suggested')}</th>
          <th scope="col">${this.t('calibration.why')}</th>
        </tr>
      </thead>
      <tbody>
        ${this.labelled.map((item) =>
          this.#questionIdsOf(item, questionIds).map((questionId, i) => {
            const row = byKey.get(`${item.id}\u0000${questionId}`);
            const agrees = row ? row.expected === row.suggested : true;
            return html`<tr
              data-testid="calibration-row"
              data-session=${item.id}
              data-question-id=${questionId}
              data-agrees=${String(agrees)}
            >
              ${i === 0 ? html`<th scope="row">${item.id} ${this.#save(item)}</th>` : html`<td></td>`}
              <td>${row?.questionTitle || questionId}</td>
              <td>${this.#labelSelect(item, questionId)}</td>
              <td class="suggested">${row ? (row.suggested ?? this.t('calibration.none')) : this.t('calibration.noLabel')}</td>
              <td>
                ${
                  row && row.differences.length > 0
                    ? html`<ul class="why">${row.differences.map((title) => html`<li>${title}</li>`)}</ul>`
                    : row && agrees
                      ? this.t('calibration.agrees')
                      : nothing
                }
              </td>
            </tr>`;
          }),
        )}
      </tbody>
    </table>`;
  }

  /** The subject's questions, so an unlabelled one can be labelled here too. */
  #questionIdsOf(item: LabelledRecording, labelledIds: readonly string[]): string[] {
    const questions =
      (this.subject?.draft as { questions?: { id?: unknown }[] } | undefined)?.questions ?? [];
    const ids = questions.map((q) => (typeof q.id === 'string' ? q.id : '')).filter(Boolean);
    return ids.length > 0 ? ids : [...new Set([...labelledIds, ...Object.keys(item.labels)])];
  }

  #labelSelect(item: LabelledRecording, questionId: string): TemplateResult {
    const current = item.labels[questionId] ?? '';
    return html`<select
      data-testid="calibration-label"
      aria-label=${this.t('calibration.labelOf', { session: item.id, question: questionId })}
      @change=${(event: Event) => this.#setLabel(item, questionId, (event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${current === ''}>${this.t('calibration.noLabel')}</option>
      ${LEVELS.map((level) => html`<option value=${level} ?selected=${current === level}>${level}</option>`)}
    </select>`;
  }

  #save(item: LabelledRecording): TemplateResult {
    return html`<button
      class="icon-button"
      data-testid="calibration-save"
      title=${this.t('calibration.save', { id: item.id })}
      aria-label=${this.t('calibration.save', { id: item.id })}
      @click=${() => void downloadText(`${item.id}.temoin-labelled.json`, labelledText(item))}
    >
      <span class="codicon codicon-save" aria-hidden="true"></span>
    </button>`;
  }

  #setLabel(item: LabelledRecording, questionId: string, value: string): void {
    const labels = { ...item.labels };
    if ((LEVELS as readonly string[]).includes(value)) labels[questionId] = value as Level;
    else delete labels[questionId];
    this.labelled = this.labelled.map((other) => (other === item ? { ...item, labels } : other));
  }

  #onFiles = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) void this.open(files);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-calibration': GeCalibration;
  }
}
