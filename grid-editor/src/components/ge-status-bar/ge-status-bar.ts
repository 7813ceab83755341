import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DocumentKind } from '../../../../shared/schema/index.ts';
import { kindName, type Locale, problemCount } from '../../i18n.ts';
import type { SaveState } from '../../models/persistence.ts';
import type { TestRun } from '../../models/rule-test.ts';
import type { Theme } from '../../models/store.ts';
import { GeElement } from '../ge-element.ts';
import styles from './ge-status-bar.styles.ts';

/**
 * The status bar: problems and warnings (opens the problems panel), active file, its kind,
 * whether the work is saved, the rule tests' summary, the colour theme and the FR/EN switch.
 * A polite live region says what just happened (a file opened, refused, exported…).
 *
 * @fires ge-locale-change
 * @fires ge-command
 */
@customElement('ge-status-bar')
export class GeStatusBar extends GeElement {
  static override styles = styles;

  @property({ attribute: false }) fileName: string | undefined;
  @property({ attribute: false }) kind: DocumentKind | undefined;
  @property({ type: Number }) problems = 0;
  @property({ type: Number }) warnings = 0;
  /** `off`: the store could not be opened, nothing is kept. */
  @property({ attribute: false }) saveState: SaveState | 'off' = 'saved';
  @property({ attribute: false }) theme: Theme = 'dark';
  @property({ attribute: false }) testRun: TestRun | undefined;
  /** What just happened, for screen readers and sighted users alike. */
  @property({ attribute: false }) notice = '';

  override render(): TemplateResult {
    const other: Locale = this.locale === 'fr' ? 'en' : 'fr';
    const saveIcon = {
      saved: 'check',
      pending: 'circle-filled',
      saving: 'sync',
      error: 'warning',
      off: 'warning',
    }[this.saveState];
    return html`<footer aria-label=${this.t('status.label')}>
      <button
        type="button"
        class="item"
        data-testid="status-problems"
        @click=${() => this.emit('ge-command', { id: 'view.problems' })}
      >
        <span class="codicon codicon-error" aria-hidden="true"></span>${problemCount(this.locale, this.problems)}
        <span class="codicon codicon-warning" aria-hidden="true"></span>${this.t('status.warnings', { count: this.warnings })}
      </button>
      <span class="item" data-testid="status-file">${this.fileName ?? this.t('status.noFile')}</span>
      ${
        this.kind
          ? html`<span class="item" data-testid="status-kind" data-kind=${this.kind}>${kindName(this.locale, this.kind)}</span>`
          : nothing
      }
      <span class="item" data-testid="status-saved" data-state=${this.saveState}>
        <span class="codicon codicon-${saveIcon}" aria-hidden="true"></span>${this.t(`status.save.${this.saveState}`)}
      </span>
      ${
        this.testRun
          ? html`<button
              type="button"
              class="item"
              data-testid="status-tests"
              @click=${() => this.emit('ge-command', { id: 'view.tests' })}
            >
              <span class="codicon codicon-beaker" aria-hidden="true"></span>${this.t('status.tests', {
                passed: this.testRun.passed,
                failed: this.testRun.failed,
              })}
            </button>`
          : nothing
      }
      <span class="spacer"></span>
      <button
        type="button"
        class="item"
        data-testid="theme-toggle"
        data-theme=${this.theme}
        aria-label=${this.t('status.theme', { theme: this.t(`theme.${this.theme}`) })}
        title=${this.t('status.theme', { theme: this.t(`theme.${this.theme}`) })}
        @click=${() => this.emit('ge-command', { id: 'theme.pick' })}
      >
        <span class="codicon codicon-color-mode" aria-hidden="true"></span>${this.t(`theme.${this.theme}`)}
      </button>
      <button
        type="button"
        class="item"
        data-testid="lang-toggle"
        aria-label=${this.t('status.language')}
        title=${this.t('status.language')}
        @click=${() => this.emit('ge-locale-change', { locale: other })}
      >
        <span class="codicon codicon-globe" aria-hidden="true"></span>${this.locale.toUpperCase()}
      </button>
      <span class="visually-hidden" role="status" data-testid="status-notice">${this.notice}</span>
    </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-status-bar': GeStatusBar;
  }
}
