import { css } from 'lit';
import { base, codicons } from '../shared.styles.ts';

export default [
  codicons,
  base,
  css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
      min-height: 0;
      background: var(--vscode-sideBar-background, #181818);
      color: var(--vscode-sideBar-foreground, #cccccc);
    }
    .title {
      display: flex;
      align-items: center;
      height: 35px;
      padding: 0 8px 0 20px;
      flex: none;
    }
    h2 {
      margin: 0;
      font-size: 11px;
      font-weight: normal;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--vscode-sideBarTitle-foreground, #cccccc);
    }
    .open {
      flex: none;
      padding: 4px 20px 12px;
    }
    .button {
      display: flex;
      align-items: center;
      justify-content: center;
      gap: 6px;
      width: 100%;
      min-height: 26px;
      padding: 4px 12px;
      border: 1px solid var(--vscode-contrastBorder, transparent);
      border-radius: 2px;
      background: var(--vscode-button-background, #0078d4);
      color: var(--vscode-button-foreground, #ffffff);
      line-height: 18px;
      cursor: pointer;
      user-select: none;
    }
    .button:hover {
      background: var(--vscode-button-hoverBackground, #026ec1);
    }
    input:focus-visible + .button {
      outline: 1px solid var(--vscode-focusBorder, #0078d4);
      outline-offset: 2px;
    }
    .empty {
      margin: 0;
      padding: 0 20px;
      line-height: 1.5;
      color: var(--vscode-descriptionForeground, #9d9d9d);
    }
    .section {
      flex: 1;
      min-height: 0;
      overflow: auto;
      border-top: 1px solid var(--vscode-sideBarSectionHeader-border, #2b2b2b);
      padding-top: 4px;
    }
    vscode-tree-item .codicon[class*='codicon-'] {
      color: var(--vscode-icon-foreground, #cccccc);
    }
  `,
];
