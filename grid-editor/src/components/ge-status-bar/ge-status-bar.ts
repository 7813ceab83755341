import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DocumentKind } from '../../../../shared/schema/index.ts';
import { kindName, type Locale, problemCount } from '../../i18n.ts';
import { GeElement } from '../ge-element.ts';
import styles from './ge-status-bar.styles.ts';

/** The last file the user tried to open, announced to screen readers. */
export interface OpenNotice {
  file: string;
  problems: number;
}

/**
 * The status bar: problem count, active file and its kind, and the FR/EN language switch.
 * A polite live region says what happened to the last file opened.
 *
 * @fires ge-locale-change
 */
@customElement('ge-status-bar')
export class GeStatusBar extends GeElement {
  static override styles = styles;

  @property({ attribute: false }) fileName: string | undefined;
  @property({ attribute: false }) kind: DocumentKind | undefined;
  @property({ type: Number }) problems = 0;
  @property({ attribute: false }) notice: OpenNotice | undefined;

  override render(): TemplateResult {
    const other: Locale = this.locale === 'fr' ? 'en' : 'fr';
    return html`<footer aria-label=${this.t('status.label')}>
      <span class="item" data-testid="status-problems">
        <span class="codicon codicon-error" aria-hidden="true"></span>${problemCount(this.locale, this.problems)}
      </span>
      <span class="item" data-testid="status-file">${this.fileName ?? this.t('status.noFile')}</span>
      ${
        this.kind
          ? html`<span class="item" data-testid="status-kind" data-kind=${this.kind}
              >${kindName(this.locale, this.kind)}</span
            >`
          : nothing
      }
      <span class="spacer"></span>
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
      <span class="visually-hidden" role="status" data-testid="status-notice">${this.#notice()}</span>
    </footer>`;
  }

  #notice(): string {
    if (!this.notice) return '';
    const { file, problems } = this.notice;
    return problems === 0
      ? this.t('status.opened', { file })
      : this.t('status.rejected', { file, problems: problemCount(this.locale, problems) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-status-bar': GeStatusBar;
  }
}
