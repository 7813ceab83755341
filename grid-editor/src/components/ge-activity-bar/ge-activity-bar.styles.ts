import { css } from 'lit';
import { base, codicons } from '../shared.styles.ts';

export default [
  codicons,
  base,
  css`
    :host {
      display: block;
      width: 48px;
      height: 100%;
      background: var(--vscode-activityBar-background, #181818);
      border-right: 1px solid var(--vscode-activityBar-border, #2b2b2b);
    }
    nav {
      display: flex;
      flex-direction: column;
      justify-content: space-between;
      height: 100%;
    }
    .views {
      display: flex;
      flex-direction: column;
    }
    button {
      position: relative;
      display: flex;
      align-items: center;
      justify-content: center;
      width: 48px;
      height: 48px;
      padding: 0;
      border: 0;
      background: none;
      color: var(--vscode-activityBar-inactiveForeground, #868686);
      cursor: pointer;
    }
    button:hover,
    button:focus-visible,
    button[aria-pressed='true'] {
      color: var(--vscode-activityBar-foreground, #d7d7d7);
    }
    button[aria-pressed='true']::before {
      content: '';
      position: absolute;
      inset: 0 auto 0 0;
      width: 2px;
      background: var(--vscode-activityBar-activeBorder, #0078d4);
    }
    button:focus-visible {
      outline: 1px solid var(--vscode-focusBorder, #0078d4);
      outline-offset: -2px;
    }
    .codicon[class*='codicon-'] {
      font-size: 24px;
    }
  `,
];
