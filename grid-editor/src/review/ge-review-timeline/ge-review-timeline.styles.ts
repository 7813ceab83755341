/** The evidence timeline's styles: a fixed-height virtual list of one-line rows. */
import { css } from 'lit';
import { base } from '../../components/shared.styles.ts';

export const ROW_HEIGHT = 24;
export const VIEWPORT = 320;

export default [
  base,
  css`
      :host {
        display: block;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        align-items: end;
        margin-bottom: 6px;
      }
      .filters label {
        display: flex;
        flex-direction: column;
        font-size: 11px;
        gap: 2px;
      }
      .filters label.inline {
        flex-direction: row;
        align-items: center;
      }
      select,
      input[type='search'] {
        background: var(--vscode-input-background, #313131);
        color: var(--vscode-input-foreground, #cccccc);
        border: 1px solid var(--vscode-input-border, #3c3c3c);
        font: inherit;
        font-size: 12px;
        max-width: 140px;
      }
      .scroller {
        position: relative;
        height: ${VIEWPORT}px;
        overflow-y: auto;
        border: 1px solid var(--vscode-panel-border, #2b2b2b);
        contain: strict;
      }
      .spacer {
        position: relative;
      }
      .rows {
        position: absolute;
        left: 0;
        right: 0;
        top: 0;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .row {
        display: flex;
        gap: 6px;
        align-items: center;
        width: 100%;
        height: ${ROW_HEIGHT}px;
        padding: 0 4px;
        border: 0;
        background: none;
        color: inherit;
        font: inherit;
        font-size: 12px;
        text-align: left;
        white-space: nowrap;
        overflow: hidden;
        cursor: pointer;
      }
      .row:hover,
      .row:focus-visible {
        background: var(--vscode-list-hoverBackground, #2a2d2e);
      }
      .row[data-highlighted] {
        background: var(--vscode-list-activeSelectionBackground, #04395e);
        color: var(--vscode-list-activeSelectionForeground, #ffffff);
      }
      .row[data-warning] {
        border-left: 3px solid var(--vscode-editorWarning-foreground, #cca700);
      }
      .seq,
      .time {
        font-family: var(--vscode-editor-font-family, monospace);
        opacity: 0.8;
      }
      .kind {
        font-weight: 600;
      }
      .summary {
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .warning {
        color: var(--vscode-editorWarning-foreground, #cca700);
        font-weight: 600;
      }
      .count {
        font-size: 11px;
        margin: 4px 0;
      }
      pre {
        max-height: 200px;
        overflow: auto;
        white-space: pre-wrap;
        word-break: break-all;
        font-size: 11px;
        background: var(--vscode-textCodeBlock-background, #2b2b2b);
        padding: 4px;
      }
    `,
];
