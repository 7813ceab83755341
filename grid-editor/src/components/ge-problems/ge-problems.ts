import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Problem } from '../../../../shared/schema/index.ts';
import type { ProblemReport } from '../../models/workspace.ts';
import { GeElement } from '../ge-element.ts';
import styles from './ge-problems.styles.ts';

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => Math.min(at + 1, count - 1),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The problems panel: each problem of the last file opened, as « path : message » in the
 * interface language. One tab stop for the list; arrows, Home and End move between problems.
 */
@customElement('ge-problems')
export class GeProblems extends GeElement {
  static override styles = styles;

  @property({ attribute: false }) report: ProblemReport | undefined;

  /** The problem that holds the list's tab stop. */
  @state() private current = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report')) this.current = 0;
  }

  override render(): TemplateResult {
    const problems = this.report?.problems ?? [];
    return html`<section aria-labelledby="problems-title" data-testid="problems">
      <div class="header">
        <h2 id="problems-title">
          ${this.t('problems.title')}<span class="badge" data-testid="problems-count">${problems.length}</span>
        </h2>
        ${
          this.report && problems.length > 0
            ? html`<span class="source">${this.t('problems.in', { file: this.report.file })}</span>`
            : nothing
        }
      </div>
      <div class="body">
        ${
          problems.length === 0
            ? html`<p class="empty" data-testid="no-problems">${this.t('problems.none')}</p>`
            : html`<ul aria-label=${this.t('problems.list')} @keydown=${this.#onKeyDown}>
                ${problems.map((problem, i) => this.#item(problem, i))}
              </ul>`
        }
      </div>
    </section>`;
  }

  #item(problem: Problem, index: number): TemplateResult {
    const message = this.locale === 'fr' ? problem.fr : problem.en;
    // One line, no whitespace between spans: the item's text is exactly « path : message ».
    return html`<li
      data-testid="problem"
      data-json-path=${problem.path}
      data-code=${problem.code}
      tabindex=${index === this.current ? '0' : '-1'}
      @focus=${() => {
        this.current = index;
      }}
    ><span class="error codicon codicon-error" aria-hidden="true"></span><span class="path">${problem.path || '(document)'}</span><span> : </span><span class="message">${message}</span></li>`;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const move = MOVES[event.key];
    const count = this.report?.problems.length ?? 0;
    if (!move || count === 0) return;
    event.preventDefault();
    this.current = move(this.current, count);
    this.renderRoot.querySelectorAll<HTMLElement>('li')[this.current]?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-problems': GeProblems;
  }
}
