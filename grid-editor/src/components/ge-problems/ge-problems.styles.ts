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
      height: 100%;
      min-height: 0;
      overflow: auto;
      padding-bottom: 4px;
      scrollbar-color: var(--vscode-scrollbarSlider-background, #79797966) transparent;
    }
    h3 {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 0;
      padding: 0 12px;
      min-height: 22px;
      font-size: 13px;
      font-weight: 600;
    }
    .count {
      min-width: 18px;
      padding: 0 5px;
      border-radius: 11px;
      font-size: 11px;
      font-weight: normal;
      line-height: 16px;
      text-align: center;
      background: var(--vscode-badge-background, #616161);
      color: var(--vscode-badge-foreground, #f8f8f8);
    }
    .dismiss {
      display: inline-flex;
      margin-left: auto;
      padding: 2px;
      border: 0;
      border-radius: 4px;
      background: none;
      color: var(--vscode-icon-foreground, #cccccc);
      cursor: pointer;
    }
    .dismiss:focus-visible {
      outline: 1px solid var(--vscode-focusBorder, #0078d4);
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
      padding: 0 20px 0 30px;
      cursor: default;
      white-space: nowrap;
    }
    li.openable {
      cursor: pointer;
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
    .warning {
      color: var(--vscode-problemsWarningIcon-foreground, #cca700);
    }
    .info {
      color: var(--vscode-problemsInfoIcon-foreground, #3794ff);
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
