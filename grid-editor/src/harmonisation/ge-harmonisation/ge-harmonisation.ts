import '../ge-hz-assessment/index.ts';
import '../ge-hz-levels-chart/index.ts';
import '../ge-hz-marks-chart/index.ts';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { HarmonisationSet, importFiles } from '../../../../shared/harmonisation/collection.ts';
import {
  csvFileName,
  harmonisationCsv,
  PSEUDONYMISE_BY_DEFAULT,
} from '../../../../shared/harmonisation/export-csv.ts';
import type { Flag } from '../../../../shared/harmonisation/flags.ts';
import { formatNumber, formatSigned } from '../../../../shared/harmonisation/format.ts';
import {
  buildReport,
  DEFAULT_SETTINGS,
  type Entry,
  type GroupStats,
  type HarmonisationSettings,
  type Report,
} from '../../../../shared/harmonisation/report.ts';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import type { Problem } from '../../../../shared/schema/problems.ts';
import { GeElement } from '../../components/ge-element.ts';
import type { GeHzAssessment } from '../ge-hz-assessment/index.ts';
import type { MarksGroup } from '../ge-hz-marks-chart/index.ts';
import type { HzEventMap } from '../hz-events.ts';
import { countOf, flagKindName, type HzKey, hzMessages } from '../i18n.ts';
import styles from './ge-harmonisation.styles.ts';

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/** Gives the browser a turn to paint (the progress bar) between chunks of files. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

interface SettingField {
  key: keyof HarmonisationSettings;
  testId: string;
  label:
    | 'settings.threshold'
    | 'settings.minCandidates'
    | 'settings.tolerance'
    | 'settings.minQuestions'
    | 'settings.minGap';
  help?: 'settings.thresholdHelp' | 'settings.toleranceHelp';
  min: number;
  max: number;
  step: number;
}

const SETTING_FIELDS: readonly SettingField[] = [
  {
    key: 'examinerThreshold',
    testId: 'threshold',
    label: 'settings.threshold',
    help: 'settings.thresholdHelp',
    min: 0,
    max: 20,
    step: 0.1,
  },
  {
    key: 'minCandidates',
    testId: 'min-candidates',
    label: 'settings.minCandidates',
    min: 1,
    max: 500,
    step: 1,
  },
  {
    key: 'markTolerance',
    testId: 'tolerance',
    label: 'settings.tolerance',
    help: 'settings.toleranceHelp',
    min: 0,
    max: 20,
    step: 0.5,
  },
  {
    key: 'suggestionMinQuestions',
    testId: 'suggestion-questions',
    label: 'settings.minQuestions',
    min: 1,
    max: 10,
    step: 1,
  },
  { key: 'suggestionMinGap', testId: 'suggestion-gap', label: 'settings.minGap', min: 1, max: 3, step: 1 },
];

/**
 * The harmonisation view: an académie loads many examiners' assessments (and, if it has them,
 * their evidence bundles and subject packages), compares marks and levels per examiner, per
 * subject and per criterion, reviews the flags and the assessments behind them — down to the
 * evidence — and exports a CSV or prints a report. Self-contained: it owns its data, reads
 * files from its file control or from a drop on it, and speaks French or English (`locale`).
 *
 * @fires ge-locale-change - the language button was pressed (the view switches by itself too).
 */
@customElement('ge-harmonisation')
export class GeHarmonisation extends GeElement<HzEventMap, HzKey> {
  protected override translator(locale: Locale): Translator<HzKey> {
    return hzMessages(locale);
  }

  static override styles = styles;

  /** Hides the language button (the workbench has its own in the status bar). */
  @property({ type: Boolean, attribute: 'hide-language' }) hideLanguage = false;

  /** Everything loaded so far. */
  readonly collection = new HarmonisationSet();

  @state() settings: HarmonisationSettings = { ...DEFAULT_SETTINGS };
  @state() private progress: { done: number; total: number } | null = null;
  @state() private lastImport: { added: number; rejected: number; duplicates: number } | null = null;
  @state() private selectedId: string | null = null;
  /** On by default: the examiner unticks it to write identities, explicitly (export-csv.ts). */
  @state() private pseudonymise = PSEUDONYMISE_BY_DEFAULT;
  @state() private notice = '';
  @state() private dragging = false;
  @state() private printing = false;
  /** Bumped when the collection changes, so the view re-renders. */
  @state() private revision = 0;

  #report: Report | undefined;
  #reportOf = '';
  #queue: Promise<unknown> = Promise.resolve();
  #returnFocus: HTMLElement | null = null;
  #lifetime: AbortController | undefined;

