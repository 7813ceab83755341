import { html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { MessageKey } from '../../i18n.ts';
import { GeElement } from '../ge-element.ts';
import styles from './ge-activity-bar.styles.ts';

/** A side view as the activity bar shows it (the registry is app/views.ts). */
export interface ActivityItem {
  id: string;
  icon: string;
  title: MessageKey;
  testId: string;
}

/**
 * The activity bar: one button per side view, and the command palette at the bottom. Pressing
 * the showing view's button hides the side bar; another view's button shows that view.
 *
 * @fires ge-view-select
 * @fires ge-command
 */
@customElement('ge-activity-bar')
export class GeActivityBar extends GeElement {
  static override styles = styles;

  @property({ attribute: false }) views: readonly ActivityItem[] = [];
  /** The view the side bar shows. */
  @property({ attribute: false }) view = 'explorer';
  /** Whether the side bar is showing. */
  @property({ type: Boolean, attribute: 'sidebar-visible' }) sidebarVisible = true;

  override render(): TemplateResult {
    return html`<nav aria-label=${this.t('activity.label')}>
      <div class="views">
        ${this.views.map((view) => {
          const label = this.t(view.title);
          const pressed = this.sidebarVisible && view.id === this.view;
          return html`<button
            type="button"
            data-testid=${view.testId}
            aria-pressed=${pressed ? 'true' : 'false'}
            aria-label=${label}
            title=${label}
            @click=${() => this.emit('ge-view-select', { id: view.id })}
          >
            <span class="codicon codicon-${view.icon}" aria-hidden="true"></span>
          </button>`;
        })}
      </div>
      <button
        type="button"
        data-testid="activity-commands"
        aria-label=${this.t('activity.commands')}
        title=${`${this.t('activity.commands')} (F1)`}
        aria-keyshortcuts="F1"
        @click=${() => this.emit('ge-command', { id: 'workbench.showCommands' })}
      >
        <span class="codicon codicon-settings-gear" aria-hidden="true"></span>
      </button>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-activity-bar': GeActivityBar;
  }
}
