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
import { formatNumber } from '../../../../shared/harmonisation/format.ts';
import {
  buildReport,
  DEFAULT_SETTINGS,
  type Entry,
  type HarmonisationSettings,
  type Report,
} from '../../../../shared/harmonisation/report.ts';
import { addStationSnapshot } from '../../../../shared/harmonisation/station-source.ts';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import { downloadText } from '../../app/download.ts';
import { FileDrop } from '../../app/file-drop.ts';
import { GeElement } from '../../components/ge-element.ts';
import type { GeHzAssessment } from '../ge-hz-assessment/index.ts';
import type { HzEventMap } from '../hz-events.ts';
import { countOf, flagKindName, type HzKey, hzMessages } from '../i18n.ts';
import styles from './ge-harmonisation.styles.ts';
import { renderImport } from './import-section.ts';
import { applySetting, renderSettings } from './settings-fields.ts';
import { renderStation, type StationSource, type StationState } from './station-section.ts';
import { renderStats } from './stats-tables.ts';

/** Gives the browser a turn to paint (the progress bar) between chunks of files. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

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

  /**
   * The examiner's station to read assessments from (set by the page the station serves):
   * read when set, and again on « Actualiser ». Files can be added besides, as always.
   */
  @property({ attribute: false }) station: StationSource | null = null;

  /** Everything loaded so far. */
  readonly collection = new HarmonisationSet();

  @state() settings: HarmonisationSettings = { ...DEFAULT_SETTINGS };
  @state() private progress: { done: number; total: number } | null = null;
  @state() private lastImport: { added: number; rejected: number; duplicates: number } | null = null;
  @state() private selectedId: string | null = null;
  /** On by default: the examiner unticks it to write identities, explicitly (export-csv.ts). */
  @state() private pseudonymise = PSEUDONYMISE_BY_DEFAULT;
  @state() private notice = '';
  @state() private printing = false;
  @state() private stationState: StationState = { status: 'idle' };
  /** Bumped when the collection changes, so the view re-renders. */
  @state() private revision = 0;

  #report: Report | undefined;
  #reportOf = '';
  #queue: Promise<unknown> = Promise.resolve();
  #returnFocus: HTMLElement | null = null;
  #lifetime: AbortController | undefined;
  readonly #drop = new FileDrop(this, { on: 'element', onFiles: (files) => void this.importFiles(files) });

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

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('station') && this.station) void this.readStation();
  }

  /** Reads the station's finalised assessments and chain heads, after any import under way. */
  readStation(): Promise<void> {
    const run = this.#queue.then(() => this.#readStation());
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #readStation(): Promise<void> {
    const source = this.station;
    if (!source) return;
    this.stationState = { status: 'reading' };
    try {
      const read = await addStationSnapshot(this.collection, await source.read());
      if (!read.ok) throw new Error(read[this.locale]);
      this.stationState = { status: 'read', at: new Date(), result: read.result };
    } catch (error) {
      this.stationState = {
        status: 'failed',
        reason: error instanceof Error ? error.message : String(error),
      };
    }
    this.revision += 1;
  }

  /** Forgets every file loaded. */
  clear(): void {
    this.collection.clear();
    this.selectedId = null;
    this.lastImport = null;
    this.notice = '';
    this.stationState = { status: 'idle' };
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
        ${report ? this.#reportHead(report) : nothing}
        ${renderStation(this, this.station, this.stationState, () => void this.readStation())}
        ${renderImport(this, {
          set: this.collection,
          report,
          progress: this.progress,
          lastImport: this.lastImport,
          onFilesChosen: this.#onFilesChosen,
          onClear: () => this.clear(),
        })}
        ${
          report && hasData
            ? html`${this.#flagsSection(report)} ${this.#detail(report)} ${renderStats(this, report)}
              ${this.#levelsSection(report)}`
            : nothing
        }
      </div>
      <div class="drop-overlay" ?hidden=${!this.#drop.dragging} aria-hidden="true">
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

  #flagsSection(report: Report): TemplateResult {
    const entries = new Map(report.entries.map((e) => [e.id, e]));
    return html`<section aria-labelledby="flags-title">
      <h3 id="flags-title">
        ${this.t('flags.title')} <span class="badge" data-testid="flags-count">${report.flags.length}</span>
      </h3>
      ${renderSettings(this, this.settings, (field, text) => {
        const next = applySetting(this.settings, field, text);
        if (next) this.settings = next;
      })}
      ${
        report.flags.length === 0
          ? html`<p data-testid="no-flags">${this.t('flags.none')}</p>`
          : html`<ul class="flags" aria-label=${this.t('flags.list')}>
              ${report.flags.map((flag) => this.#flag(flag, entries))}
            </ul>`
      }
    </section>`;
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
      ?station-evidence=${Boolean(this.station?.readBundle)}
      @hz-close=${this.#closeDetail}
      @hz-load-evidence=${this.#loadEvidence}
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

  /** Adds the station's copy of a session's evidence, checked as a file would be. */
  #loadEvidence = async (event: HzEventMap['hz-load-evidence']): Promise<void> => {
    const source = this.station;
    if (!source?.readBundle) return;
    const { sessionId } = event.detail;
    const entry = this.report.entries.find((e) => e.assessment.bundle.sessionId === sessionId);
    const candidate = entry?.candidate ?? sessionId;
    try {
      const outcome = await this.collection.addText(
        `station ${source.label} · preuves ${candidate}`,
        JSON.stringify(await source.readBundle(sessionId)),
        { quiet: true },
      );
      if (outcome.status === 'rejected') throw new Error(outcome.problems[0]?.[this.locale] ?? '');
      // Another file of this session is loaded already (one per session): it stays, and if it is
      // not what the station received, its station-copy flag says so.
      this.notice =
        outcome.status === 'duplicate'
          ? this.t('station.evidenceOther', { candidate })
          : this.t('station.evidenceLoaded', { candidate });
    } catch (error) {
      this.notice = this.t('station.evidenceFailed', {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    this.revision += 1;
  };

  #closeDetail = async (): Promise<void> => {
    this.selectedId = null;
    await this.updateComplete;
    const back = this.#returnFocus;
    this.#returnFocus = null;
    if (back?.isConnected) back.focus();
  };

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
    this.emit('ge-locale-change', { locale });
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
    await downloadText(name, text, 'text/csv;charset=utf-8');
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
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-harmonisation': GeHarmonisation;
  }
}