  /** The report for the files and settings of the moment (computed once per change). */
  get report(): Report {
    const key = `${this.collection.version}|${JSON.stringify(this.settings)}`;
    if (!this.#report || key !== this.#reportOf) {
      this.#report = buildReport(this.collection, this.settings);
      this.#reportOf = key;
    }
    return this.#report;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#lifetime = new AbortController();
    const { signal } = this.#lifetime;
    this.addEventListener('dragover', this.#onDragOver, { signal });
    this.addEventListener('dragleave', this.#onDragLeave, { signal });
    this.addEventListener('drop', this.#onDrop, { signal });
    window.addEventListener('beforeprint', () => this.#setPrinting(true), { signal });
    window.addEventListener('afterprint', () => this.#setPrinting(false), { signal });
  }

  override disconnectedCallback(): void {
    this.#lifetime?.abort();
    super.disconnectedCallback();
  }

  /** Imports files (assessments, bundles, subject packages) after any import under way. */
  importFiles(files: readonly File[]): Promise<void> {
    const run = this.#queue.then(() => this.#import(files));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Forgets every file loaded. */
  clear(): void {
    this.collection.clear();
    this.selectedId = null;
    this.lastImport = null;
    this.notice = '';
    this.revision += 1;
  }

  async #import(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    this.progress = { done: 0, total: files.length };
    const counts = { added: 0, rejected: 0, duplicates: 0 };
    await importFiles(this.collection, files, {
      chunkSize: 8,
      pause: nextTurn,
      onProgress: (done, total, outcome) => {
        if (outcome.status === 'added') counts.added += 1;
        else if (outcome.status === 'rejected') counts.rejected += 1;
        else counts.duplicates += 1;
        this.progress = { done, total };
      },
    });
    this.progress = null;
    this.lastImport = counts;
    this.revision += 1;
  }

  override render(): TemplateResult {
    // While files are read, only the import section changes: the report waits for the end.
    const report = this.progress ? null : this.report;
    const hasData = (report?.entries.length ?? 0) > 0;
    return html`<div class="view" data-revision=${this.revision}>
        <div class="top">
          <h2>${this.t('title')}</h2>
          <div class="toolbar no-print" role="group" aria-label=${this.t('toolbar')}>
            <label class="check">
              <input
                type="checkbox"
                data-testid="pseudonymise"
                .checked=${this.pseudonymise}
                @change=${(event: Event) => {
                  this.pseudonymise = (event.target as HTMLInputElement).checked;
                }}
              />${this.t('export.pseudonymise')}
            </label>
            <button type="button" class="button" data-testid="export-csv" ?disabled=${!hasData} @click=${this.#exportCsv}>
              <span class="codicon codicon-export" aria-hidden="true"></span>${this.t('export.csv')}
            </button>
            <button type="button" class="button secondary" data-testid="print-report" ?disabled=${!hasData} @click=${this.#print}>
              <span class="codicon codicon-file-pdf" aria-hidden="true"></span>${this.t('export.print')}
            </button>
            ${
              this.hideLanguage
                ? nothing
                : html`<button
                    type="button"
                    class="button secondary"
                    data-testid="lang-toggle"
                    aria-label=${this.t('language')}
                    title=${this.t('language')}
                    @click=${this.#toggleLanguage}
                  >
                    <span class="codicon codicon-globe" aria-hidden="true"></span>${this.locale.toUpperCase()}
                  </button>`
            }
          </div>
        </div>
        <p class="visually-hidden" role="status" data-testid="status">${this.notice}</p>
        ${report ? this.#reportHead(report) : nothing} ${this.#importSection(report)}
        ${
          report && hasData
            ? html`${this.#flagsSection(report)} ${this.#detail(report)} ${this.#statsSection(report)}
              ${this.#levelsSection(report)}`
            : nothing
        }
      </div>
      <div class="drop-overlay" ?hidden=${!this.dragging} aria-hidden="true">
        <span class="codicon codicon-cloud-upload"></span>${this.t('import.drop')}
      </div>`;
  }

  /** Printed only: what the report is and how its flags were decided. */
  #reportHead(report: Report): TemplateResult {
    const s = report.settings;
    const n = (value: number) => formatNumber(value, this.locale);
    return html`<div class="report-head">
      <p><strong>${this.t('report.title')}</strong></p>
      <p>
        ${this.t('report.made', {
          date: new Date().toLocaleDateString(this.locale === 'fr' ? 'fr-FR' : 'en-GB'),
          assessments: countOf(this.locale, report.entries.length, 'assessment'),
          examiners: countOf(this.locale, report.examiners.length, 'examiner'),
        })}
      </p>
      <p><strong>${this.t('report.methods')}</strong></p>
      <p>${this.t('report.method.examiner', { threshold: n(s.examinerThreshold), min: s.minCandidates })}</p>
      <p>${this.t('report.method.mark', { tolerance: n(s.markTolerance) })}</p>
      <p>
        ${this.t('report.method.suggestions', { questions: s.suggestionMinQuestions, gap: s.suggestionMinGap })}
      </p>
    </div>`;
  }

  #importSection(report: Report | null): TemplateResult {
    const set = this.collection;
    return html`<section aria-labelledby="import-title" class="import">
      <h3 id="import-title">${this.t('import.title')}</h3>
      <div class="drop-zone no-print">
        <p class="muted">${this.t('import.hint')}</p>
        <input
          id="import-files"
          class="visually-hidden"
          type="file"
          multiple
          accept=".json,application/json"
          data-testid="import-assessments"
          @change=${this.#onFilesChosen}
        />
        <label for="import-files" class="button">
          <span class="codicon codicon-folder-opened" aria-hidden="true"></span>${this.t('import.choose')}
        </label>
        <button
          type="button"
          class="button secondary"
          data-testid="import-clear"
          ?disabled=${set.assessments.size + set.bundles.size + set.subjects.size + set.rejected.length === 0}
          @click=${() => this.clear()}
        >
          <span class="codicon codicon-clear-all" aria-hidden="true"></span>${this.t('import.clear')}
        </button>
      </div>
      ${
        this.progress
          ? html`<div class="progress">
              <progress
                data-testid="import-progress"
                max=${this.progress.total}
                .value=${this.progress.done}
                aria-label=${this.t('import.progressLabel')}
              ></progress>
              <span>${this.t('import.progress', this.progress)}</span>
            </div>`
          : nothing
      }
      <p role="status" data-testid="import-summary">
        ${
          !report
            ? ''
            : report.entries.length === 0
              ? this.t('import.empty')
              : this.t('import.loaded', {
                  assessments: countOf(this.locale, report.entries.length, 'assessment'),
                  examiners: countOf(this.locale, report.examiners.length, 'examiner'),
                  bundles: countOf(this.locale, set.bundles.size, 'bundle'),
                  subjects: countOf(this.locale, set.subjects.size, 'subject'),
                })
        }
        ${this.lastImport && !this.progress ? html`<span class="muted no-print"> — ${this.t('import.done', this.lastImport)}</span>` : nothing}
      </p>
      ${
        set.duplicates.length
          ? html`<details class="no-print" data-testid="import-duplicates">
              <summary>${this.t('import.duplicates', { count: countOf(this.locale, set.duplicates.length, 'duplicate') })}</summary>
              <ul class="duplicates">
                ${set.duplicates.map(
                  (d) =>
                    html`<li>
                      ${this.t('import.duplicate', {
                        file: d.file,
                        kept: d.keptFile,
                        differs: d.differs ? this.t('import.differs') : '',
                      })}
                    </li>`,
                )}
              </ul>
            </details>`
          : nothing
      }
      ${
        set.rejected.length
          ? html`<div class="no-print">
              <h4 id="rejected-title">${this.t('import.rejected', { count: set.rejected.length })}</h4>
              <ul class="problems" aria-labelledby="rejected-title">
                ${set.rejected.map(
                  (r) =>
                    html`<li data-testid="import-problem" data-file=${r.file} data-code=${r.problems[0]?.code ?? ''}>
                      <span class="file">${r.file}</span>
                      <ul>
                        ${r.problems.map((p) => html`<li>${this.#problemText(p)}</li>`)}
                      </ul>
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
    </section>`;
  }

  #problemText(p: Problem): TemplateResult {
    return html`<span class="path">${p.path || '(document)'}</span> : ${this.locale === 'fr' ? p.fr : p.en}`;
  }

  #flagsSection(report: Report): TemplateResult {
    const entries = new Map(report.entries.map((e) => [e.id, e]));
    return html`<section aria-labelledby="flags-title">
      <h3 id="flags-title">
        ${this.t('flags.title')} <span class="badge" data-testid="flags-count">${report.flags.length}</span>
      </h3>
      ${this.#settingsFields()}
      ${
        report.flags.length === 0
          ? html`<p data-testid="no-flags">${this.t('flags.none')}</p>`
          : html`<ul class="flags" aria-label=${this.t('flags.list')}>
              ${report.flags.map((flag) => this.#flag(flag, entries))}
            </ul>`
      }
    </section>`;
  }

  #settingsFields(): TemplateResult {
    return html`<fieldset class="no-print">
      <legend>${this.t('settings.title')}</legend>
      ${SETTING_FIELDS.map(
        (field) => html`<div class="field">
          <label for=${`setting-${field.testId}`}>${this.t(field.label)}</label>
          <input
            id=${`setting-${field.testId}`}
            type="number"
            data-testid=${field.testId}
            min=${field.min}
            max=${field.max}
            step=${field.step}
            .value=${String(this.settings[field.key])}
            aria-describedby=${field.help ? `help-${field.testId}` : nothing}
            @input=${(event: Event) => this.#onSetting(field, event)}
          />
          ${field.help ? html`<small id=${`help-${field.testId}`}>${this.t(field.help)}</small>` : nothing}
        </div>`,
      )}
    </fieldset>`;
  }

  #onSetting(field: SettingField, event: Event): void {
    const input = event.target as HTMLInputElement;
    const value = Number(input.value.replace(',', '.'));
    if (input.value.trim() === '' || !Number.isFinite(value) || value < field.min || value > field.max)
      return;
    this.settings = { ...this.settings, [field.key]: value };
  }

  #flag(flag: Flag, entries: Map<string, Entry>): TemplateResult {
    const link = (id: string) => {
      const entry = entries.get(id);
      return html`<li>
        <button
          type="button"
          class="link"
          data-testid="flag-assessment"
          data-assessment-id=${id}
          @click=${(event: Event) => this.#open(id, event.currentTarget as HTMLElement)}
        >
          ${this.t('flag.open', { candidate: entry?.candidate ?? id })}
        </button>
      </li>`;
    };
    const examiner = flag.kind === 'examiner-deviation';
    return html`<li data-testid="flag" data-flag-kind=${flag.kind} data-flag-key=${flag.key} data-examiner=${flag.examiner}>
      <div class="flag-head">
        <span class="codicon codicon-warning" aria-hidden="true"></span>
        <span class="badge">${flagKindName(this.locale, flag.kind)}</span>
        <strong>${flag.examiner}</strong>
      </div>
      <p data-testid="flag-reason">${flag.reason[this.locale]}</p>
      ${
        examiner
          ? html`<details ?open=${this.printing}>
              <summary>${this.t('flag.assessments', { count: flag.assessmentIds.length })}</summary>
              <ul class="flag-links">
                ${flag.assessmentIds.map(link)}
              </ul>
            </details>`
          : html`<ul class="flag-links">
              ${flag.assessmentIds.map(link)}
            </ul>`
      }
    </li>`;
  }

  #detail(report: Report): TemplateResult | typeof nothing {
    const entry = this.selectedId ? report.entries.find((e) => e.id === this.selectedId) : undefined;
    if (!entry) return nothing;
    return html`<ge-hz-assessment
      data-testid="assessment-detail"
      .locale=${this.locale}
      .entry=${entry}
      ?expanded=${this.printing}
      @hz-close=${this.#closeDetail}
    ></ge-hz-assessment>`;
  }

  async #open(id: string, from: HTMLElement): Promise<void> {
    this.#returnFocus = from;
    this.selectedId = id;
    await this.updateComplete;
    const detail = this.renderRoot.querySelector<GeHzAssessment>('ge-hz-assessment');
    if (!detail) return;
    await detail.updateComplete;
    detail.focusHeading();
    detail.scrollIntoView?.({ block: 'start' });
  }

  #closeDetail = async (): Promise<void> => {
    this.selectedId = null;
    await this.updateComplete;
    const back = this.#returnFocus;
    this.#returnFocus = null;
    if (back?.isConnected) back.focus();
  };

  #statsSection(report: Report): TemplateResult {
    const deviations = new Map(report.deviations.map((d) => [d.key, d]));
    const flagged = new Set(report.deviations.filter((d) => d.flagged).map((d) => d.key));
    const groups: MarksGroup[] = [
      {
        key: '*',
        label: this.t('stats.cohort'),
        summary: report.cohort.summary,
        marks: report.cohort.marks,
        cohort: true,
      },
      ...report.examiners.map((e) => ({
        key: e.key,
        label: e.label,
        summary: e.summary,
        marks: e.marks,
        flagged: flagged.has(e.key),
      })),
    ];
    return html`<section aria-labelledby="stats-title">
      <h3 id="stats-title">${this.t('stats.title')}</h3>
      <ge-hz-marks-chart .locale=${this.locale} .groups=${groups}></ge-hz-marks-chart>
      <div class="tables">
        ${this.#table(
          'stats.byExaminer',
          'stats.examiner',
          'examiner-row',
          [report.cohort, ...report.examiners],
          (g) => {
            const d = deviations.get(g.key);
            return d?.deviation == null ? this.t('detail.none') : formatSigned(d.deviation, this.locale);
          },
          flagged,
        )}
        ${this.#table('stats.bySubject', 'stats.subject', 'subject-row', report.subjects)}
        ${this.#table('stats.byExaminerSubject', 'stats.group', 'examiner-subject-row', report.examinerSubjects)}
      </div>
    </section>`;
  }

  #table(
    caption: 'stats.byExaminer' | 'stats.bySubject' | 'stats.byExaminerSubject',
    first: 'stats.examiner' | 'stats.subject' | 'stats.group',
    testId: string,
    groups: readonly GroupStats[],
    deviation?: (g: GroupStats) => string,
    flagged: ReadonlySet<string> = new Set(),
  ): TemplateResult {
    const n = (value: number) => formatNumber(value, this.locale);
    return html`<div class="table-scroll">
      <table data-testid=${`stats-${testId}`}>
        <caption>${this.t(caption)}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t(first)}</th>
            <th scope="col" class="num">${this.t('stats.candidates')}</th>
            <th scope="col" class="num">${this.t('stats.mean')}</th>
            <th scope="col" class="num">${this.t('stats.median')}</th>
            <th scope="col" class="num">${this.t('stats.sd')}</th>
            <th scope="col" class="num">${this.t('stats.range')}</th>
            <th scope="col" class="num">${this.t('stats.iqr')}</th>
            ${deviation ? html`<th scope="col" class="num">${this.t('stats.deviation')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${groups.map((g) => {
            const s = g.summary;
            const isFlagged = flagged.has(g.key);
            return html`<tr data-testid=${testId} data-key=${g.key} class=${isFlagged ? 'flagged' : ''}>
              <th scope="row">
                ${g.key === '*' ? this.t('stats.cohort') : g.label}${isFlagged ? html` <span class="badge">${this.t('stats.flagged')}</span>` : nothing}
                ${g.drafts ? html`<span class="muted"> (${this.t('stats.drafts', { count: countOf(this.locale, g.drafts, 'draft') })})</span>` : nothing}
              </th>
              <td class="num">${g.candidates}</td>
              <td class="num" data-stat="mean">${n(s.mean)}</td>
              <td class="num" data-stat="median">${n(s.median)}</td>
              <td class="num">${n(s.sd)}</td>
              <td class="num">${s.n ? `${n(s.min)}–${n(s.max)}` : '—'}</td>
              <td class="num">${n(s.iqr)}</td>
              ${deviation ? html`<td class="num" data-stat="deviation">${deviation(g)}</td>` : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  #levelsSection(report: Report): TemplateResult {
    const flagged = new Set(report.deviations.filter((d) => d.flagged).map((d) => d.key));
    return html`<section aria-labelledby="levels-title">
      <h3 id="levels-title">${report.criteriaKnown ? this.t('chart.levels') : this.t('chart.levelsByQuestion')}</h3>
      <ge-hz-levels-chart .locale=${this.locale} .rows=${report.levels} .flagged=${flagged}></ge-hz-levels-chart>
    </section>`;
  }

  #onFilesChosen = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Reset, so choosing the same files again imports them again (and counts duplicates).
    input.value = '';
    void this.importFiles(files);
  };

  #toggleLanguage = (): void => {
    const locale: Locale = this.locale === 'fr' ? 'en' : 'fr';
    this.locale = locale;
    this.dispatchEvent(
      new CustomEvent('ge-locale-change', { detail: { locale }, bubbles: true, composed: true }),
    );
  };

  #exportCsv = async (): Promise<void> => {
    const report = this.report;
    if (report.entries.length === 0) {
      this.notice = this.t('export.nothing');
      return;
    }
    // A new pseudonymiser (new random salt, in memory only) for every export.
    const text = await harmonisationCsv(report, { pseudonymise: this.pseudonymise, bom: true });
    const name = csvFileName(new Date(), this.pseudonymise);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.notice = this.t('export.saved', { file: name });
  };

  #print = async (): Promise<void> => {
    await this.#setPrinting(true);
    window.print();
  };

  async #setPrinting(printing: boolean): Promise<void> {
    if (this.printing === printing) return;
    this.printing = printing;
    await this.updateComplete;
  }

  #onDragOver = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  #onDragLeave = (event: DragEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (!to || !this.contains(to)) this.dragging = false;
  };

  #onDrop = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    // Ours: the workbench's own drop handler (open a document) must not see these files.
    event.preventDefault();
    event.stopPropagation();
    this.dragging = false;
    void this.importFiles([...(event.dataTransfer?.files ?? [])]);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-harmonisation': GeHarmonisation;
  }
}
