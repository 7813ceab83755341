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
      justify-content: space-between;
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
      padding: 4px 20px 8px;
    }
    .open .button {
      width: 100%;
    }
    input:focus-visible + .button {
      outline: 1px solid var(--vscode-focusBorder, #0078d4);
      outline-offset: 2px;
    }
    .status {
      flex: none;
      padding: 0 20px 8px;
      line-height: 1.5;
    }
    .status p {
      margin: 0 0 6px;
    }
    .status .codicon-verified {
      color: var(--vscode-testing-iconPassed, #73c991);
      margin-right: 4px;
    }
    .refused .codicon {
      color: var(--vscode-problemsErrorIcon-foreground, #f14c4c);
      margin-right: 4px;
    }
    .refusal {
      margin: 0 0 6px;
      padding-left: 18px;
      font-family: var(--vscode-editor-font-family, monospace);
      font-size: 12px;
    }
    .hint {
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
    vscode-tree-item .codicon.passed {
      color: var(--vscode-testing-iconPassed, #73c991);
    }
    vscode-tree-item .codicon.failed {
      color: var(--vscode-testing-iconFailed, #f14c4c);
    }
    vscode-tree-item .codicon.invalid {
      color: var(--vscode-testing-iconErrored, #cca700);
    }
  `,
];
