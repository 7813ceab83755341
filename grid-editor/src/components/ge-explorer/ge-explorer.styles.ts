import { css } from 'lit';
import { base, buttons, codicons } from '../shared.styles.ts';

export default [
  codicons,
  base,
  buttons,
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
      display: flex;
      flex-direction: column;
      gap: 6px;
      padding: 4px 20px 12px;
    }
    .open .button {
      width: 100%;
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
    /* The tree dims descriptions with opacity, below WCAG AA in the light theme: use the token. */
    vscode-tree-item::part(description) {
      opacity: 1;
      color: var(--vscode-descriptionForeground, #9d9d9d);
    }
    vscode-tree-item[selected]::part(description) {
      color: var(--vscode-list-activeSelectionForeground, #ffffff);
    }
    .decoration {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding-right: 8px;
      font-size: 11px;
    }
    vscode-tree-item .dirty.codicon[class*='codicon-'] {
      font-size: 10px;
      color: var(--vscode-gitDecoration-modifiedResourceForeground, #e2c08d);
    }
    .mark.error {
      color: var(--vscode-list-errorForeground, #f88070);
    }
    .mark.warning {
      color: var(--vscode-list-warningForeground, #cca700);
    }
    .mark.info {
      color: var(--vscode-descriptionForeground, #9d9d9d);
    }
  `,
];
