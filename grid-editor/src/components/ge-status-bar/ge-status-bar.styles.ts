import { css } from 'lit';
import { base, codicons } from '../shared.styles.ts';

export default [
  codicons,
  base,
  css`
    :host {
      display: block;
      height: 22px;
      background: var(--vscode-statusBar-background, #181818);
      color: var(--vscode-statusBar-foreground, #cccccc);
      border-top: 1px solid var(--vscode-statusBar-border, #2b2b2b);
      font-size: 12px;
    }
    footer {
      display: flex;
      align-items: stretch;
      height: 100%;
      padding: 0 5px;
    }
    .item {
      display: flex;
      align-items: center;
      gap: 4px;
      padding: 0 5px;
      white-space: nowrap;
    }
    .spacer {
      flex: 1;
    }
    .item .codicon[class*='codicon-'] {
      font-size: 14px;
    }
    button.item {
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    button.item:hover {
      background: var(--vscode-statusBarItem-hoverBackground, #f1f1f133);
    }
    button.item:focus-visible {
      outline: 1px solid var(--vscode-focusBorder, #0078d4);
      outline-offset: -1px;
    }
  `,
];
