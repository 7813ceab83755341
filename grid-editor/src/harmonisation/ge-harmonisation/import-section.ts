/**
 * The harmonisation view's import section: the file control, the progress while files are
 * read, what is loaded (assessments, examiners, bundles, subjects), the duplicates set aside
 * and every file refused with its problems in words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HarmonisationSet } from '../../../../shared/harmonisation/collection.ts';
import type { Report } from '../../../../shared/harmonisation/report.ts';
import type { Problem } from '../../../../shared/schema/problems.ts';
import { countOf } from '../i18n.ts';
import type { HzText } from './hz-view.ts';

export interface ImportState {
  set: HarmonisationSet;
  /** Null while files are read: the report waits for the end. */
  report: Report | null;
  progress: { done: number; total: number } | null;
  lastImport: { added: number; rejected: number; duplicates: number } | null;
  onFilesChosen(event: Event): void;
  onClear(): void;
}

const problemText = (view: HzText, p: Problem): TemplateResult =>
  html`<span class="path">${p.path || '(document)'}</span> : ${view.locale === 'fr' ? p.fr : p.en}`;

const summary = (view: HzText, { set, report }: ImportState): string =>
  !report
    ? ''
    : report.entries.length === 0
      ? view.t('import.empty')
      : view.t('import.loaded', {
          assessments: countOf(view.locale, report.entries.length, 'assessment'),
          examiners: countOf(view.locale, report.examiners.length, 'examiner'),
          bundles: countOf(view.locale, set.bundles.size, 'bundle'),
          subjects: countOf(view.locale, set.subjects.size, 'subject'),
        });

const duplicates = (view: HzText, set: HarmonisationSet) =>
  set.duplicates.length
    ? html`<details class="no-print" data-testid="import-duplicates">
        <summary>${view.t('import.duplicates', { count: countOf(view.locale, set.duplicates.length, 'duplicate') })}</summary>
        <ul class="duplicates">
          ${set.duplicates.map(
            (d) =>
              html`<li>
                ${view.t('import.duplicate', {
                  file: d.file,
                  kept: d.keptFile,
                  differs: d.differs ? view.t('import.differs') : '',
                })}
              </li>`,
          )}
        </ul>
      </details>`
    : nothing;

const rejected = (view: HzText, set: HarmonisationSet) =>
  set.rejected.length
    ? html`<div class="no-print">
        <h4 id="rejected-title">${view.t('import.rejected', { count: set.rejected.length })}</h4>
        <ul class="problems" aria-labelledby="rejected-title">
          ${set.rejected.map(
            (r) =>
              html`<li data-testid="import-problem" data-file=${r.file} data-code=${r.problems[0]?.code ?? ''}>
                <span class="file">${r.file}</span>
                <ul>
                  ${r.problems.map((p) => html`<li>${problemText(view, p)}</li>`)}
                </ul>
              </li>`,
          )}
        </ul>
      </div>`
    : nothing;

export const renderImport = (view: HzText, state: ImportState): TemplateResult => {
  const { set, progress, lastImport } = state;
  return html`<section aria-labelledby="import-title" class="import">
    <h3 id="import-title">${view.t('import.title')}</h3>
    <div class="drop-zone no-print">
      <p class="muted">${view.t('import.hint')}</p>
      <input
        id="import-files"
        class="visually-hidden"
        type="file"
        multiple
        accept=".json,application/json"
        data-testid="import-assessments"
        @change=${state.onFilesChosen}
      />
      <label for="import-files" class="button">
        <span class="codicon codicon-folder-opened" aria-hidden="true"></span>${view.t('import.choose')}
      </label>
      <button
        type="button"
        class="button secondary"
        data-testid="import-clear"
        ?disabled=${set.assessments.size + set.bundles.size + set.subjects.size + set.rejected.length === 0}
        @click=${state.onClear}
      >
        <span class="codicon codicon-clear-all" aria-hidden="true"></span>${view.t('import.clear')}
      </button>
    </div>
    ${
      progress
        ? html`<div class="progress">
            <progress
              data-testid="import-progress"
              max=${progress.total}
              .value=${progress.done}
              aria-label=${view.t('import.progressLabel')}
            ></progress>
            <span>${view.t('import.progress', progress)}</span>
          </div>`
        : nothing
    }
    <p role="status" data-testid="import-summary">
      ${summary(view, state)}
      ${lastImport && !progress ? html`<span class="muted no-print"> — ${view.t('import.done', lastImport)}</span>` : nothing}
    </p>
    ${duplicates(view, set)} ${rejected(view, set)}
  </section>`;
};
