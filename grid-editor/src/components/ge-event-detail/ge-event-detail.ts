import { css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CaptureEvent } from '../../../../shared/schema/index.ts';
import { GeElement } from '../ge-element.ts';
import { base, codicons } from '../shared.styles.ts';

/**
 * One capture event, whole, as JSON text: what the candidate's browser recorded, with its
 * place in the hash chain. Shown as text, never as HTML, whatever the page put in it.
 */
@customElement('ge-event-detail')
export class GeEventDetail extends GeElement {
  static override styles = [
    codicons,
    base,
    css`
      :host {
        display: block;
        height: 100%;
        overflow: auto;
        padding: 4px 20px;
        scrollbar-color: var(--vscode-scrollbarSlider-background, #79797966) transparent;
      }
      h3 {
        margin: 4px 0 8px;
        font-size: 13px;
      }
      pre {
        margin: 0;
        font-family: var(--vscode-editor-font-family, monospace);
        font-size: var(--vscode-editor-font-size, 14px);
        line-height: 19px;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .empty {
        margin: 0;
        line-height: 22px;
      }
    `,
  ];

  @property({ attribute: false }) event: CaptureEvent | undefined;

  override render(): TemplateResult {
    const { event } = this;
    if (!event) return html`<p class="empty">${this.t('event.none')}</p>`;
    return html`<h3 data-testid="event-heading">${this.t('event.heading', { seq: event.seq, kind: event.kind })}</h3>
      <pre data-testid="event-detail" tabindex="0">${JSON.stringify(event, null, 2)}</pre>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-event-detail': GeEventDetail;
  }
}
