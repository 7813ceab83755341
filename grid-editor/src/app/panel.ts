/**
 * The workbench's bottom panel: one tab per panel view (app/views.ts), the arrow keys moving
 * between tabs as in a WAI-ARIA tab list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n.ts';
import { PANEL_VIEWS, type PanelView, type ViewState } from './views.ts';

export type PanelId = PanelView['id'];

export interface PanelProps {
  state: ViewState;
  current: PanelId;
  visible: boolean;
  t(key: MessageKey): string;
  /** A tab chosen; `focus` after the arrow keys, so the focus follows the selection. */
  select(id: PanelId, focus: boolean): void;
}

const onTabKey = (props: PanelProps) => (event: KeyboardEvent) => {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  event.preventDefault();
  const at = PANEL_VIEWS.findIndex((view) => view.id === props.current);
  const next =
    PANEL_VIEWS[(at + (event.key === 'ArrowRight' ? 1 : -1) + PANEL_VIEWS.length) % PANEL_VIEWS.length]!;
  props.select(next.id, true);
};

export const renderPanel = (props: PanelProps): TemplateResult => {
  const { state, current, t } = props;
  return html`<section class="panel" aria-label=${t('panel.label')} ?hidden=${!props.visible}>
    <div class="panel-tabs" role="tablist" aria-label=${t('panel.tabs')} @keydown=${onTabKey(props)}>
      ${PANEL_VIEWS.map((view) => {
        const selected = view.id === current;
        const badge = view.badge?.(state);
        return html`<button
          type="button"
          role="tab"
          id=${`panel-tab-${view.id}`}
          data-testid=${view.testId}
          aria-selected=${selected ? 'true' : 'false'}
          aria-controls=${`panel-${view.id}`}
          tabindex=${selected ? '0' : '-1'}
          @click=${() => props.select(view.id, false)}
        >
          ${t(view.title)}${
            badge !== undefined
              ? html`<span class="badge" data-testid=${view.id === 'problems' ? 'problems-count' : nothing}>${badge}</span>`
              : nothing
          }
        </button>`;
      })}
    </div>
    ${PANEL_VIEWS.map(
      (view) => html`<div
        class="panel-body"
        role="tabpanel"
        id=${`panel-${view.id}`}
        aria-labelledby=${`panel-tab-${view.id}`}
        ?hidden=${view.id !== current}
      >
        ${view.render(state)}
      </div>`,
    )}
  </section>`;
};
