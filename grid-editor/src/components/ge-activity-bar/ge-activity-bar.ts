import { html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { GeElement } from '../ge-element.ts';
import styles from './ge-activity-bar.styles.ts';

/**
 * The activity bar: one button per view. Only the explorer exists yet; pressing the active
 * view's button hides or shows the side bar, as in VS Code.
 *
 * @fires ge-sidebar-toggle
 */
@customElement('ge-activity-bar')
export class GeActivityBar extends GeElement {
  static override styles = styles;

  /** Whether the side bar (the explorer) is showing. */
  @property({ type: Boolean, attribute: 'sidebar-visible' }) sidebarVisible = true;

  override render(): TemplateResult {
    const label = this.t('activity.explorer');
    return html`<nav aria-label=${this.t('activity.label')}>
      <button
        type="button"
        data-testid="activity-explorer"
        aria-pressed=${this.sidebarVisible ? 'true' : 'false'}
        aria-label=${label}
        title=${label}
        @click=${() => this.emit('ge-sidebar-toggle', {})}
      >
        <span class="codicon codicon-files" aria-hidden="true"></span>
      </button>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-activity-bar': GeActivityBar;
  }
}
