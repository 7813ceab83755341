import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Problem } from '../../../../shared/schema/index.ts';
import type { EditorProblem, Severity } from '../../models/validate.ts';
import type { FileProblems, ProblemReport } from '../../models/workspace.ts';
import { GeElement } from '../ge-element.ts';
import styles from './ge-problems.styles.ts';

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => Math.min(at + 1, count - 1),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

const ICONS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

interface Row {
  file: string;
  problem: Problem;
  severity: Severity;
  /** Problems of a refused file have no place to open. */
  openable: boolean;
}

/**
 * The problems panel: the refused file's problems (nothing changed), then each open
 * document's errors and warnings, then the notes (a criterion no question assesses…). Each
 * problem reads « path : message » in the interface language. One tab stop for the whole
 * list; arrows, Home and End move; Enter or a click opens the place.
 *
 * @fires ge-problem-open
 * @fires ge-report-dismiss
 */
@customElement('ge-problems')
export class GeProblems extends GeElement {
  static override styles = styles;

  @property({ attribute: false }) report: ProblemReport | undefined;
  @property({ attribute: false }) files: readonly FileProblems[] = [];

  /** The problem that holds the list's tab stop. */
  @state() private current = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report')) this.current = 0;
  }

  /** Moves the focus into the list (the « problems » view). */
  focusList(): void {
    const items = this.renderRoot.querySelectorAll<HTMLElement>('[data-testid="problem"]');
    (items[this.current] ?? items[0])?.focus();
  }

  #rows(): { refused: Row[]; main: { file: string; rows: Row[] }[]; infos: Row[] } {
    const refused = (this.report?.problems ?? []).map((problem) => ({
      file: this.report!.file,
      problem,
      severity: 'error' as const,
      openable: false,
    }));
    const main = this.files
      .map(({ file, problems }) => ({
        file,
        rows: problems
          .filter((p) => p.severity !== 'info')
          .map((problem: EditorProblem) => ({ file, problem, severity: problem.severity, openable: true })),
      }))
      .filter((group) => group.rows.length > 0);
    const infos = this.files.flatMap(({ file, problems }) =>
      problems
        .filter((p) => p.severity === 'info')
        .map((problem) => ({ file, problem, severity: problem.severity, openable: true })),
    );
    return { refused, main, infos };
  }

  override render(): TemplateResult {
    const { refused, main, infos } = this.#rows();
    const ordered = [...refused, ...main.flatMap((group) => group.rows), ...infos];
    const current = Math.min(this.current, Math.max(ordered.length - 1, 0));
    let index = 0;
    const list = (rows: Row[]) =>
      html`<ul aria-label=${this.t('problems.list')}>
        ${rows.map((row) => this.#item(row, index++, current))}
      </ul>`;
    return html`<section aria-label=${this.t('problems.title')} data-testid="problems" @keydown=${this.#onKeyDown}>
      <span id="severity-error" hidden>${this.t('severity.error')}</span>
      <span id="severity-warning" hidden>${this.t('severity.warning')}</span>
      <span id="severity-info" hidden>${this.t('severity.info')}</span>
      <span id="open-hint" hidden>${this.t('problems.open')}</span>
      ${
        refused.length > 0
          ? html`<div class="group refused" data-testid="problems-refused">
              <h3>
                <span class="codicon codicon-circle-slash" aria-hidden="true"></span>${this.t(
                  'problems.refused',
                  {
                    file: this.report!.file,
                  },
                )}
                <button
                  type="button"
                  class="dismiss"
                  aria-label=${this.t('problems.dismiss')}
                  title=${this.t('problems.dismiss')}
                  @click=${() => this.emit('ge-report-dismiss', {})}
                >
                  <span class="codicon codicon-close" aria-hidden="true"></span>
                </button>
              </h3>
              ${list(refused)}
            </div>`
          : nothing
      }
      ${main.map(
        (group) => html`<div class="group" data-file=${group.file}>
          <h3><span class="codicon codicon-json" aria-hidden="true"></span>${group.file}<span class="count">${group.rows.length}</span></h3>
          ${list(group.rows)}
        </div>`,
      )}
      ${
        refused.length === 0 && main.length === 0
          ? html`<p class="empty" data-testid="no-problems">
              ${this.t('problems.none')}${infos.length > 0 ? html` — ${this.t('problems.infosCount', { count: infos.length })}` : nothing}
            </p>`
          : nothing
      }
      ${
        infos.length > 0
          ? html`<div class="group infos" data-testid="problems-infos">
              <h3><span class="codicon codicon-info" aria-hidden="true"></span>${this.t('problems.infos')}<span class="count">${infos.length}</span></h3>
              ${list(infos)}
            </div>`
          : nothing
      }
    </section>`;
  }

  #item(row: Row, index: number, current: number): TemplateResult {
    const { problem, severity } = row;
    const message = this.locale === 'fr' ? problem.fr : problem.en;
    // One line, no whitespace between spans: the item's text is exactly « path : message ».
    return html`<li
      data-testid="problem"
      data-json-path=${problem.path}
      data-code=${problem.code}
      data-severity=${severity}
      data-file=${row.file}
      data-index=${index}
      class=${row.openable ? 'openable' : ''}
      tabindex=${index === current ? '0' : '-1'}
      aria-describedby=${row.openable ? `severity-${severity} open-hint` : `severity-${severity}`}
      @focus=${() => {
        this.current = index;
      }}
      @click=${() => this.#open(row)}
    ><span class=${`${severity} codicon codicon-${ICONS[severity]}`} aria-hidden="true"></span><span class="path">${problem.path || '(document)'}</span><span> : </span><span class="message">${message}</span></li>`;
  }

  #open(row: Row): void {
    if (row.openable) this.emit('ge-problem-open', { file: row.file, path: row.problem.path });
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (target.dataset.testid !== 'problem') return;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-testid="problem"]')];
    const at = Number(target.dataset.index ?? 0);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      target.click();
      return;
    }
    const move = MOVES[event.key];
    if (!move || items.length === 0) return;
    event.preventDefault();
    this.current = move(at, items.length);
    items[this.current]?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-problems': GeProblems;
  }
}
