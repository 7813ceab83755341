import { css } from 'lit';
import { base, codicons } from '../shared.styles.ts';

export default [
  codicons,
  base,
  css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      background: var(--vscode-panel-background, #181818);
      border-top: 1px solid var(--vscode-panel-border, #2b2b2b);
    }
    section {
      display: flex;
      flex-direction: column;
      height: 100%;
      min-height: 0;
    }
    .header {
      display: flex;
      flex: none;
      align-items: center;
      gap: 8px;
      height: 35px;
      padding: 0 8px 0 20px;
    }
    h2 {
      display: flex;
      align-items: center;
      gap: 6px;
      height: 100%;
      margin: 0;
      padding: 0 2px;
      font-size: 11px;
      font-weight: normal;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--vscode-panelTitle-activeForeground, #cccccc);
      border-bottom: 1px solid var(--vscode-panelTitle-activeBorder, #0078d4);
    }
    .badge {
      min-width: 18px;
      padding: 2px 5px;
      border-radius: 11px;
      font-size: 11px;
      line-height: 14px;
      text-align: center;
      text-transform: none;
      letter-spacing: normal;
      background: var(--vscode-badge-background, #616161);
      color: var(--vscode-badge-foreground, #f8f8f8);
    }
    .source {
      color: var(--vscode-descriptionForeground, #9d9d9d);
      font-size: 12px;
    }
    .body {
      flex: 1;
      min-height: 0;
      overflow: auto;
      padding-bottom: 4px;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: center;
      gap: 6px;
      min-height: 22px;
      padding: 0 20px;
      cursor: default;
      white-space: nowrap;
    }
    li:hover {
      background: var(--vscode-list-hoverBackground, #2a2d2e);
    }
    li:focus {
      background: var(--vscode-list-activeSelectionBackground, #04395e);
      color: var(--vscode-list-activeSelectionForeground, #ffffff);
    }
    li:focus-visible {
      outline: 1px solid var(--vscode-list-focusOutline, #0078d4);
      outline-offset: -1px;
    }
    .error {
      color: var(--vscode-problemsErrorIcon-foreground, #f14c4c);
    }
    .path {
      font-family: var(--vscode-editor-font-family, monospace);
    }
    .empty {
      margin: 0;
      padding: 0 20px;
      line-height: 22px;
    }
  `,
];
